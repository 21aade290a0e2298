package app.overload.exchange;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.overload.domain.Checks;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Routine;
import app.overload.domain.RoutineId;
import app.overload.domain.SessionId;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.exchange.ImportPreview.Change;
import app.overload.exchange.ImportPreview.ExerciseDifference;
import app.overload.store.Logbook;

/**
 * Imports block files into a logbook in two steps: {@link #preview} works out what would change and reads only;
 * {@link #apply} writes it in one transaction, so a failure leaves the logbook as it was.
 *
 * <p>The rules, also in docs/block-format.md: ids decide identity. A session whose id is already in the logbook is
 * skipped, so importing a file twice adds nothing the second time. A block with the file's id is compared with the
 * file; each difference (the block's own fields as one, each planned session on its own) takes the file's version
 * unless the person keeps theirs; the athlete's sessions stay. A different block with the same name is left alone
 * and the imported one gets a free name such as "Base (2)". Planned sessions whose ids another block already has
 * get ids of their own. Exercises already in the catalogue (same key) are never overwritten; new ones are added,
 * renamed if their name is taken.
 */
public final class BlockImporter {

    private final Logbook logbook;
    private final BlockFileReader reader;

    public BlockImporter(Logbook logbook) {
        this(logbook, new BlockFileReader());
    }

    public BlockImporter(Logbook logbook, BlockFileReader reader) {
        this.logbook = logbook;
        this.reader = reader;
    }

    /** Reads the file and previews it; a bad file throws {@link BlockFileException}. */
    public ImportPreview preview(Path file) {
        return preview(reader.read(file));
    }

    public ImportPreview preview(BlockFile file) {
        List<String> conflicts = new ArrayList<>();
        BlockContents contents = withOwnPlannedIds(file.contents(), conflicts);
        TrainingBlock block = contents.block();
        Optional<TrainingBlock> existing = logbook.blocks().find(block.id());
        String name = freeBlockName(block, conflicts);
        if (!name.equals(block.name())) {
            block = renamed(block, name);
        }
        BlockDiff diff = existing.isEmpty() ? null : BlockDiff.of(existing.get(), block);
        Change change = diff == null ? Change.NEW : diff.isEmpty() ? Change.UNCHANGED : Change.UPDATE;

        List<Exercise> known = new ArrayList<>();
        List<ExerciseDifference> described = new ArrayList<>();
        Map<ExerciseId, String> names = new HashMap<>();
        List<Exercise> added = newExercises(contents.exercises(), known, described, names, conflicts);

        List<SessionId> ids = contents.sessions().stream().map(TrainingSession::id).toList();
        Set<SessionId> present = ids.isEmpty() ? Set.of() : logbook.sessions().existing(ids);
        List<TrainingSession> sessions = contents.sessions().stream().filter(s -> !present.contains(s.id())).toList();
        if (change == Change.NEW && !present.isEmpty()) {
            conflicts.add(BlockExporter.count(present.size(), "session") + " in the file "
                    + (present.size() == 1 ? "is" : "are") + " already in your logbook, in another block; "
                    + (present.size() == 1 ? "it stays" : "they stay") + " there and " + (present.size() == 1 ? "is"
                            : "are") + " not imported again.");
        }
        Map<PlannedSessionId, LocalDate> logged = existing.isEmpty() ? Map.of()
                : logbook.sessions().fulfilled(block.id());
        return new ImportPreview(file, contents, block, existing.orElse(null), change, diff, added, known, described,
                sessions, present.size(), logged, names, conflicts, routines(contents.routines(), conflicts));
    }

    /**
     * The file's routines against the logbook's: one with an id already here replaces it when it differs, a new one
     * is added, under "Name (2)" when another routine has its name already.
     */
    private ImportPreview.Routines routines(List<Routine> inFile, List<String> conflicts) {
        if (inFile.isEmpty()) {
            return ImportPreview.Routines.NONE;
        }
        Map<RoutineId, Routine> here = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        for (Routine r : logbook.routines().all()) {
            here.put(r.id(), r);
            names.add(r.name().toLowerCase(Locale.ROOT));
        }
        List<Routine> toWrite = new ArrayList<>();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (Routine r : inFile) {
            Routine mine = here.get(r.id());
            Set<String> others = new HashSet<>(names);
            if (mine != null) {
                others.remove(mine.name().toLowerCase(Locale.ROOT));
            }
            String name = r.name();
            for (int n = 2; others.contains(name.toLowerCase(Locale.ROOT)); n++) {
                name = numbered(r.name(), n);
            }
            if (!name.equals(r.name())) {
                conflicts.add("Another routine is already called \"" + r.name() + "\"; the file's is imported as \""
                        + name + "\".");
                r = r.renamed(name);
            }
            if (r.equals(mine)) {
                unchanged++;
                continue;
            }
            names.add(name.toLowerCase(Locale.ROOT));
            toWrite.add(r);
            if (mine == null) {
                added++;
            } else {
                updated++;
            }
        }
        return new ImportPreview.Routines(toWrite, added, updated, unchanged);
    }

    /** Writes the file's version wherever it differs from the logbook, in one transaction. */
    public ImportResult apply(ImportPreview preview) {
        return apply(preview, ImportChoices.takeFile());
    }

    /**
     * Writes what the preview showed, with {@code choices} deciding each difference, in one transaction. Choices
     * that do not fit together (a kept plan with the file's shorter block) are refused before anything is written.
     */
    public ImportResult apply(ImportPreview preview, ImportChoices choices) {
        BlockMerge.Merged merged = preview.merged(choices);
        if (merged instanceof BlockMerge.Merged.Refused refused) {
            throw BlockFileException.whole(refused.reason(), null);
        }
        TrainingBlock block = ((BlockMerge.Merged.Block) merged).block();
        boolean writeBlock = preview.stored() == null || !block.equals(preview.stored());
        if (writeBlock || !preview.newExercises().isEmpty() || !preview.newSessions().isEmpty()
                || !preview.routines().toWrite().isEmpty()) {
            logbook.saveAll(preview.newExercises(), writeBlock ? List.of(block) : List.of(), preview.newSessions(),
                    preview.routines().toWrite());
        }
        int kept = 0;
        int taken = 0;
        if (preview.diff() != null) {
            if (!preview.diff().fields().isEmpty()) {
                if (choices.details() == ImportChoices.Side.MINE) {
                    kept++;
                } else {
                    taken++;
                }
            }
            for (BlockDiff.PlanChange c : preview.diff().plan()) {
                if (choices.sideOf(c.id()) == ImportChoices.Side.MINE) {
                    kept++;
                } else {
                    taken++;
                }
            }
        }
        return new ImportResult(block.name(), preview.change(), block.plan().size(), preview.newSessions().size(),
                preview.skippedSessions(), preview.newExercises().size(), taken, kept,
                preview.routines().toWrite().size());
    }

    /** Renews the file's planned-session ids that another block of this logbook already uses, and says so. */
    private BlockContents withOwnPlannedIds(BlockContents contents, List<String> conflicts) {
        Map<PlannedSessionId, TrainingBlock> owners = new HashMap<>();
        Set<PlannedSessionId> inFile = new HashSet<>();
        contents.block().plan().forEach(p -> inFile.add(p.id()));
        for (TrainingBlock b : logbook.blocks().all()) {
            for (PlannedSession p : b.plan()) {
                if (inFile.contains(p.id())) {
                    owners.put(p.id(), b);
                }
            }
        }
        List<String> others = PlannedIds.clashes(contents, owners);
        if (others.isEmpty()) {
            return contents;
        }
        BlockContents renewed = PlannedIds.renew(contents, owners);
        long count = contents.block().plan().stream().filter(p -> !renewed.block().planned(p.id()).isPresent())
                .count();
        conflicts.add(BlockExporter.count((int) count, "planned session") + " in the file "
                + (count == 1 ? "has" : "have") + " the id of a planned session of your block \""
                + String.join("\", \"", others) + "\" (the file was probably copied from it and given a new block "
                + "id); " + (count == 1 ? "it is" : "they are") + " imported under new ids, so both blocks keep their "
                + "plans.");
        return renewed;
    }

    private String freeBlockName(TrainingBlock block, List<String> conflicts) {
        String wanted = block.name();
        if (takenByAnother(wanted, block)) {
            String free = wanted;
            for (int n = 2; takenByAnother(free, block); n++) {
                free = numbered(wanted, n);
            }
            conflicts.add("Another block is already called \"" + wanted + "\"; this one is imported as \"" + free
                    + "\".");
            return free;
        }
        return wanted;
    }

    private boolean takenByAnother(String name, TrainingBlock block) {
        return logbook.blocks().findByName(name).filter(b -> !b.id().equals(block.id())).isPresent();
    }

    /**
     * Exercises the catalogue lacks, in an order the store can insert (chain targets first); the rest are
     * reported as known and left untouched, with how the file describes them otherwise.
     */
    private List<Exercise> newExercises(List<Exercise> inFile, List<Exercise> known,
            List<ExerciseDifference> described, Map<ExerciseId, String> names, List<String> conflicts) {
        Map<ExerciseId, Exercise> catalogue = new LinkedHashMap<>();
        Set<String> takenNames = new HashSet<>();
        for (Exercise e : logbook.exercises().all()) {
            catalogue.put(e.id(), e);
            names.put(e.id(), e.name());
            takenNames.add(e.name().toLowerCase(Locale.ROOT));
        }
        Map<ExerciseId, Exercise> fresh = new LinkedHashMap<>();
        for (Exercise e : inFile) {
            Exercise mine = catalogue.get(e.id());
            if (mine != null) {
                known.add(e);
                if (!mine.equals(e)) {
                    described.add(new ExerciseDifference(mine, e));
                }
                continue;
            }
            String name = e.name();
            for (int n = 2; takenNames.contains(name.toLowerCase(Locale.ROOT)); n++) {
                name = numbered(e.name(), n);
            }
            if (!name.equals(e.name())) {
                conflicts.add("The catalogue already has an exercise called \"" + e.name() + "\" under another key; "
                        + "the file's \"" + e.id() + "\" is added as \"" + name + "\".");
                e = new Exercise(e.id(), name, e.pattern(), e.region(), e.increment(), e.defaultRest(),
                        e.progressesTo());
            }
            takenNames.add(name.toLowerCase(Locale.ROOT));
            names.put(e.id(), e.name());
            fresh.put(e.id(), e);
        }
        List<Exercise> ordered = new ArrayList<>();
        Set<ExerciseId> placed = new HashSet<>(catalogue.keySet());
        while (ordered.size() < fresh.size()) {
            int before = ordered.size();
            for (Exercise e : fresh.values()) {
                if (!placed.contains(e.id()) && (e.progressesTo() == null || placed.contains(e.progressesTo()))) {
                    ordered.add(e);
                    placed.add(e.id());
                }
            }
            if (ordered.size() == before) {
                // The reader refuses broken chains, so this means a bug, not a bad file; never loop forever.
                throw new IllegalStateException("The progression chains of the new exercises do not end.");
            }
        }
        return ordered;
    }

    /** "Name (n)", shortening the name so the result stays within the longest name allowed. */
    static String numbered(String name, int n) {
        String suffix = " (" + n + ")";
        int room = Checks.MAX_NAME - suffix.length();
        String base = name.codePointCount(0, name.length()) > room
                ? name.substring(0, name.offsetByCodePoints(0, room)).strip() : name;
        return base + suffix;
    }

    private static TrainingBlock renamed(TrainingBlock b, String name) {
        return new TrainingBlock(b.id(), name, b.goal(), b.start(), b.goalDate(), b.weeks(), b.phases(),
                b.deloadWeeks(), b.taperWeeks(), b.levels(), b.plan(), b.notes(), b.outcome());
    }
}

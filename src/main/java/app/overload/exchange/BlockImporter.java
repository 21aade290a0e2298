package app.overload.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
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
import app.overload.domain.Routine;
import app.overload.domain.RoutineId;
import app.overload.domain.SessionId;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.exchange.ImportPreview.Change;
import app.overload.store.Logbook;

/**
 * Imports block files into a logbook in two steps: {@link #preview} works out what would change and reads only;
 * {@link #apply} writes it in one transaction, so a failure leaves the logbook as it was.
 *
 * <p>The rules, also in docs/block-format.md: ids decide identity. A session whose id is already in the logbook is
 * skipped, so importing a file twice adds nothing the second time. A block with the file's id is replaced by the
 * file's version (a coach's revised plan reaches the athlete; the athlete's sessions stay). A different block with
 * the same name is left alone and the imported one gets a free name such as "Base (2)". Exercises already in the
 * catalogue (same key) are never overwritten; new ones are added, renamed if their name is taken.
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
        BlockContents contents = file.contents();
        List<String> conflicts = new ArrayList<>();
        TrainingBlock block = contents.block();
        Optional<TrainingBlock> existing = logbook.blocks().find(block.id());
        String name = freeBlockName(block, conflicts);
        if (!name.equals(block.name())) {
            block = renamed(block, name);
        }
        Change change = existing.isEmpty() ? Change.NEW
                : existing.get().equals(block) ? Change.UNCHANGED : Change.UPDATE;

        List<Exercise> known = new ArrayList<>();
        List<Exercise> added = newExercises(contents.exercises(), known, conflicts);

        List<SessionId> ids = contents.sessions().stream().map(TrainingSession::id).toList();
        Set<SessionId> present = ids.isEmpty() ? Set.of() : logbook.sessions().existing(ids);
        List<TrainingSession> sessions = contents.sessions().stream().filter(s -> !present.contains(s.id())).toList();
        return new ImportPreview(file, block, change, added, known, sessions, present.size(), conflicts,
                routines(contents.routines(), conflicts));
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

    /** Writes what the preview showed, in one transaction. */
    public ImportResult apply(ImportPreview preview) {
        List<TrainingBlock> blocks = preview.change() == Change.UNCHANGED ? List.of() : List.of(preview.block());
        if (preview.changesAnything()) {
            logbook.saveAll(preview.newExercises(), blocks, preview.newSessions(), preview.routines().toWrite());
        }
        return new ImportResult(preview.block().name(), preview.change(), preview.block().plan().size(),
                preview.newSessions().size(), preview.skippedSessions(), preview.newExercises().size(),
                preview.routines().toWrite().size());
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
     * reported as known and left untouched.
     */
    private List<Exercise> newExercises(List<Exercise> inFile, List<Exercise> known, List<String> conflicts) {
        Map<ExerciseId, Exercise> catalogue = new LinkedHashMap<>();
        Set<String> takenNames = new HashSet<>();
        for (Exercise e : logbook.exercises().all()) {
            catalogue.put(e.id(), e);
            takenNames.add(e.name().toLowerCase(Locale.ROOT));
        }
        Map<ExerciseId, Exercise> fresh = new LinkedHashMap<>();
        for (Exercise e : inFile) {
            if (catalogue.containsKey(e.id())) {
                known.add(e);
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

package app.overload.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import app.overload.domain.BlockId;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.TrainingBlock;
import app.overload.store.Logbook;

/**
 * Imports a history file into a logbook: {@link #preview} reads only, {@link #apply} writes in one transaction.
 * Ids decide identity, as for block files: a session already in the logbook is skipped, so importing a file twice
 * adds nothing the second time. A block already in the logbook is kept as it is (a history import brings sessions,
 * it does not re-plan); a missing one is added, renamed "Name (2)" if another block has its name. Exercises already
 * in the catalogue are never overwritten.
 */
public final class HistoryFileImporter {

    /** What an import would do. */
    public record Preview(HistoryFile file, List<Session> newSessions, int skippedSessions,
            List<TrainingBlock> newBlocks, int knownBlocks, List<Exercise> newExercises, List<String> conflicts) {

        public Preview {
            newSessions = List.copyOf(newSessions);
            newBlocks = List.copyOf(newBlocks);
            newExercises = List.copyOf(newExercises);
            conflicts = List.copyOf(conflicts);
        }

        public boolean changesAnything() {
            return !newSessions.isEmpty() || !newBlocks.isEmpty() || !newExercises.isEmpty();
        }

        /** "412 sessions to add, 3 already in the logbook; 2 blocks and 1 exercise to add." */
        public String describe() {
            return BlockExporter.count(newSessions.size(), "session") + " to add, " + skippedSessions
                    + " already in the logbook; " + BlockExporter.count(newBlocks.size(), "block") + " and "
                    + BlockExporter.count(newExercises.size(), "exercise") + " to add"
                    + (knownBlocks == 0 ? "" : " (" + BlockExporter.count(knownBlocks, "block")
                            + " already there, kept as they are)") + ".";
        }
    }

    private final Logbook logbook;

    public HistoryFileImporter(Logbook logbook) {
        this.logbook = logbook;
    }

    public Preview preview(HistoryFile file) {
        List<String> conflicts = new ArrayList<>();
        Set<String> takenNames = new HashSet<>();
        Set<BlockId> present = new HashSet<>();
        for (var summary : logbook.blocks().summaries()) {
            takenNames.add(summary.name().toLowerCase(Locale.ROOT));
            present.add(summary.id());
        }
        List<TrainingBlock> blocks = new ArrayList<>();
        int known = 0;
        for (TrainingBlock b : file.blocks()) {
            if (present.contains(b.id())) {
                known++;
                continue;
            }
            String name = b.name();
            for (int n = 2; takenNames.contains(name.toLowerCase(Locale.ROOT)); n++) {
                name = BlockImporter.numbered(b.name(), n);
            }
            if (!name.equals(b.name())) {
                conflicts.add("Another block is already called \"" + b.name() + "\"; the file's is added as \""
                        + name + "\".");
                b = new TrainingBlock(b.id(), name, b.goal(), b.start(), b.goalDate(), b.weeks(), b.phases(),
                        b.deloadWeeks(), b.taperWeeks(), b.levels(), b.plan(), b.notes(), b.outcome());
            }
            takenNames.add(name.toLowerCase(Locale.ROOT));
            blocks.add(b);
        }
        List<SessionId> ids = file.sessions().stream().map(Session::id).toList();
        Set<SessionId> stored = ids.isEmpty() ? Set.of() : logbook.sessions().existing(ids);
        List<Session> sessions = file.sessions().stream().filter(s -> !stored.contains(s.id())).toList();
        return new Preview(file, sessions, stored.size(), blocks, known, newExercises(file.exercises(), conflicts),
                conflicts);
    }

    /** Writes what the preview showed, in one transaction: all of it, or on any error nothing. */
    public Preview apply(Preview preview) {
        if (preview.changesAnything()) {
            logbook.saveAll(preview.newExercises(), preview.newBlocks(), preview.newSessions());
        }
        return preview;
    }

    /** Exercises the catalogue lacks, chain targets first so every link points at a stored exercise. */
    private List<Exercise> newExercises(List<Exercise> inFile, List<String> conflicts) {
        Set<ExerciseId> catalogue = new HashSet<>();
        Set<String> takenNames = new HashSet<>();
        for (Exercise e : logbook.exercises().all()) {
            catalogue.add(e.id());
            takenNames.add(e.name().toLowerCase(Locale.ROOT));
        }
        Map<ExerciseId, Exercise> fresh = new LinkedHashMap<>();
        for (Exercise e : inFile) {
            if (catalogue.contains(e.id())) {
                continue;
            }
            String name = e.name();
            for (int n = 2; takenNames.contains(name.toLowerCase(Locale.ROOT)); n++) {
                name = BlockImporter.numbered(e.name(), n);
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
        Set<ExerciseId> placed = new HashSet<>(catalogue);
        while (ordered.size() < fresh.size()) {
            int before = ordered.size();
            for (Exercise e : fresh.values()) {
                if (!placed.contains(e.id()) && (e.progressesTo() == null || placed.contains(e.progressesTo()))) {
                    ordered.add(e);
                    placed.add(e.id());
                }
            }
            if (ordered.size() == before) {
                throw BlockFileException.whole("The progression chains of the file's exercises do not end, or lead "
                        + "to an exercise the file does not describe.", null);
            }
        }
        return ordered;
    }
}

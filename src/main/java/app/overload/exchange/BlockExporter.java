package app.overload.exchange;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.overload.domain.BlockId;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.MassUnit;
import app.overload.domain.Routine;
import app.overload.domain.Session;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.store.Logbook;

/** Gathers a block from the logbook, with the exercises it needs and optionally its sessions, and writes it. */
public final class BlockExporter {

    private final Logbook logbook;

    public BlockExporter(Logbook logbook) {
        this.logbook = logbook;
    }

    /** What an export of the block would write, loads in the logbook's units where they are round in them. */
    public BlockContents contents(BlockId id, boolean withSessions) {
        return contents(id, withSessions, false, logbook.settings().units());
    }

    /** What an export written in {@code units} would hold. */
    public BlockContents contents(BlockId id, boolean withSessions, UnitPreferences units) {
        return contents(id, withSessions, false, units);
    }

    /** What an export would write, with the logbook's routines when asked, loads in the logbook's units. */
    public BlockContents contents(BlockId id, boolean withSessions, boolean withRoutines) {
        return contents(id, withSessions, withRoutines, logbook.settings().units());
    }

    /** What an export written in {@code units} would hold, with the logbook's routines when asked. */
    public BlockContents contents(BlockId id, boolean withSessions, boolean withRoutines, UnitPreferences units) {
        TrainingBlock block = logbook.blocks().find(id).orElseThrow(() -> BlockFileException.whole(
                "There is no block with id " + id + " in " + logbook.file().getFileName() + ".", null));
        List<TrainingSession> sessions = new ArrayList<>();
        if (withSessions) {
            for (Session s : logbook.sessions().inBlock(id)) {
                if (s instanceof TrainingSession t) {
                    sessions.add(t);
                }
            }
        }
        List<Routine> routines = withRoutines ? logbook.routines().all() : List.of();
        BlockContents withoutExercises = new BlockContents(block, List.of(), sessions, routines);
        return new BlockContents(block, exercisesFor(withoutExercises.exercisesUsed()), sessions, units, routines);
    }

    /** Writes the block to {@code file}, replacing what was there only once the whole file is written. */
    public ExportResult export(BlockId id, boolean withSessions, Path file) {
        return export(id, withSessions, false, file, logbook.settings().units());
    }

    /** Writes the block with its loads in {@code units} where they are round numbers in them. */
    public ExportResult export(BlockId id, boolean withSessions, Path file, UnitPreferences units) {
        return export(id, withSessions, false, file, units);
    }

    /** Writes the block, and the logbook's routines when asked, to {@code file}, in the logbook's units. */
    public ExportResult export(BlockId id, boolean withSessions, boolean withRoutines, Path file) {
        return export(id, withSessions, withRoutines, file, logbook.settings().units());
    }

    /** Writes the block, and the logbook's routines when asked, with its loads in {@code units} where round. */
    public ExportResult export(BlockId id, boolean withSessions, boolean withRoutines, Path file,
            UnitPreferences units) {
        BlockContents contents = contents(id, withSessions, withRoutines, units);
        BlockFileWriter.write(contents, file);
        return new ExportResult(file.toAbsolutePath(), contents.block().name(), contents.block().plan().size(),
                contents.sessions().size(), contents.exercises().size(), withSessions, units.mass(),
                contents.routines().size());
    }

    /**
     * The exercises used plus every exercise their progression chains lead to, so that the receiver can recreate
     * the chain links (which must point at exercises that exist).
     */
    private List<Exercise> exercisesFor(Set<ExerciseId> used) {
        Map<ExerciseId, Exercise> catalogue = new LinkedHashMap<>();
        for (Exercise e : logbook.exercises().all()) {
            catalogue.put(e.id(), e);
        }
        Map<ExerciseId, Exercise> needed = new LinkedHashMap<>();
        Deque<ExerciseId> todo = new ArrayDeque<>(used);
        while (!todo.isEmpty()) {
            ExerciseId id = todo.pop();
            if (needed.containsKey(id)) {
                continue;
            }
            Exercise exercise = catalogue.get(id);
            if (exercise == null) {
                throw BlockFileException.whole("The block names the exercise \"" + id + "\", which is not in the "
                        + "catalogue, so it cannot be exported.", null);
            }
            needed.put(id, exercise);
            if (exercise.progressesTo() != null) {
                todo.push(exercise.progressesTo());
            }
        }
        return new ArrayList<>(needed.values());
    }

    /** What an export wrote, for the message after it. */
    public record ExportResult(Path file, String blockName, int plannedSessions, int sessions, int exercises,
            boolean withSessions, MassUnit unit, int routines) {

        public ExportResult(Path file, String blockName, int plannedSessions, int sessions, int exercises,
                boolean withSessions, MassUnit unit) {
            this(file, blockName, plannedSessions, sessions, exercises, withSessions, unit, 0);
        }

        public String describe() {
            return "Exported \"" + blockName + "\" (" + count(plannedSessions, "planned session") + ", "
                    + (withSessions ? count(sessions, "logged session") : "without logged sessions") + ", "
                    + count(exercises, "exercise") + (routines == 0 ? "" : ", " + count(routines, "routine"))
                    + (unit == MassUnit.LB ? ", units lb" : "") + ") to " + file + ".";
        }
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

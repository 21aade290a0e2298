package app.overload.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import app.overload.domain.Exercise;
import app.overload.domain.Routine;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;

/**
 * What importing a block file would do to this logbook, worked out before anything is written: whether the block
 * is new, an update of one already here, or unchanged; which sessions and exercises are new; what was renamed to
 * avoid a clash. A dry run stops here; {@link BlockImporter#apply} writes exactly this.
 *
 * @param block        the block as it will be saved (renamed if its name was taken)
 * @param newExercises exercises to add, ordered so that a chain's target comes before the exercise pointing at it
 * @param conflicts    clashes with the logbook and how the import resolves them, one sentence each
 * @param routines     the file's routines that will be added or will replace the logbook's of the same id
 */
public record ImportPreview(BlockFile file, TrainingBlock block, Change change, List<Exercise> newExercises,
        List<Exercise> knownExercises, List<TrainingSession> newSessions, int skippedSessions,
        List<String> conflicts, Routines routines) {

    /** What happens to the file's routines: added, replacing one of the same id, or already there as they are. */
    public record Routines(List<Routine> toWrite, int added, int updated, int unchanged) {
        public static final Routines NONE = new Routines(List.of(), 0, 0, 0);

        public Routines {
            toWrite = List.copyOf(toWrite);
        }
    }

    /** What happens to the block itself. */
    public enum Change {
        /** No block with this id yet: it is created. */
        NEW,
        /** The block is here (same id) and the file differs: the file's version replaces it, plan included. */
        UPDATE,
        /** The block is here exactly as in the file. */
        UNCHANGED
    }

    public ImportPreview {
        newExercises = List.copyOf(newExercises);
        knownExercises = List.copyOf(knownExercises);
        newSessions = List.copyOf(newSessions);
        conflicts = List.copyOf(conflicts);
        routines = routines == null ? Routines.NONE : routines;
    }

    /** False when everything in the file is already in the logbook. */
    public boolean changesAnything() {
        return change != Change.UNCHANGED || !newExercises.isEmpty() || !newSessions.isEmpty()
                || !routines.toWrite().isEmpty();
    }

    /** The preview as sentences, for the command line and the import dialog. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        String weeks = block.weeks() + " weeks from " + block.start() + " to " + block.goalDate() + ", "
                + BlockExporter.count(block.plan().size(), "planned session");
        lines.add(switch (change) {
            case NEW -> "New block \"" + block.name() + "\": " + weeks + ".";
            case UPDATE -> "Block \"" + block.name() + "\" is already in the logbook; it will be replaced by the "
                    + "file's version (" + weeks + ").";
            case UNCHANGED -> "Block \"" + block.name() + "\" is already in the logbook, unchanged.";
        });
        int inFile = file.contents().sessions().size();
        if (inFile == 0) {
            lines.add("The file has no logged sessions.");
        } else {
            lines.add("Sessions: " + newSessions.size() + " to add"
                    + (skippedSessions > 0 ? ", " + skippedSessions + " already in the logbook (skipped)" : "") + ".");
        }
        if (!newExercises.isEmpty()) {
            lines.add("New exercises: " + newExercises.stream().map(e -> e.name() + " (" + e.id() + ")")
                    .collect(Collectors.joining(", ")) + ".");
        }
        int inFileRoutines = routines.added() + routines.updated() + routines.unchanged();
        if (inFileRoutines > 0) {
            List<String> parts = new ArrayList<>();
            if (routines.added() > 0) {
                parts.add(routines.added() + " to add");
            }
            if (routines.updated() > 0) {
                parts.add(routines.updated() + " to replace the logbook's of the same id");
            }
            if (routines.unchanged() > 0) {
                parts.add(routines.unchanged() + " already in the logbook (skipped)");
            }
            lines.add("Routines: " + String.join(", ", parts) + ".");
        }
        if (!knownExercises.isEmpty()) {
            lines.add(BlockExporter.count(knownExercises.size(), "exercise")
                    + " already in the catalogue, kept as they are.");
        }
        return lines;
    }
}

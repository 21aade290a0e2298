package app.overload.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import app.overload.domain.Exercise;
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
 */
public record ImportPreview(BlockFile file, TrainingBlock block, Change change, List<Exercise> newExercises,
        List<Exercise> knownExercises, List<TrainingSession> newSessions, int skippedSessions,
        List<String> conflicts) {

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
    }

    /** False when everything in the file is already in the logbook. */
    public boolean changesAnything() {
        return change != Change.UNCHANGED || !newExercises.isEmpty() || !newSessions.isEmpty();
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
        if (!knownExercises.isEmpty()) {
            lines.add(BlockExporter.count(knownExercises.size(), "exercise")
                    + " already in the catalogue, kept as they are.");
        }
        return lines;
    }
}

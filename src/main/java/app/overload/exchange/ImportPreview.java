package app.overload.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.ExerciseNames;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Routine;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;

/**
 * What importing a block file would do to this logbook, worked out before anything is written: whether the block
 * is new, differs from the one already here (and how, in {@link #diff}) or is the same; which sessions and
 * exercises are new; what was renamed or given new ids to avoid a clash. A dry run stops here;
 * {@link BlockImporter#apply} writes it, with the person's {@link ImportChoices} where the file and the logbook
 * differ.
 *
 * @param contents      what the file holds, with any clashing planned-session ids already renewed
 * @param block         the file's block as it would be saved taking the file's side (renamed if its name is taken)
 * @param stored        the block of the same id already in the logbook, or null
 * @param diff          what the file changes in {@code stored}, or null for a new block
 * @param newExercises  exercises to add, ordered so that a chain's target comes before the exercise pointing at it
 * @param described     exercises the catalogue has that the file describes otherwise: the catalogue's are kept
 * @param loggedAgainst the day each planned session of the stored block was done, for what a change touches
 * @param names         exercise names as this logbook will know them, for the words of the preview
 * @param conflicts     clashes with the logbook and how the import resolves them, one sentence each
 * @param routines      the file's routines that will be added or will replace the logbook's of the same id
 */
public record ImportPreview(BlockFile file, BlockContents contents, TrainingBlock block, TrainingBlock stored,
        Change change, BlockDiff diff, List<Exercise> newExercises, List<Exercise> knownExercises,
        List<ExerciseDifference> described, List<TrainingSession> newSessions, int skippedSessions,
        Map<PlannedSessionId, LocalDate> loggedAgainst, Map<ExerciseId, String> names, List<String> conflicts,
        Routines routines) {

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
        /** The block is here (same id) and the file differs; each difference is the file's unless kept. */
        UPDATE,
        /** The block is here exactly as in the file. */
        UNCHANGED
    }

    /** An exercise the catalogue already has, described otherwise in the file; the catalogue's stays. */
    public record ExerciseDifference(Exercise mine, Exercise theirs) {
    }

    public ImportPreview {
        newExercises = List.copyOf(newExercises);
        knownExercises = List.copyOf(knownExercises);
        described = List.copyOf(described);
        newSessions = List.copyOf(newSessions);
        loggedAgainst = Map.copyOf(loggedAgainst);
        names = Map.copyOf(names);
        conflicts = List.copyOf(conflicts);
        routines = routines == null ? Routines.NONE : routines;
    }

    /** False when everything in the file is already in the logbook. */
    public boolean changesAnything() {
        return change != Change.UNCHANGED || !newExercises.isEmpty() || !newSessions.isEmpty()
                || !routines.toWrite().isEmpty();
    }

    /** Whether importing with these choices would write anything. */
    public boolean changesAnything(ImportChoices choices) {
        if (!newExercises.isEmpty() || !newSessions.isEmpty() || change == Change.NEW
                || !routines.toWrite().isEmpty()) {
            return true;
        }
        return change == Change.UPDATE && merged(choices) instanceof BlockMerge.Merged.Block b
                && !b.block().equals(stored);
    }

    /** The block importing with these choices saves, or why they do not fit together. */
    BlockMerge.Merged merged(ImportChoices choices) {
        return diff == null ? new BlockMerge.Merged.Block(block) : BlockMerge.merge(diff, choices);
    }

    /** Why these choices cannot be imported, or null when they can. */
    public String refusal(ImportChoices choices) {
        return merged(choices) instanceof BlockMerge.Merged.Refused r ? r.reason() : null;
    }

    public ExerciseNames exerciseNames() {
        return id -> names.getOrDefault(id, id.value());
    }

    /** The preview in a few sentences, for the command line and the import dialog; {@link #text} has the rest. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        String weeks = block.weeks() + " weeks from " + block.start() + " to " + block.goalDate() + ", "
                + BlockExporter.count(block.plan().size(), "planned session");
        lines.add(switch (change) {
            case NEW -> "New block \"" + block.name() + "\": " + weeks + ".";
            case UPDATE -> "Block \"" + stored.name() + "\"" + (stored.name().equals(block.name()) ? ""
                    : " (the file calls it \"" + block.name() + "\")") + " is already in the logbook; the file differs "
                    + "from it in " + differences() + ".";
            case UNCHANGED -> "Block \"" + block.name() + "\" is already in the logbook, unchanged.";
        });
        int inFile = contents.sessions().size();
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

    /** "its goal and 3 planned sessions (1 added, 2 changed)". */
    private String differences() {
        List<String> parts = new ArrayList<>();
        diff.fields().forEach(f -> parts.add("its " + f.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                .replace("levels", "current level")));
        if (!diff.plan().isEmpty()) {
            List<String> kinds = new ArrayList<>();
            for (BlockDiff.Kind kind : BlockDiff.Kind.values()) {
                long n = diff.count(kind);
                if (n > 0) {
                    kinds.add(n + " " + kind.name().toLowerCase(Locale.ROOT));
                }
            }
            parts.add(BlockExporter.count(diff.plan().size(), "planned session") + " (" + String.join(", ", kinds)
                    + ")");
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** Everything the preview shows, in words and in the reader's units. */
    public BlockPreviewText text(UnitPreferences units) {
        return BlockPreviewText.of(this, units);
    }
}

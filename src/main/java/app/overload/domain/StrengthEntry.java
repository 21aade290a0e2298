package app.overload.domain;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** An exercise and its sets in the order they were done. */
public record StrengthEntry(ExerciseId exercise, List<StrengthSet> sets, String notes) implements ActivityEntry {

    public StrengthEntry {
        Checks.required(exercise, "exercise");
        sets = Checks.list(sets, "sets");
        if (sets.isEmpty()) {
            throw new InvalidValueException("sets", "An exercise needs at least one set.");
        }
        if (sets.size() > 200) {
            throw new InvalidValueException("sets", "An exercise can have at most 200 sets.");
        }
        notes = Checks.notes(notes, "notes");
    }

    public StrengthEntry(ExerciseId exercise, List<StrengthSet> sets) {
        this(exercise, sets, "");
    }

    /**
     * The lifts that count as work: everything but warm-ups, carries and holds. This is what the progression engine,
     * the strength charts and volume read, so a farmer's walk never passes for a failed or a light set.
     */
    public List<StrengthSet> workSets() {
        return sets.stream().filter(s -> s.kind().isWork() && s.isLift()).toList();
    }

    /** The sets done over a distance or for a time rather than for reps: carries, sled pushes, loaded holds. */
    public List<StrengthSet> carriesAndHolds() {
        return sets.stream().filter(s -> !s.isLift()).toList();
    }

    /** Sum of reps × load over the work sets, in kilograms. */
    public double volumeKilograms() {
        return workSets().stream().mapToDouble(StrengthSet::volumeKilograms).sum();
    }

    /** The sum of logged rest; zero when no rest was timed. */
    @Override
    public Duration duration() {
        return sets.stream().map(StrengthSet::restBefore).filter(Objects::nonNull).reduce(Duration.ZERO,
                Duration::plus);
    }
}

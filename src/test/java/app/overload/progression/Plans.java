package app.overload.progression;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import app.overload.domain.ActivityEntry;
import app.overload.domain.BlockId;
import app.overload.domain.BodyRegion;
import app.overload.domain.CurrentLevel;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.MeasurableGoal;
import app.overload.domain.Modality;
import app.overload.domain.MovementPattern;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.Purpose;
import app.overload.domain.Rpe;
import app.overload.domain.SessionId;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;

/** Hand-made blocks and logged sessions for the engine's tests, with ids that are the same on every run. */
final class Plans {

    /** A Monday. */
    static final LocalDate START = LocalDate.of(2026, 11, 2);
    static final ExerciseId SQUAT = ExerciseId.of("back-squat");
    static final ExerciseId DEADLIFT = ExerciseId.of("deadlift");
    static final ExerciseId BENCH = ExerciseId.of("bench-press");
    static final ExerciseId SPLIT_SQUAT = ExerciseId.of("split-squat");
    static final ExerciseId GOBLET = ExerciseId.of("goblet-squat");
    static final ExerciseId CURL = ExerciseId.of("biceps-curl");

    static final List<Exercise> CATALOGUE = List.of(
            exercise(SQUAT, "Back squat", BodyRegion.LOWER, 2.5, null),
            exercise(DEADLIFT, "Deadlift", BodyRegion.LOWER, 5, null),
            exercise(BENCH, "Bench press", BodyRegion.UPPER, 2.5, null),
            exercise(GOBLET, "Goblet squat", BodyRegion.LOWER, 2, SQUAT),
            exercise(SPLIT_SQUAT, "Split squat", BodyRegion.LOWER, 2, GOBLET),
            exercise(CURL, "Biceps curl", BodyRegion.UPPER, 1, null));

    private static Exercise exercise(ExerciseId id, String name, BodyRegion region, double kg, ExerciseId next) {
        return new Exercise(id, name, MovementPattern.OTHER, region, Mass.kilograms(kg), Duration.ofMinutes(2), next);
    }

    private final String name;
    private final LocalDate start;
    private final int weeks;
    private final List<PlannedSession> plan = new ArrayList<>();
    private final List<Integer> deload = new ArrayList<>();
    private final List<Integer> taper = new ArrayList<>();
    private final List<CurrentLevel> levels = new ArrayList<>();

    Plans(String name, int weeks) {
        this(name, START, weeks);
    }

    Plans(String name, LocalDate start, int weeks) {
        this.name = name;
        this.start = start;
        this.weeks = weeks;
    }

    Plans deload(Integer... w) {
        deload.addAll(Arrays.asList(w));
        return this;
    }

    Plans taper(Integer... w) {
        taper.addAll(Arrays.asList(w));
        return this;
    }

    Plans level(CurrentLevel level) {
        levels.add(level);
        return this;
    }

    /** Plans a session and returns it, so tests can log against it. */
    PlannedSession plan(int week, DayOfWeek day, Purpose purpose, Prescription... rx) {
        PlannedSession p = new PlannedSession(id(PlannedSessionId.class, name + week + day + plan.size()), week, day,
                purpose, "", List.of(rx), "");
        plan.add(p);
        return p;
    }

    /** The same prescription on {@code days} of every week from 1 to {@code weeks}. */
    Plans every(Purpose purpose, Prescription rx, DayOfWeek... days) {
        for (int w = 1; w <= weeks; w++) {
            for (DayOfWeek d : days) {
                plan(w, d, purpose, rx);
            }
        }
        return this;
    }

    TrainingBlock build() {
        return new TrainingBlock(new BlockId(uuid("block " + name)), name,
                new MeasurableGoal("Get better", 1, "", true), start, start.plusDays(weeks * 7L - 1), weeks, List.of(),
                deload, taper, levels, plan, "", null);
    }

    static PlannedSession planned(TrainingBlock block, int week, DayOfWeek day) {
        return block.plan().stream().filter(p -> p.week() == week && p.day() == day).findFirst().orElseThrow();
    }

    static LocalDate dateOf(TrainingBlock block, PlannedSession p) {
        return TrainingBlock.dateOf(block.start(), p.week(), p.day());
    }

    /** A training session that carried out {@code p} on its planned day, at 18:00, an hour long, RPE 7. */
    static TrainingSession logged(TrainingBlock block, PlannedSession p, ActivityEntry... entries) {
        return loggedOn(block, p, dateOf(block, p), entries);
    }

    static TrainingSession loggedOn(TrainingBlock block, PlannedSession p, LocalDate day, ActivityEntry... entries) {
        return new TrainingSession(id(SessionId.class, block.name() + p.id() + day), day.atTime(18, 0),
                Duration.ofHours(1), Rpe.of(7), "", List.of(entries), block.id(), p.purpose(), p.id());
    }

    /** {@code count} × {@code reps} at {@code kg}, all done. */
    static StrengthEntry done(ExerciseId exercise, int count, int reps, double kg) {
        List<StrengthSet> sets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sets.add(StrengthSet.working(reps, Mass.kilograms(kg)));
        }
        return new StrengthEntry(exercise, sets);
    }

    /** Sets with the given reps at {@code kg}; a set short of {@code aimed} is marked failed. */
    static StrengthEntry reps(ExerciseId exercise, int aimed, double kg, int... reps) {
        List<StrengthSet> sets = new ArrayList<>();
        for (int r : reps) {
            sets.add(new StrengthSet(r, Mass.kilograms(kg), null, null, SetKind.WORKING, r < aimed));
        }
        return new StrengthEntry(exercise, sets);
    }

    /** {@code count} × {@code reps} at {@code kg} with the last set at {@code rpe}. */
    static StrengthEntry withRpe(ExerciseId exercise, int count, int reps, double kg, double rpe) {
        List<StrengthSet> sets = new ArrayList<>(done(exercise, count, reps, kg).sets());
        StrengthSet last = sets.remove(sets.size() - 1);
        sets.add(last.withRpe(Rpe.of(rpe)));
        return new StrengthEntry(exercise, sets);
    }

    static EnduranceEntry run(Distance distance, Duration time) {
        return new EnduranceEntry(Modality.RUN, distance, time, null, null, List.of(), "");
    }

    static <T> T id(Class<T> type, String seed) {
        try {
            return type.getConstructor(UUID.class).newInstance(uuid(seed));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static UUID uuid(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
    }
}

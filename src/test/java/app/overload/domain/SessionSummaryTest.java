package app.overload.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class SessionSummaryTest {

    private static final ExerciseNames NAMES = id -> id.value().equals("back-squat") ? "Squat" : id.value();
    private static final SessionSummary METRIC = new SessionSummary(UnitPreferences.METRIC, NAMES);

    private static StrengthEntry squat(StrengthSet... sets) {
        return new StrengthEntry(ExerciseId.of("back-squat"), List.of(sets));
    }

    @Test
    void identicalWorkSetsReadAsSetsTimesReps() {
        StrengthSet warmUp = StrengthSet.working(5, Mass.kilograms(20)).asKind(SetKind.WARM_UP);
        StrengthSet work = StrengthSet.working(5, Mass.kilograms(100));
        assertThat(METRIC.describe(squat(warmUp, work, work, work, work, work))).isEqualTo("Squat 5×5 @ 100 kg");
    }

    @Test
    void failedRepsAndRpeAreVisible() {
        StrengthSet work = StrengthSet.working(5, Mass.kilograms(100));
        StrengthSet failed = new StrengthSet(3, Mass.kilograms(100), Rpe.of(10), null, SetKind.WORKING, true);
        assertThat(METRIC.describe(squat(work, work, failed))).isEqualTo("Squat 5, 5, 3 @ 100 kg (1 failed) @ RPE 10");
    }

    @Test
    void differentLoadsShowEverySetWithItsLoad() {
        assertThat(METRIC.describe(squat(StrengthSet.working(5, Mass.kilograms(90)),
                StrengthSet.working(3, Mass.kilograms(100))))).isEqualTo("Squat 90 kg × 5, 100 kg × 3");
    }

    @Test
    void aCarryReadsLoadTimesDistanceAndAHoldLoadTimesTime() {
        StrengthEntry walk = new StrengthEntry(ExerciseId.of("farmers-walk"),
                List.of(StrengthSet.carry(Mass.kilograms(40), Distance.metres(40), null)));
        StrengthEntry plank = new StrengthEntry(ExerciseId.of("plank"), List.of(
                StrengthSet.carry(Mass.kilograms(20), null, Duration.ofSeconds(60)),
                StrengthSet.carry(Mass.kilograms(20), null, Duration.ofSeconds(60))));

        assertThat(METRIC.describe(walk)).isEqualTo("farmers-walk 40 kg × 40 m");
        assertThat(METRIC.describe(plank)).isEqualTo("plank 2 sets of 20 kg × 1:00");
        assertThat(new SessionSummary(UnitPreferences.IMPERIAL, NAMES).describe(walk))
                .isEqualTo("farmers-walk 88.2 lb × 44 yd");
    }

    @Test
    void carriesFollowTheLiftsOfTheSameEntryAndNeverCountAsFailed() {
        StrengthEntry sled = new StrengthEntry(ExerciseId.of("back-squat"), List.of(
                StrengthSet.working(5, Mass.kilograms(100)),
                StrengthSet.carry(Mass.kilograms(100), Distance.metres(20), Duration.ofSeconds(35)),
                StrengthSet.carry(Mass.kilograms(120), Distance.metres(20), null)));

        assertThat(METRIC.describe(sled)).isEqualTo("Squat 1×5 @ 100 kg; 100 kg × 20 m in 0:35, 120 kg × 20 m");
        assertThat(sled.workSets()).containsExactly(StrengthSet.working(5, Mass.kilograms(100)));
        assertThat(sled.volumeKilograms()).isEqualTo(500);
    }

    @Test
    void aRunReadsDistanceTimeAndPace() {
        EnduranceEntry run = EnduranceEntry.of(Modality.RUN, Distance.kilometres(8), Duration.ofSeconds(2412));
        assertThat(METRIC.describe(run)).isEqualTo("Run 8.0 km in 40:12, 5:02 /km");
        assertThat(new SessionSummary(UnitPreferences.IMPERIAL, NAMES).describe(run))
                .isEqualTo("Run 5.0 mi in 40:12, 8:05 /mi");
    }

    @Test
    void intervalsAreNamed() {
        EnduranceEntry track = new EnduranceEntry(Modality.RUN, Distance.kilometres(8), Duration.ofMinutes(40), null,
                null, List.of(new Interval(8, Distance.metres(400), Duration.ofSeconds(95), Distance.metres(200),
                        null)), "");
        assertThat(METRIC.describe(track)).startsWith("Run 8 × 400 m @ 1:35, 8.0 km in 40:00");
    }

    @Test
    void weeklyTotalsSplitTrainingFromWorkouts() {
        LocalDate monday = LocalDate.of(2026, 11, 16);
        Session training = new TrainingSession(SessionId.random(), monday.atTime(18, 0), Duration.ofMinutes(60),
                Rpe.of(8), "", List.of(squat(StrengthSet.working(5, Mass.kilograms(100)))), BlockId.random(),
                Purpose.HEAVY_STRENGTH, null);
        Session spin = new Workout(SessionId.random(), LocalDateTime.of(2026, 11, 18, 19, 0), Duration.ofMinutes(45),
                Rpe.of(7), "", List.of(TimedEntry.of("Spin class", Duration.ofMinutes(45), Rpe.of(7))), "spin class");
        Session run = new Workout(SessionId.random(), LocalDateTime.of(2026, 11, 21, 9, 0), Duration.ofMinutes(40),
                null, "", List.of(EnduranceEntry.of(Modality.RUN, Distance.kilometres(8), Duration.ofMinutes(40))),
                "");
        WeeklyTotals totals = WeeklyTotals.of(monday, List.of(training, spin, run));
        assertThat(totals.training()).isEqualTo(1);
        assertThat(totals.workouts()).isEqualTo(2);
        assertThat(totals.describe(UnitPreferences.METRIC))
                .isEqualTo("3 sessions: 1 training, 2 workouts · 500 kg · 8.0 km · 2 h 25 min");
    }
}

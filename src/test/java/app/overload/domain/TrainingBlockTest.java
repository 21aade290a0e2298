package app.overload.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrainingBlockTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
    private static final ExerciseId SQUAT = ExerciseId.of("back-squat");
    private static final Goal GOAL = new StrengthGoal(SQUAT, Mass.kilograms(140), 5);

    private static TrainingBlock block(LocalDate start, LocalDate goalDate, int weeks, List<PlannedSession> plan) {
        return new TrainingBlock(BlockId.random(), "Squat 140", GOAL, start, goalDate, weeks, List.of(), List.of(4, 8),
                List.of(12), List.of(), plan, "", null);
    }

    private static PlannedSession planned(int week, DayOfWeek day) {
        return new PlannedSession(PlannedSessionId.random(), week, day, Purpose.HEAVY_STRENGTH, "Workout A",
                List.of(Prescription.Strength.sets(SQUAT, 5, 5, Mass.kilograms(100),
                        ProgressionRule.Linear.standard(Mass.kilograms(2.5)))), "");
    }

    @Test
    void goalDateMustNotComeBeforeTheStart() {
        assertThatThrownBy(() -> block(MONDAY, MONDAY.minusDays(1), 12, List.of()))
                .hasMessage("Goal date must not be before the start date.");
    }

    /** The goal date may be any day of the last week; in a one-week block that includes the start day. */
    @Test
    void aOneWeekBlockMayHaveItsGoalOnItsFirstDay() {
        TrainingBlock oneWeek = new TrainingBlock(BlockId.random(), "Test week", GOAL, MONDAY, MONDAY, 1, List.of(),
                List.of(), List.of(), List.of(), List.of(planned(1, DayOfWeek.MONDAY)), "", null);

        assertThat(oneWeek.weeks()).isEqualTo(1);
        assertThat(TrainingBlock.weeksBetween(MONDAY, MONDAY)).isEqualTo(1);
        assertThat(block(MONDAY, MONDAY.plusDays(77), 12, List.of()).goalDate()).isEqualTo(MONDAY.plusDays(77));
    }

    @Test
    void weeksAreBetweenOneAndFiftyTwo() {
        assertThatThrownBy(() -> block(MONDAY, MONDAY.plusDays(6), 0, List.of())).hasMessageContaining("Weeks");
        assertThatThrownBy(() -> block(MONDAY, MONDAY.plusWeeks(200), 200, List.of())).hasMessageContaining("Weeks");
    }

    @Test
    void goalDateFallsInTheLastWeek() {
        assertThatThrownBy(() -> block(MONDAY, MONDAY.plusWeeks(14), 12, List.of()))
                .hasMessageContaining("falls in week 15");
        assertThat(TrainingBlock.weeksBetween(MONDAY, MONDAY.plusDays(83))).isEqualTo(12);
    }

    @Test
    void findsTheDateOfAPlannedSessionAndTheWeekOfADay() {
        TrainingBlock block = block(MONDAY, MONDAY.plusDays(83), 12, List.of(planned(3, DayOfWeek.FRIDAY)));
        assertThat(block.dateOf(block.plan().get(0))).isEqualTo(LocalDate.of(2026, 9, 25));
        assertThat(block.weekOf(LocalDate.of(2026, 9, 25))).contains(3);
        assertThat(block.weekOf(MONDAY.minusDays(1))).isEmpty();
        assertThat(block.kindOf(4)).isEqualTo(WeekKind.DELOAD);
        assertThat(block.kindOf(12)).isEqualTo(WeekKind.TAPER);
    }

    @Test
    void aBlockStartingMidweekKeepsItsSevenDayWeeks() {
        LocalDate thursday = LocalDate.of(2026, 9, 10);
        assertThat(TrainingBlock.dateOf(thursday, 1, DayOfWeek.MONDAY)).isEqualTo(LocalDate.of(2026, 9, 14));
        assertThat(TrainingBlock.dateOf(thursday, 1, DayOfWeek.THURSDAY)).isEqualTo(thursday);
    }

    @Test
    void aPlannedSessionOutsideTheBlockIsRefused() {
        assertThatThrownBy(() -> new TrainingBlock(BlockId.random(), "Short", GOAL, MONDAY, MONDAY.plusDays(27), 4,
                List.of(), List.of(), List.of(), List.of(), List.of(planned(5, DayOfWeek.MONDAY)), "", null))
                .hasMessageContaining("planned in week 5 but the block has 4 weeks");
    }

    @Test
    void aWeekCannotBeBothDeloadAndTaper() {
        assertThatThrownBy(() -> new TrainingBlock(BlockId.random(), "x", GOAL, MONDAY, MONDAY.plusDays(27), 4,
                List.of(), List.of(4), List.of(4), List.of(), List.of(), "", null)).hasMessageContaining("both");
    }

    @Test
    void statusFollowsTheCalendarUntilArchived() {
        TrainingBlock block = block(MONDAY, MONDAY.plusDays(83), 12, List.of());
        assertThat(block.status(MONDAY.minusDays(1))).isEqualTo(BlockStatus.PLANNED);
        assertThat(block.status(MONDAY.plusDays(83))).isEqualTo(BlockStatus.ACTIVE);
        assertThat(block.status(MONDAY.plusDays(84))).isEqualTo(BlockStatus.FINISHED);
        assertThat(block.archived(new BlockOutcome(MONDAY.plusDays(85), true, "140 × 5 done")).status(MONDAY))
                .isEqualTo(BlockStatus.ARCHIVED);
    }

    @Test
    void listsEveryExerciseItNames() {
        PlannedSession chain = new PlannedSession(PlannedSessionId.random(), 1, DayOfWeek.WEDNESDAY,
                Purpose.TECHNIQUE, "", List.of(Prescription.Strength.sets(ExerciseId.of("split-squat"), 3, 10,
                        Mass.kilograms(16), new ProgressionRule.ExerciseChain(ExerciseId.of("goblet-squat"), 3, 10,
                                Mass.kilograms(24), Mass.kilograms(2)))), "");
        TrainingBlock block = block(MONDAY, MONDAY.plusDays(83), 12, List.of(planned(1, DayOfWeek.MONDAY), chain));
        assertThat(block.exercises()).containsExactly(SQUAT, ExerciseId.of("split-squat"),
                ExerciseId.of("goblet-squat"));
    }
}

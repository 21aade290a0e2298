package app.overload.planning;

import static app.overload.planning.TemplateFillerTest.SQUAT;
import static app.overload.planning.TemplateFillerTest.START;
import static app.overload.planning.TemplateFillerTest.TEMPLATE_START;
import static app.overload.planning.TemplateFillerTest.load;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.overload.domain.BlockId;
import app.overload.domain.ExerciseId;
import app.overload.domain.Goal;
import app.overload.domain.LiftLevel;
import app.overload.domain.LoadTarget;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A kilogram template filled for a lifter in pounds: the same plates, in pounds, and nothing that drifts. */
class TemplateFillerPoundsTest {

    static final ExerciseId DEADLIFT = ExerciseId.of("deadlift");

    /** Twelve weeks of 5 × 5 from 100 kg, +2.5 kg a week, and a deadlift from 140 kg, +5 kg a week; goal 130 kg. */
    static TrainingBlock twelveWeeks() {
        List<PlannedSession> plan = new ArrayList<>();
        for (int week = 1; week <= 12; week++) {
            plan.add(new PlannedSession(PlannedSessionId.random(), week, DayOfWeek.MONDAY, Purpose.HEAVY_STRENGTH,
                    "Day", List.of(
                            Prescription.Strength.sets(SQUAT, 5, 5, Mass.kilograms(100 + 2.5 * (week - 1)),
                                    ProgressionRule.Linear.standard(Mass.kilograms(2.5))),
                            Prescription.Strength.sets(DEADLIFT, 1, 5, Mass.kilograms(140 + 5 * (week - 1)),
                                    ProgressionRule.Linear.standard(Mass.kilograms(5)))), ""));
        }
        return new TrainingBlock(BlockId.random(), "Twelve", new StrengthGoal(SQUAT, Mass.kilograms(130), 5),
                TEMPLATE_START, TEMPLATE_START.plusDays(83), 12, List.of(), List.of(), List.of(),
                List.of(new LiftLevel(SQUAT, 5, 5, Mass.kilograms(100)),
                        new LiftLevel(DEADLIFT, 1, 5, Mass.kilograms(140))), plan, "", null);
    }

    static TrainingBlock fill(TrainingBlock template, Goal goal, UnitPreferences units, LiftLevel... levels) {
        return TemplateFiller.fill(template, new FillRequest("Mine", START, template.weeks(), goal, List.of(levels),
                units, Map.of(SQUAT, Mass.kilograms(2.5), DEADLIFT, Mass.kilograms(5))));
    }

    static Prescription.Strength deadlift(TrainingBlock block, int week) {
        return (Prescription.Strength) block.plannedIn(week).get(0).prescriptions().get(1);
    }

    @ParameterizedTest(name = "a 5×5 of {0} lb: week {1} squat {2} lb, deadlift {3} lb")
    @CsvSource(textBlock = """
            # level, week, squat, deadlift (level 5×5 and a deadlift level 80 lb heavier)
            178,     1,    175,   255
            178,     2,    180,   265
            178,     10,   220,   345
            178,     12,   230,   365
            225,     1,    225,   305
            225,     12,   280,   415
            """)
    void climbsByFivePoundsAndTheDeadliftByTenEveryWeek(double level, int week, double squat, double deadlift) {
        TrainingBlock mine = fill(twelveWeeks(), new StrengthGoal(SQUAT, Mass.pounds(300), 5),
                UnitPreferences.IMPERIAL, new LiftLevel(SQUAT, 5, 5, Mass.pounds(level)),
                new LiftLevel(DEADLIFT, 1, 5, Mass.pounds(level + 80)));

        assertThat(load(mine, week).pounds()).isCloseTo(squat, within(1e-6));
        Mass pulled = ((LoadTarget.Fixed) deadlift(mine, week).sets().get(0).load()).load();
        assertThat(pulled.pounds()).isCloseTo(deadlift, within(1e-6));
    }

    @Test
    void theIncrementsAreFiveAndTenPoundsAndReadSo() {
        TrainingBlock mine = fill(twelveWeeks(), new StrengthGoal(SQUAT, Mass.pounds(300), 5),
                UnitPreferences.IMPERIAL, new LiftLevel(SQUAT, 5, 5, Mass.pounds(178)));

        Prescription.Strength squat = (Prescription.Strength) mine.plannedIn(1).get(0).prescriptions().get(0);
        assertThat(((ProgressionRule.Linear) squat.rule()).increment().pounds()).isCloseTo(5, within(1e-9));
        assertThat(((ProgressionRule.Linear) deadlift(mine, 1).rule()).increment().pounds()).isCloseTo(10,
                within(1e-9));
        assertThat(UnitPreferences.IMPERIAL.formatTarget(load(mine, 3))).isEqualTo("185 lb");
    }

    @Test
    void inKilogramsNothingChanges() {
        TrainingBlock template = twelveWeeks();
        TrainingBlock mine = fill(template, template.goal(), UnitPreferences.METRIC,
                new LiftLevel(SQUAT, 5, 5, Mass.kilograms(80)));

        assertThat(load(mine, 1)).isEqualTo(Mass.kilograms(80));
        assertThat(load(mine, 12)).isEqualTo(Mass.kilograms(107.5));
        Prescription.Strength squat = (Prescription.Strength) mine.plannedIn(1).get(0).prescriptions().get(0);
        assertThat(((ProgressionRule.Linear) squat.rule()).increment()).isEqualTo(Mass.kilograms(2.5));
    }

    @Test
    void theSuggestedGoalIsAsManyPoundPlatesAboveTheStartAsTheTemplatesIsKilogramPlates() {
        TrainingBlock template = twelveWeeks();

        Goal goal = TemplateFiller.suggestedGoal(template, List.of(new LiftLevel(SQUAT, 5, 5, Mass.pounds(178))),
                UnitPreferences.IMPERIAL, Map.of(SQUAT, Mass.kilograms(2.5)));

        // The template aims 30 kg (twelve 2.5 kg steps) above its 100 kg start: 60 lb above 178 lb, loaded as 235 lb.
        assertThat(((StrengthGoal) goal).load().pounds()).isCloseTo(235, within(1e-6));
        assertThat(goal.describe(UnitPreferences.IMPERIAL, id -> "Back squat")).isEqualTo("Back squat 235 lb × 5");
    }

    @Test
    void aTrainingMaxCyclesUpByFiveAndTenPoundsAndItsSetsAreWholePlates() {
        List<PlannedSession> plan = new ArrayList<>();
        for (int week = 1; week <= 3; week++) {
            plan.add(new PlannedSession(PlannedSessionId.random(), week, DayOfWeek.MONDAY, Purpose.HEAVY_STRENGTH,
                    "Squat day", List.of(new Prescription.Strength(SQUAT, List.of(
                            new PrescribedSet(5, SetKind.AMRAP, new LoadTarget.PercentOfTrainingMax(0.85), null)),
                            new ProgressionRule.TrainingMax(Mass.kilograms(140 + 5 * (week - 1)),
                                    Mass.kilograms(5)))), ""));
        }
        TrainingBlock template = new TrainingBlock(BlockId.random(), "TM", new StrengthGoal(SQUAT,
                Mass.kilograms(150), 5), TEMPLATE_START, TEMPLATE_START.plusDays(20), 3, List.of(), List.of(),
                List.of(), List.of(new LiftLevel(SQUAT, 1, 5, Mass.kilograms(133.5))), plan, "", null);

        TrainingBlock mine = fill(template, template.goal(), UnitPreferences.IMPERIAL,
                new LiftLevel(SQUAT, 1, 5, Mass.pounds(225)));

        // 225 lb × 5 → Epley 262.5 lb → TM 236.25 lb, loaded as 235 lb; then +10 lb a cycle (the template's +5 kg).
        double[] maxes = new double[3];
        for (int week = 1; week <= 3; week++) {
            Prescription.Strength rx = (Prescription.Strength) mine.plannedIn(week).get(0).prescriptions().get(0);
            ProgressionRule.TrainingMax tm = (ProgressionRule.TrainingMax) rx.rule();
            maxes[week - 1] = tm.trainingMax().pounds();
            assertThat(tm.increment().pounds()).isCloseTo(10, within(1e-9));
            double set = PrescribedLoads.of(rx, MassUnit.LB).get(0).pounds();
            assertThat(set % 5).as("week %d set of %s lb", week, set).isCloseTo(0, within(1e-6));
        }
        assertThat(maxes).containsExactly(new double[] {235, 245, 255}, within(1e-6));
    }
}

package app.overload.progression;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import app.overload.domain.LiftLevel;
import app.overload.domain.LoadTarget;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 5/3/1 cycles with a training max of 100 kg and a 5 kg lower-body increment (TRAINING-RULES.md): weeks of 65/75/85,
 * 70/80/90, 75/85/95 and a 40/50/60 deload; after a cycle whose AMRAP sets all reached their reps, TM 105 kg.
 */
class TrainingMaxRuleTest {

    private static final double[][] PERCENT = {{.65, .75, .85}, {.70, .80, .90}, {.75, .85, .95}, {.40, .50, .60}};
    private static final int[][] REPS = {{5, 5, 5}, {3, 3, 3}, {5, 3, 1}, {5, 5, 5}};

    static TrainingBlock block(boolean level) {
        Plans plans = new Plans("531" + level, 8).deload(4, 8);
        if (level) {
            plans.level(new LiftLevel(Plans.SQUAT, 1, 5, Mass.kilograms(90)));
        }
        ProgressionRule rule = new ProgressionRule.TrainingMax(Mass.kilograms(100), Mass.kilograms(5));
        for (int week = 1; week <= 8; week++) {
            int w = (week - 1) % 4;
            List<PrescribedSet> sets = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                sets.add(new PrescribedSet(REPS[w][i], i == 2 && w < 3 ? SetKind.AMRAP : SetKind.WORKING,
                        new LoadTarget.PercentOfTrainingMax(PERCENT[w][i]), null));
            }
            plans.plan(week, MONDAY, w == 3 ? Purpose.DELOAD : Purpose.HEAVY_STRENGTH,
                    new Prescription.Strength(Plans.SQUAT, sets, rule));
        }
        return plans.build();
    }

    /** Weeks 1 to {@code last} done as prescribed at TM 100 kg, the AMRAP set with {@code amrap} reps. */
    static List<TrainingSession> cycle(TrainingBlock block, int last, int amrap) {
        List<TrainingSession> sessions = new ArrayList<>();
        for (int week = 1; week <= last; week++) {
            int w = (week - 1) % 4;
            var planned = Plans.planned(block, week, MONDAY);
            List<Integer> reps = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                reps.add(i == 2 && w < 3 ? amrap : REPS[w][i]);
            }
            List<StrengthSet> sets = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                sets.add(new StrengthSet(reps.get(i), Mass.kilograms(100 * PERCENT[w][i])
                        .roundDown(2.5, MassUnit.KG), null, null, i == 2 && w < 3 ? SetKind.AMRAP : SetKind.WORKING,
                        reps.get(i) < REPS[w][i]));
            }
            sessions.add(Plans.logged(block, planned, new StrengthEntry(Plans.SQUAT, sets)));
        }
        return sessions;
    }

    @ParameterizedTest(name = "week {0}: {2} kg ({1})")
    @CsvSource(textBlock = """
            2, hold,          70 80 90
            3, hold,          75 85 95
            4, deload,        40 50 60
            5, increase-load, 67.5 77.5 87.5
            """)
    void weeksFollowThePercentagesOfTheTrainingMax(int week, String decision, String loads) {
        TrainingBlock block = block(false);
        LocalDate before = block.weekStart(week).minusDays(1);
        WeekPlan plan = Engines.week(block, week, before, cycle(block, week - 1, 7));
        Suggestion s = Engines.first(plan, Plans.planned(block, week, MONDAY));
        assertThat(s.decision().key()).isEqualTo(decision);
        List<Double> expected = Arrays.stream(loads.split(" ")).map(Double::valueOf).toList();
        assertThat(PrescribedLoads.of((Prescription.Strength) s.suggested(), MassUnit.KG).stream()
                .map(Mass::kilograms).toList()).isEqualTo(expected);
    }

    @Test
    void raisesTheTrainingMaxAfterACompletedCycle() {
        TrainingBlock block = block(false);
        Suggestion s = Engines.first(Engines.week(block, 5, block.weekStart(5).minusDays(1), cycle(block, 4, 7)),
                Plans.planned(block, 5, MONDAY));
        assertThat(s.decision()).isEqualTo(new Decision.IncreaseLoad(Mass.kilograms(100), Mass.kilograms(105)));
        assertThat(s.reason()).startsWith("Cycle done: every AMRAP set reached its reps on 2, 9 and 16 Nov → training "
                + "max 100 kg → 105 kg");
        assertThat(s.basedOn()).hasSize(3);
    }

    @Test
    void keepsTheTrainingMaxWhenAnAmrapSetFellShort() {
        TrainingBlock block = block(false);
        Suggestion s = Engines.first(Engines.week(block, 5, block.weekStart(5).minusDays(1), cycle(block, 4, 0)),
                Plans.planned(block, 5, MONDAY));
        assertThat(s.decision()).isInstanceOf(Decision.Hold.class);
        assertThat(((ProgressionRule.TrainingMax) s.suggested().rule()).trainingMax()).isEqualTo(Mass.kilograms(100));
    }

    @Test
    void startsAtNinetyPercentOfTheLevelsMax() {
        // Level 5 × 90 kg: Epley 105 kg; TM 90 % = 94.5 → 92.5 kg.
        TrainingBlock block = block(true);
        Suggestion s = Engines.first(Engines.week(block, 1, Plans.START.minusDays(3), List.of()),
                Plans.planned(block, 1, MONDAY));
        assertThat(s.decision()).isInstanceOf(Decision.Start.class);
        assertThat(((ProgressionRule.TrainingMax) s.suggested().rule()).trainingMax()).isEqualTo(Mass.kilograms(92.5));
    }

    @Test
    void withoutHistoryOrLevelSaysWhatIsMissing() {
        TrainingBlock block = block(false);
        Suggestion s = Engines.first(Engines.week(block, 1, Plans.START.minusDays(3), List.of()),
                Plans.planned(block, 1, MONDAY));
        assertThat(s.decision()).isInstanceOf(Decision.NotEnoughData.class);
        assertThat(((Decision.NotEnoughData) s.decision()).missing()).contains("current level");
        assertThat(s.suggested()).isEqualTo(s.prescribed());
    }
}

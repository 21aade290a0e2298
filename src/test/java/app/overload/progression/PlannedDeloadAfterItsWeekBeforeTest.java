package app.overload.progression;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;

import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A deload week the plan lightened, asked about once no session is left before it but the last normal session before
 * it was missed: the lifter is at the load of an earlier week, and the plan of the missed week no longer moves. So the
 * deload is judged against the load last lifted: the plan's load stands when it is at least 10 % under it; otherwise
 * it comes down to the plan's share (its load against the missed week's) of the load last lifted, and at least 10 %
 * under it. Accepting the suggestion and asking again changes nothing, however the plan lightened the week.
 */
class PlannedDeloadAfterItsWeekBeforeTest {

    /** Squats in 5×5: week 2 at {@code second}, weeks 1, 3, 5 and 6 at {@code third}, week 4 a deload in 3×5. */
    private static TrainingBlock block(MassUnit unit, double second, double third, double deload) {
        Plans plans = new Plans("deload " + unit + " " + second + " " + third + " " + deload, 6).deload(4);
        ProgressionRule rule = ProgressionRule.Linear.standard(Mass.of(unit == MassUnit.KG ? 2.5 : 5, unit));
        for (int week = 1; week <= 6; week++) {
            boolean light = week == 4;
            double load = light ? deload : week == 2 ? second : third;
            plans.plan(week, MONDAY, light ? Purpose.DELOAD : Purpose.HEAVY_STRENGTH, Prescription.Strength.sets(
                    Plans.SQUAT, light ? 3 : 5, 5, Mass.of(load, unit), rule));
        }
        return plans.build();
    }

    /** Week 4 asked on the Sunday before it, week 2 done as planned and week 3 missed. */
    private static WeekPlan weekFour(TrainingBlock block, MassUnit unit, double second) {
        var session = Plans.logged(block, Plans.planned(block, 2, MONDAY),
                Plans.done(Plans.SQUAT, 5, 5, Mass.of(second, unit).kilograms()));
        return Engines.week(block, 4, block.weekStart(4).minusDays(1), List.of(session),
                unit == MassUnit.KG ? UnitPreferences.METRIC : UnitPreferences.IMPERIAL, false);
    }

    private static double top(Suggestion s) {
        return PrescribedLoads.topFixed((Prescription.Strength) s.suggested()).kilograms();
    }

    @ParameterizedTest(name = "{0}: {1} lifted, {2} missed, deload planned at {3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            KG | 100 | 100 |  90 |  90 | 90 % of the 100 kg lifted on 9 Nov → 3×5 @ 90 kg.
            KG |  95 | 100 |  90 |  85 | planned at 90 kg, less than 10 % under the 95 kg lifted on 9 Nov; the plan's 90 % of it → 3×5 @ 85 kg.
            KG |  95 | 100 | 100 |  85 | planned at 100 kg, less than 10 % under the 95 kg lifted on 9 Nov; 10 % off it, as a deload takes → 3×5 @ 85 kg.
            KG |  80 | 100 |  60 |  60 | 3×5 @ 60 kg as planned, already 25 % under the 80 kg lifted on 9 Nov.
            KG |  90 | 100 |  85 |  75 | planned at 85 kg, less than 10 % under the 90 kg lifted on 9 Nov; the plan's 85 % of it → 3×5 @ 75 kg.
            LB | 205 | 225 | 200 | 180 | planned at 200 lb, less than 10 % under the 205 lb lifted on 9 Nov; the plan's 89 % of it → 3×5 @ 180 lb.
            """)
    void theDeloadIsJudgedAgainstTheLoadLastLifted(MassUnit unit, double second, double third, double planned,
            double expected, String reason) {
        TrainingBlock block = block(unit, second, third, planned);
        Suggestion s = Engines.first(weekFour(block, unit, second), Plans.planned(block, 4, MONDAY));
        assertThat(s.decision()).isEqualTo(new Decision.Deload(true));
        assertThat(top(s)).isCloseTo(Mass.of(expected, unit).kilograms(), offset(1e-6));
        assertThat(((Prescription.Strength) s.suggested()).sets()).hasSize(3);
        assertThat(s.reason()).isEqualTo("Week 4 is a planned deload week: " + reason);
    }

    @Test
    void acceptingTheDeloadAndAskingAgainChangesNothing() {
        qt().withExamples(400).withFixedSeed(1605L)
                .forAll(integers().between(0, 1), integers().between(50, 110), integers().between(40, 105))
                .checkAssert((u, secondShare, deloadShare) -> {
                    MassUnit unit = u == 0 ? MassUnit.KG : MassUnit.LB;
                    double step = unit == MassUnit.KG ? 2.5 : 5;
                    double third = unit == MassUnit.KG ? 100 : 225;
                    double second = Math.round(third * secondShare / 100.0 / step) * step;
                    double planned = Math.round(third * deloadShare / 100.0 / step) * step;
                    TrainingBlock block = block(unit, second, third, planned);
                    WeekPlan first = weekFour(block, unit, second);
                    WeekPlan again = weekFour(PlanUpdate.acceptAll(block, first), unit, second);
                    String seen = unit + ": " + second + " lifted, " + third + " missed, " + planned + " planned: "
                            + first.suggestions().get(0).reason();
                    assertThat(again.changes()).as(seen).isEmpty();
                    if (deloadShare < 100 || second < third) {
                        assertThat(top(first.suggestions().get(0))).as(seen)
                                .isLessThan(Mass.of(second, unit).kilograms());
                    }
                });
    }
}

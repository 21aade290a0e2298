package app.overload.progression;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import app.overload.domain.Distance;
import app.overload.domain.Mass;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A break of two weeks or more restarts lighter; planned deload and taper weeks reduce as the block planned. */
class BreaksAndPlannedWeeksTest {

    static TrainingBlock squats(int weeks) {
        Plans plans = new Plans("squats" + weeks, weeks).deload(4);
        for (int week = 1; week <= weeks; week++) {
            double kg = week == 4 ? 90 : 100;
            plans.plan(week, MONDAY, week == 4 ? Purpose.DELOAD : Purpose.HEAVY_STRENGTH, Prescription.Strength.sets(
                    Plans.SQUAT, week == 4 ? 3 : 5, 5, Mass.kilograms(kg),
                    ProgressionRule.Linear.standard(Mass.kilograms(2.5))));
        }
        return plans.build();
    }

    @ParameterizedTest(name = "last squat in week 1, asked for week {0}: {1} kg ({2})")
    @CsvSource(textBlock = """
            2, 102.5, increase-load
            3, 90,    restart
            6, 80,    restart
            """)
    void restartsLighterAfterABreak(int week, double kg, String decision) {
        TrainingBlock block = squats(8);
        var session = Plans.logged(block, Plans.planned(block, 1, MONDAY), Plans.done(Plans.SQUAT, 5, 5, 100));
        Suggestion s = Engines.first(Engines.week(block, week, block.weekStart(week).minusDays(1), List.of(session)),
                Plans.planned(block, week, MONDAY));
        assertThat(s.decision().key()).isEqualTo(decision);
        assertThat(LinearRuleTest.top(s)).isEqualTo(kg);
    }

    @ParameterizedTest(name = "last squat {1} days before week {0} → {2} at {3} kg")
    @CsvSource(textBlock = """
            3, 13, increase-load, 102.5
            3, 14, restart,       90
            6, 27, restart,       90
            6, 28, restart,       80
            """)
    void theReductionGrowsWithTheBreak(int week, int daysOff, String decision, double kg) {
        // docs/suggestions.md: 14 days or more without the lift is a break, 10 % lighter, 20 % from 28 days; 13
        // days is no break, so 100 kg done climbs by its 2.5 kg. The gap runs to the target week's Monday.
        TrainingBlock block = squats(8);
        LocalDate day = block.weekStart(week).minusDays(daysOff);
        var planned = Plans.planned(block, block.weekOf(day).orElseThrow(), MONDAY);
        var session = Plans.loggedOn(block, planned, day, Plans.done(Plans.SQUAT, 5, 5, 100));
        Suggestion s = Engines.first(Engines.week(block, week, block.weekStart(week).minusDays(1), List.of(session)),
                Plans.planned(block, week, MONDAY));
        assertThat(s.decision().key()).isEqualTo(decision);
        assertThat(LinearRuleTest.top(s)).isEqualTo(kg);
    }

    @Test
    void aPlannedDeloadWeekScalesTheLoadTheLifterWillBeAt() {
        // The plan deloads to 90 % of its 100 kg. Week 1 went well, so weeks 2 and 3 should reach 102.5 and 105 kg:
        // the deload is 90 % of 105 = 94.5 → 92.5 kg.
        TrainingBlock block = squats(8);
        var session = Plans.logged(block, Plans.planned(block, 1, MONDAY), Plans.done(Plans.SQUAT, 5, 5, 100));
        Suggestion s = Engines.first(Engines.week(block, 4, block.weekStart(2).minusDays(1), List.of(session)),
                Plans.planned(block, 4, MONDAY));
        assertThat(s.decision()).isEqualTo(new Decision.Deload(true));
        assertThat(LinearRuleTest.top(s)).isEqualTo(92.5);
        assertThat(s.reason()).isEqualTo("Week 4 is a planned deload week: 90 % of the 105 kg the last session before "
                + "it reaches if the 2 sessions still to come go to plan → 3×5 @ 92.5 kg.");
    }

    @Test
    void aPlannedDeloadWeekAfterEverythingWasLoggedScalesTheLastLoad() {
        TrainingBlock block = squats(8);
        var session = Plans.logged(block, Plans.planned(block, 3, MONDAY), Plans.done(Plans.SQUAT, 5, 5, 100));
        Suggestion s = Engines.first(Engines.week(block, 4, block.weekStart(4).minusDays(1), List.of(session)),
                Plans.planned(block, 4, MONDAY));
        assertThat(LinearRuleTest.top(s)).isEqualTo(90);
        assertThat(s.changesPlan()).isFalse();
        assertThat(s.reason()).startsWith("Week 4 is a planned deload week: 90 % of the 100 kg lifted on 16 Nov");
    }

    @Test
    void aTaperWeekKeepsThePlannedDistance() {
        Plans plans = new Plans("taper", 3).taper(3).level(EnduranceRuleTest.FIVE_K);
        plans.plan(1, THURSDAY, Purpose.TEMPO, EnduranceRuleTest.tempo(5, 420));
        plans.plan(2, THURSDAY, Purpose.TEMPO, EnduranceRuleTest.tempo(5, 420));
        plans.plan(3, THURSDAY, Purpose.TEMPO, EnduranceRuleTest.tempo(3, 420));
        TrainingBlock block = plans.build();
        var session = Plans.logged(block, Plans.planned(block, 2, THURSDAY), Plans.run(Distance.miles(5),
                Duration.ofSeconds(2100)));
        Suggestion s = Engines.first(Engines.week(block, 3, block.weekStart(3).minusDays(1), List.of(session),
                UnitPreferences.IMPERIAL, false), Plans.planned(block, 3, THURSDAY));
        assertThat(s.decision()).isInstanceOf(Decision.Taper.class);
        assertThat(s.suggested()).isEqualTo(s.prescribed());
        assertThat(s.reason()).isEqualTo("Week 3 is a planned taper week: 3.0 mi @ 7:00 /mi as planned.");
    }

    @Test
    void aRunAfterABreakIsShorterAtTheSamePace() {
        Plans plans = new Plans("runs", 6).level(EnduranceRuleTest.FIVE_K);
        for (int week = 1; week <= 6; week++) {
            plans.plan(week, THURSDAY, Purpose.TEMPO, EnduranceRuleTest.tempo(5, 420));
        }
        TrainingBlock block = plans.build();
        var session = Plans.logged(block, Plans.planned(block, 1, THURSDAY), Plans.run(Distance.miles(5),
                Duration.ofSeconds(2100)));
        LocalDate before = block.weekStart(5).minusDays(1);
        Suggestion s = Engines.first(Engines.week(block, 5, before, List.of(session), UnitPreferences.IMPERIAL, false),
                Plans.planned(block, 5, THURSDAY));
        assertThat(s.decision()).isInstanceOf(Decision.RestartAfterBreak.class);
        Prescription.Endurance rx = (Prescription.Endurance) s.suggested();
        assertThat(rx.distance().miles()).isCloseTo(4.5, Assertions.within(1e-9));
        assertThat(s.reason()).isEqualTo("No run since 5 Nov (25 days) → restart 10 % shorter: 4.5 mi @ 7:00 /mi.");
    }
}

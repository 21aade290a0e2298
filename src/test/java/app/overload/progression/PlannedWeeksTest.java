package app.overload.progression;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.Distance;
import app.overload.domain.DistanceUnit;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.PaceTarget;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.Session;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Planned deload and taper weeks the plan did not lighten (TRAINING-RULES.md): a deload takes 10 % off the load,
 * rounded down to a plate, and halves the sets, rounded up; a taper cuts each run to 60 % of the peak week (the week
 * before the goal week) or 40 % (the goal week), the race and the paces as planned.
 */
class PlannedWeeksTest {

    @ParameterizedTest(name = "{2}×5 @ {0} {1} in the deload week, last lifted {3} → {4}×5 @ {5}")
    @CsvSource(textBlock = """
            100, KG, 5, 100, 3, 90,  'the default deload, 10 % off the 100 kg lifted on 16 Nov and half the sets → 3×5 @ 90 kg.'
            100, KG, 4, 100, 2, 90,  'half the sets → 2×5 @ 90 kg.'
            100, KG, 5, 0,   3, 90,  'the default deload, 10 % off the 100 kg planned and half the sets → 3×5 @ 90 kg.'
            225, LB, 5, 225, 3, 200, 'the default deload, 10 % off the 225 lb lifted on 16 Nov and half the sets → 3×5 @ 200 lb.'
            225, LB, 3, 225, 2, 200, '(3×5 @ 225 lb against 3×5 @ 225 lb in week 3)'
            """)
    void aDeloadWeekThePlanDidNotLightenGetsTheDefault(double value, MassUnit unit, int sets, double lifted,
            int deloadSets, double deloadLoad, String reason) {
        Mass load = Mass.of(value, unit);
        Plans plans = new Plans("deload default " + value + unit + sets + lifted, 6).deload(4);
        Prescription.Strength rx = Prescription.Strength.sets(Plans.SQUAT, sets, 5, load,
                ProgressionRule.Linear.standard(Mass.kilograms(2.5)));
        for (int week = 1; week <= 6; week++) {
            plans.plan(week, MONDAY, week == 4 ? Purpose.DELOAD : Purpose.HEAVY_STRENGTH, rx);
        }
        TrainingBlock block = plans.build();
        List<Session> sessions = new ArrayList<>();
        if (lifted > 0) {
            sessions.add(Plans.logged(block, Plans.planned(block, 3, MONDAY), Plans.done(Plans.SQUAT, sets, 5,
                    load.kilograms())));
        }
        UnitPreferences units = unit == MassUnit.KG ? UnitPreferences.METRIC : UnitPreferences.IMPERIAL;
        Suggestion s = Engines.first(Engines.week(block, 4, block.weekStart(4).minusDays(1), sessions, units,
                false), Plans.planned(block, 4, MONDAY));
        assertThat(s.decision()).isEqualTo(new Decision.Deload(true));
        Prescription.Strength suggested = (Prescription.Strength) s.suggested();
        assertThat(suggested.sets()).hasSize(deloadSets).allSatisfy(set -> assertThat(set.reps()).isEqualTo(5));
        assertThat(PrescribedLoads.topFixed(suggested).in(unit)).isCloseTo(deloadLoad, within(1e-9));
        assertThat(s.reason()).startsWith("Week 4 is a planned deload week, and the plan does not lighten its lifts")
                .contains(reason);
    }

    @ParameterizedTest(name = "{0}: a deload-week run of {1} as long as the week before → {2}")
    @CsvSource(textBlock = """
            MI, 5, 2.5, 'Week 4 is a planned deload week, and the plan keeps it as long as the week before (5.0 mi planned against 5.0 mi in week 3): the default deload halves 5.0 mi @ 7:00 /mi → 2.5 mi @ 7:00 /mi, pace as planned.'
            KM, 8, 4,   '(8.0 km planned against 8.0 km in week 3): the default deload halves 8.0 km @ 4:21 /km → 4.0 km @ 4:21 /km, pace as planned.'
            KM, 9, 4.5, 'halves 9.0 km @ 4:21 /km → 4.5 km @ 4:21 /km'
            """)
    void aDeloadWeekRunThePlanDidNotShortenIsHalved(DistanceUnit unit, double length, double halved, String reason) {
        Distance distance = unit == DistanceUnit.KM ? Distance.kilometres(length) : Distance.miles(length);
        Prescription.Endurance tempo = new Prescription.Endurance(Modality.RUN, distance, null,
                new PaceTarget.AtPace(Pace.perMile(Duration.ofSeconds(420))), List.of(),
                new ProgressionRule.Endurance(0.03, Distance.miles(1)));
        Plans plans = new Plans("deload run " + unit + length, 6).deload(4);
        for (int week = 1; week <= 6; week++) {
            plans.plan(week, THURSDAY, Purpose.TEMPO, tempo);
        }
        TrainingBlock block = plans.build();
        UnitPreferences units = unit == DistanceUnit.KM ? UnitPreferences.METRIC : UnitPreferences.IMPERIAL;
        Suggestion s = Engines.first(Engines.week(block, 4, block.weekStart(4).minusDays(1), List.of(), units,
                false), Plans.planned(block, 4, THURSDAY));
        assertThat(s.decision()).isEqualTo(new Decision.Deload(true));
        Prescription.Endurance rx = (Prescription.Endurance) s.suggested();
        assertThat(rx.distance().in(unit)).isCloseTo(halved, within(1e-9));
        assertThat(rx.target()).isEqualTo(tempo.target());
        assertThat(s.reason()).contains(reason);
    }

    /**
     * Six weeks: an easy run on Tuesdays and a long run on Sundays (6 and 10 mi, or 10 and 16 km), the same in every
     * week; weeks 5 and 6 are the taper, and the race is on Saturday of week 6. Nothing in the plan is lighter.
     */
    static TrainingBlock taperBlock(DistanceUnit unit, double easy, double longRun) {
        Plans plans = new Plans("taper " + unit, 6).taper(5, 6);
        ProgressionRule grows = new ProgressionRule.Endurance(0, unit == DistanceUnit.KM ? Distance.kilometres(1.5)
                : Distance.miles(1));
        for (int week = 1; week <= 6; week++) {
            plans.plan(week, TUESDAY, Purpose.EASY_AEROBIC, run(easy, unit, new ProgressionRule.Hold()));
            plans.plan(week, SUNDAY, Purpose.LONG_RUN, run(longRun, unit, grows));
        }
        plans.plan(6, SATURDAY, Purpose.RACE, new Prescription.Endurance(Modality.RUN, Distance.kilometres(21.0975),
                null, new PaceTarget.InZone(4), List.of(), new ProgressionRule.Hold()));
        return plans.build();
    }

    static Prescription.Endurance run(double value, DistanceUnit unit, ProgressionRule rule) {
        return new Prescription.Endurance(Modality.RUN, unit == DistanceUnit.KM ? Distance.kilometres(value)
                : Distance.miles(value), null, new PaceTarget.InZone(2), List.of(), rule);
    }

    @ParameterizedTest(name = "{0}: week {1} → easy {2}, long {3}")
    @CsvSource(textBlock = """
            MI, 5, 3.6, 6,   'Week 5 is a planned taper week, and the plan keeps it as long as the peak week (16.0 mi planned against 16.0 mi in week 4): the default taper, 60 % of 10.0 mi in zone 2 → 6.0 mi in zone 2, pace as planned.'
            MI, 6, 2.4, 4,   'the default taper, 40 % of 10.0 mi in zone 2 → 4.0 mi in zone 2'
            KM, 5, 6,   9.6, 'the default taper, 60 % of 16.0 km in zone 2 → 9.6 km in zone 2'
            KM, 6, 4,   6.4, '(26.0 km planned against 26.0 km in week 4): the default taper, 40 % of 16.0 km in zone 2 → 6.4 km'
            """)
    void aTaperThePlanDidNotLightenCutsToSixtyThenFortyPercentOfThePeakWeek(DistanceUnit unit, int week,
            double easy, double longRun, String reason) {
        TrainingBlock block = unit == DistanceUnit.KM ? taperBlock(unit, 10, 16) : taperBlock(unit, 6, 10);
        UnitPreferences units = unit == DistanceUnit.KM ? UnitPreferences.METRIC : UnitPreferences.IMPERIAL;
        WeekPlan plan = Engines.week(block, week, block.weekStart(week).minusDays(1), List.of(), units, false);
        Suggestion tuesday = Engines.first(plan, Plans.planned(block, week, TUESDAY));
        Suggestion sunday = Engines.first(plan, Plans.planned(block, week, SUNDAY));
        assertThat(tuesday.decision()).isInstanceOf(Decision.Taper.class);
        assertThat(((Prescription.Endurance) tuesday.suggested()).distance().in(unit)).isCloseTo(easy, within(1e-9));
        assertThat(((Prescription.Endurance) sunday.suggested()).distance().in(unit)).isCloseTo(longRun,
                within(1e-9));
        assertThat(sunday.reason()).contains(reason);
        if (week == 6) {
            Suggestion race = Engines.first(plan, Plans.planned(block, 6, SATURDAY));
            assertThat(race.suggested()).isEqualTo(race.prescribed());
            assertThat(race.reason()).startsWith("Week 6 is a planned taper week: the race, ").endsWith(" in zone 4, "
                    + "as planned.");
        }
    }

    @ParameterizedTest(name = "{0}: the plan lightens the squat only → the bench keeps {1}")
    @CsvSource(textBlock = """
            KG, 60
            LB, 135
            """)
    void aDeloadWeekThePlanLightenedKeepsThePlanForEveryLift(MassUnit unit, double bench) {
        // The squat drops from 5×5 @ 100 kg to 3×5 @ 90 kg in week 4; the bench stays at 5×5: the coach planned this
        // deload, so the bench is left as planned rather than given the default.
        Mass benchLoad = Mass.of(bench, unit);
        Plans plans = new Plans("lightened " + unit, 6).deload(4);
        ProgressionRule rule = ProgressionRule.Linear.standard(Mass.kilograms(2.5));
        for (int week = 1; week <= 6; week++) {
            plans.plan(week, MONDAY, Purpose.HEAVY_STRENGTH,
                    Prescription.Strength.sets(Plans.SQUAT, week == 4 ? 3 : 5, 5, Mass.kilograms(week == 4 ? 90 : 100),
                            rule),
                    Prescription.Strength.sets(Plans.BENCH, 5, 5, benchLoad, new ProgressionRule.Hold()));
        }
        TrainingBlock block = plans.build();
        UnitPreferences units = unit == MassUnit.KG ? UnitPreferences.METRIC : UnitPreferences.IMPERIAL;
        WeekPlan plan = Engines.week(block, 4, block.weekStart(4).minusDays(1), List.of(), units, false);
        Suggestion benchSuggestion = plan.suggestions().get(1);
        assertThat(benchSuggestion.suggested()).isEqualTo(benchSuggestion.prescribed());
        assertThat(benchSuggestion.reason()).endsWith(" as planned.");
    }
}

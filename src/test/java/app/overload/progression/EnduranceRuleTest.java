package app.overload.progression;

import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.Distance;
import app.overload.domain.DistanceUnit;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.PaceTarget;
import app.overload.domain.PlannedSession;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.RaceLevel;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seed's tempo run (TRAINING-RULES.md): 4 mi @ 7:15 /mi progresses to 7:00 /mi or to 5 mi, never both, and
 * never faster than the threshold pace of the best recent effort (here a 5 km in 20:00, VDOT 49.8, threshold
 * ceiling about 6:52 /mi).
 */
class EnduranceRuleTest {

    static final ProgressionRule RULE = new ProgressionRule.Endurance(0.03, Distance.miles(1));
    static final RaceLevel FIVE_K = new RaceLevel(Modality.RUN, Distance.kilometres(5), Duration.ofMinutes(20));

    static Prescription.Endurance tempo(double miles, int secondsPerMile) {
        return new Prescription.Endurance(Modality.RUN, Distance.miles(miles), null,
                new PaceTarget.AtPace(Pace.perMile(Duration.ofSeconds(secondsPerMile))), List.of(), RULE);
    }

    /** Weeks 1 and 2 as given ("4 435" is 4 mi at 435 s/mi), week 3 planned as 4 mi @ 7:15 /mi. */
    static TrainingBlock block(String first, String second, RaceLevel level) {
        Plans plans = new Plans("tempo " + first + second + level, 6);
        if (level != null) {
            plans.level(level);
        }
        plans.plan(1, THURSDAY, Purpose.TEMPO, parse(first.equals("-") ? second : first));
        plans.plan(2, THURSDAY, Purpose.TEMPO, parse(second));
        for (int week = 3; week <= 6; week++) {
            plans.plan(week, THURSDAY, Purpose.TEMPO, tempo(4, 435));
        }
        return plans.build();
    }

    static Prescription.Endurance parse(String text) {
        String[] parts = text.split(" ");
        return tempo(Double.parseDouble(parts[0]), Integer.parseInt(parts[1]));
    }

    /** Both weeks run exactly as prescribed, except the second in {@code seconds}. */
    static List<TrainingSession> logged(TrainingBlock block, String first, String second, int seconds) {
        List<TrainingSession> sessions = new ArrayList<>();
        if (!first.equals("-")) {
            Prescription.Endurance rx = parse(first);
            sessions.add(Plans.logged(block, Plans.planned(block, 1, THURSDAY), Plans.run(rx.distance(),
                    ((PaceTarget.AtPace) rx.target()).pace().timeFor(rx.distance()))));
        }
        Prescription.Endurance rx = parse(second);
        sessions.add(Plans.logged(block, Plans.planned(block, 2, THURSDAY), Plans.run(rx.distance(),
                Duration.ofSeconds(seconds))));
        return sessions;
    }

    @ParameterizedTest(name = "{0} then {1} in {2} s → {3}: {4} mi @ {5} s/mi")
    @CsvSource(textBlock = """
            -,     4 435, 1740, faster-pace, 4, 420
            4 435, 4 420, 1680, longer,      5, 420
            4 420, 5 420, 2100, faster-pace, 5, 415
            -,     4 435, 1780, hold,        4, 435
            4 420, 4 435, 1740, faster-pace, 4, 420
            """)
    void progressesOneVariableAtATime(String first, String second, int seconds, String decision, double miles,
            int secondsPerMile) {
        TrainingBlock block = block(first, second, FIVE_K);
        WeekPlan plan = Engines.week(block, 3, LocalDate.of(2026, 11, 15), logged(block, first, second, seconds),
                UnitPreferences.IMPERIAL, false);
        Suggestion s = Engines.first(plan, Plans.planned(block, 3, THURSDAY));
        assertThat(s.decision().key()).isEqualTo(decision);
        Prescription.Endurance rx = (Prescription.Endurance) s.suggested();
        assertThat(rx.distance().miles()).isCloseTo(miles, within(1e-9));
        assertThat(EnduranceRule.paceOf(rx).secondsPer(DistanceUnit.MI))
                .isCloseTo(secondsPerMile, within(0.5));
    }

    @Test
    void theSeedsExampleReadsAsASentence() {
        TrainingBlock block = block("-", "4 435", FIVE_K);
        Suggestion s = Engines.first(Engines.week(block, 3, LocalDate.of(2026, 11, 15),
                logged(block, "-", "4 435", 1740), UnitPreferences.IMPERIAL, false), Plans.planned(block, 3, THURSDAY));
        assertThat(s.reason()).isEqualTo("4.0 mi @ 7:15 /mi on 12 Nov done → 7:00 /mi.");
    }

    @Test
    void neverSuggestsFasterThanTheThresholdOfTheBestEffort() {
        TrainingBlock block = block("4 420", "5 420", FIVE_K);
        Suggestion s = Engines.first(Engines.week(block, 3, LocalDate.of(2026, 11, 15),
                logged(block, "4 420", "5 420", 2100), UnitPreferences.IMPERIAL, false),
                Plans.planned(block, 3, THURSDAY));
        Pace ceiling = RunningFormulas.thresholdCeiling(RunningFormulas.vdot(Distance.kilometres(5),
                Duration.ofMinutes(20)));
        assertThat(EnduranceRule.paceOf((Prescription.Endurance) s.suggested()).isFasterThan(ceiling)).isFalse();
        assertThat(s.reason()).contains("as fast as your threshold").contains("VDOT 49.8");
    }

    @Test
    void neverSlowsASessionDoneAtItsPaceButMakesItLonger() {
        // 5 km in 23:00 is VDOT 42.3: threshold about 7:55 /mi, so 7:15 /mi is past the ceiling. The run was done at
        // 7:15 /mi all the same: it is not slowed down, and since the pace cannot go faster the distance moves.
        RaceLevel slower = new RaceLevel(Modality.RUN, Distance.kilometres(5), Duration.ofMinutes(23));
        TrainingBlock block = block("-", "4 435", slower);
        Suggestion s = Engines.first(Engines.week(block, 3, LocalDate.of(2026, 11, 15),
                logged(block, "-", "4 435", 1740), UnitPreferences.IMPERIAL, false), Plans.planned(block, 3, THURSDAY));
        assertThat(s.decision()).isInstanceOf(Decision.LongerDistance.class);
        Prescription.Endurance rx = (Prescription.Endurance) s.suggested();
        assertThat(EnduranceRule.paceOf(rx).secondsPer(DistanceUnit.MI)).isCloseTo(435,
                within(0.01));
        assertThat(rx.distance().miles()).isCloseTo(5, within(1e-9));
        assertThat(s.reason()).isEqualTo("4.0 mi @ 7:15 /mi on 12 Nov done → 5.0 mi (the pace stays: it is already "
                + "at or past your threshold 7:55 /mi (VDOT 42.3 from 3.1 mi in 23:00, the block's level)).");
    }

    @Test
    void easesAPacePastTheCeilingWhenTheSessionFellShort() {
        // The same run, 4 mi in 30:20 (7:35 /mi, over 1 % slower than 7:15 /mi): short of its pace, which is past
        // the ceiling, so the pace is eased to the ceiling, rounded to 5 s per mile.
        RaceLevel slower = new RaceLevel(Modality.RUN, Distance.kilometres(5), Duration.ofMinutes(23));
        TrainingBlock block = block("-", "4 435", slower);
        Suggestion s = Engines.first(Engines.week(block, 3, LocalDate.of(2026, 11, 15),
                logged(block, "-", "4 435", 1820), UnitPreferences.IMPERIAL, false), Plans.planned(block, 3, THURSDAY));
        assertThat(s.decision()).isInstanceOf(Decision.EasePace.class);
        assertThat(s.decision().label()).isEqualTo("ease pace");
        Pace suggested = EnduranceRule.paceOf((Prescription.Endurance) s.suggested());
        assertThat(suggested.secondsPer(DistanceUnit.MI)).isCloseTo(475, within(0.01));
        assertThat(s.reason()).isEqualTo("4.0 mi @ 7:15 /mi on 12 Nov fell short (7:35 /mi, slower than 7:15 /mi); "
                + "7:15 /mi is faster than your threshold 7:55 /mi (VDOT 42.3 from 3.1 mi in 23:00, the block's level) "
                + "allows → ease the pace to 7:55 /mi.");
    }

    @Test
    void alternatesPaceAndDistanceWeekAfterWeek() {
        // Accept each week's suggestion and run it as prescribed; decisions alternate until the pace meets the ceiling.
        Plans plans = new Plans("alternating", 8).level(new RaceLevel(Modality.RUN, Distance.kilometres(5),
                Duration.ofMinutes(19)));
        for (int week = 1; week <= 8; week++) {
            plans.plan(week, THURSDAY, Purpose.TEMPO, tempo(4, 435));
        }
        TrainingBlock block = plans.build();
        List<TrainingSession> sessions = new ArrayList<>();
        List<String> decisions = new ArrayList<>();
        for (int week = 2; week <= 6; week++) {
            PlannedSession before = Plans.planned(block, week - 1, THURSDAY);
            Prescription.Endurance done = (Prescription.Endurance) before.prescriptions().get(0);
            sessions.add(Plans.logged(block, before, Plans.run(done.distance(),
                    EnduranceRule.paceOf(done).timeFor(done.distance()))));
            WeekPlan plan = Engines.week(block, week, block.weekStart(week).minusDays(1), sessions,
                    UnitPreferences.IMPERIAL, false);
            decisions.add(plan.suggestions().get(0).decision().key());
            block = PlanUpdate.acceptAll(block, plan);
        }
        assertThat(decisions).containsExactly("faster-pace", "longer", "faster-pace", "longer", "faster-pace");
    }
}

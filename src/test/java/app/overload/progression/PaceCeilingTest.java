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
import app.overload.domain.PlannedSession;
import app.overload.domain.Prescription;
import app.overload.domain.Purpose;
import app.overload.domain.Rpe;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.domain.Workout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where the pace ceiling comes from (TRAINING-RULES.md): the best race or hard effort (race purpose, or session RPE
 * 8 or more) of the last 8 weeks, never the session being progressed; with none there is no ceiling and the reason
 * says so. The seed's tempo run, 4 mi @ 7:15 /mi (4:30 /km), done on Thursday 5 Nov in 29:00; week 2 asked on
 * Sunday 8 Nov. A 5 km race in 20:40 is VDOT 47.9, whose threshold is 4:24.1 /km (7:05.0 /mi): 4:25 /km or
 * 7:05 /mi on the 5 s grid.
 */
class PaceCeilingTest {

    static final String NONE = EnduranceRule.NO_CEILING;

    static TrainingBlock block() {
        Plans plans = new Plans("ceiling", 6);
        for (int week = 1; week <= 6; week++) {
            plans.plan(week, THURSDAY, Purpose.TEMPO, EnduranceRuleTest.tempo(4, 435));
        }
        return plans.build();
    }

    /** The week-1 tempo run as prescribed, in a session of the given RPE, and the other effort named. */
    static List<Session> history(TrainingBlock block, double tempoRpe, String effort) {
        PlannedSession tempo = Plans.planned(block, 1, THURSDAY);
        List<Session> sessions = new ArrayList<>();
        sessions.add(new TrainingSession(Plans.id(SessionId.class, "tempo " + tempoRpe + effort),
                LocalDate.of(2026, 11, 5).atTime(7, 0), Duration.ofMinutes(35), Rpe.of(tempoRpe), "",
                List.of(Plans.run(Distance.miles(4), Duration.ofMinutes(29))), block.id(), Purpose.TEMPO, tempo.id()));
        var fiveK = Plans.run(Distance.kilometres(5), Duration.ofSeconds(20 * 60 + 40));
        LocalDate saturday = LocalDate.of(2026, 10, 31);
        switch (effort) {
            case "race" -> sessions.add(new TrainingSession(Plans.id(SessionId.class, "race"), saturday.atTime(9, 0),
                    Duration.ofMinutes(40), Rpe.of(9), "", List.of(fiveK), block.id(), Purpose.RACE, null));
            case "old race" -> sessions.add(new TrainingSession(Plans.id(SessionId.class, "old race"),
                    saturday.minusWeeks(9).atTime(9, 0), Duration.ofMinutes(40), Rpe.of(9), "", List.of(fiveK),
                    block.id(), Purpose.RACE, null));
            case "hard run" -> sessions.add(new Workout(Plans.id(SessionId.class, "hard"), saturday.atTime(9, 0),
                    Duration.ofMinutes(40), Rpe.of(8), "", List.of(fiveK), "Parkrun"));
            case "easy run" -> sessions.add(new Workout(Plans.id(SessionId.class, "easy"), saturday.atTime(9, 0),
                    Duration.ofMinutes(40), Rpe.of(7), "", List.of(fiveK), "Parkrun"));
            default -> { }
        }
        return sessions;
    }

    @ParameterizedTest(name = "{0}, tempo at RPE {1}, {2} → {3} s per {0}")
    @CsvSource(textBlock = """
            MI, 7, none,     420, '4.0 mi @ 7:15 /mi on 5 Nov done → 7:00 /mi; no race or hard effort'
            KM, 7, none,     260, '6.4 km @ 4:30 /km on 5 Nov done → 4:20 /km; no race or hard effort'
            MI, 8, none,     420, '→ 7:00 /mi; no race or hard effort (session RPE 8 or more) in the last 8 weeks'
            MI, 7, race,     425, '→ 7:05 /mi, as fast as your threshold 7:05 /mi (VDOT 47.9 from the race of 3.1 mi in 20:40 on 31 Oct) allows.'
            KM, 7, race,     265, '→ 4:25 /km, as fast as your threshold 4:25 /km (VDOT 47.9 from the race of 5.0 km in 20:40 on 31 Oct) allows.'
            MI, 7, hard run, 425, 'from the hard run of 3.1 mi in 20:40 on 31 Oct'
            KM, 8, hard run, 265, 'from the hard run of 5.0 km in 20:40 on 31 Oct'
            MI, 7, easy run, 420, 'no race or hard effort'
            MI, 7, old race, 420, 'no race or hard effort'
            """)
    void theCeilingComesFromARaceOrHardEffortOfTheLastEightWeeks(DistanceUnit unit, double tempoRpe, String effort,
            double seconds, String reason) {
        TrainingBlock block = block();
        UnitPreferences units = unit == DistanceUnit.KM ? UnitPreferences.METRIC : UnitPreferences.IMPERIAL;
        WeekPlan plan = Engines.week(block, 2, LocalDate.of(2026, 11, 8), history(block, tempoRpe, effort), units,
                false);
        Suggestion s = Engines.first(plan, Plans.planned(block, 2, THURSDAY));
        assertThat(s.decision()).isInstanceOf(Decision.FasterPace.class);
        Prescription.Endurance rx = (Prescription.Endurance) s.suggested();
        assertThat(EnduranceRule.paceOf(rx).secondsPer(unit)).isCloseTo(seconds, within(0.01));
        assertThat(rx.distance().miles()).isCloseTo(4, within(1e-9));
        assertThat(s.reason()).contains(reason);
        assertThat(s.reason().contains(NONE)).isEqualTo(reason.contains("no race"));
    }

    @ParameterizedTest(name = "a plan at {0} s/mi with the race on file → {1}")
    @CsvSource(textBlock = """
            435, faster-pace
            425, longer
            420, longer
            """)
    void aSessionDoneAtItsPaceIsNeverSlowedDown(int secondsPerMile, String decision) {
        // With the race's 7:05 /mi ceiling, 7:15 /mi moves to 7:05; 7:05 /mi is at the ceiling and 7:00 /mi past
        // it, so both keep their pace and the run grows by its mile instead.
        Plans plans = new Plans("never slower " + secondsPerMile, 6);
        for (int week = 1; week <= 6; week++) {
            plans.plan(week, THURSDAY, Purpose.TEMPO, EnduranceRuleTest.tempo(4, secondsPerMile));
        }
        TrainingBlock block = plans.build();
        List<Session> sessions = history(block, 7, "race");
        PlannedSession tempo = Plans.planned(block, 1, THURSDAY);
        sessions.set(0, Plans.logged(block, tempo, Plans.run(Distance.miles(4),
                Duration.ofSeconds(4L * secondsPerMile))));
        // The race falls in the week before last, so the volume override keeps the 30 % guard out of this.
        Suggestion s = Engines.first(Engines.week(block, 2, LocalDate.of(2026, 11, 8), sessions,
                UnitPreferences.IMPERIAL, true), Plans.planned(block, 2, THURSDAY));
        assertThat(s.decision().key()).as(s.reason()).isEqualTo(decision);
        double pace = EnduranceRule.paceOf((Prescription.Endurance) s.suggested()).secondsPer(DistanceUnit.MI);
        assertThat(pace).isLessThanOrEqualTo(secondsPerMile + 1e-9);
    }
}

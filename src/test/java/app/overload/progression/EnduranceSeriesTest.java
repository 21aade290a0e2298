package app.overload.progression;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.Distance;
import app.overload.domain.DistanceUnit;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Modality;
import app.overload.domain.PaceTarget;
import app.overload.domain.PlannedSession;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.Rpe;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each planned run is its own series, and unplanned training of the same purpose is evidence, not an attempt.
 */
class EnduranceSeriesTest {

    private static final DayOfWeek[] DAYS = {MONDAY, WEDNESDAY, SATURDAY};

    static UnitPreferences units(DistanceUnit unit) {
        return unit == DistanceUnit.KM ? UnitPreferences.METRIC : UnitPreferences.IMPERIAL;
    }

    @ParameterizedTest(name = "{0}: {1} each week → {2}")
    @CsvSource(textBlock = """
            KM, 8 10 12, 9.5 11.5 13.5, 30, 34.5
            MI, 5 6 8,   6 7 9,         19, 22
            """)
    void threeRunsOfOnePurposeInAWeekGrowEachFromItsOwnLastSession(DistanceUnit unit, String planned,
            String expected, double lastWeek, double nextWeek) {
        // Three easy runs a week, each climbing by its step (1.5 km or 1 mi) at most a quarter of the run. Week 1 all
        // done as planned: each run of week 2 grows from its own week-1 run, not from the one before it in the week
        // (which would make 13.5, 15 and 16.5 km, the week 50 % longer).
        Distance step = unit == DistanceUnit.KM ? Distance.kilometres(1.5) : Distance.miles(1);
        ProgressionRule rule = new ProgressionRule.Endurance(0, step);
        String[] each = planned.split(" ");
        Plans plans = new Plans("three " + unit + planned, 4);
        for (int week = 1; week <= 4; week++) {
            for (int i = 0; i < 3; i++) {
                plans.plan(week, DAYS[i], Purpose.EASY_AEROBIC, new Prescription.Endurance(Modality.RUN,
                        distance(Double.parseDouble(each[i]), unit), null, new PaceTarget.InZone(2), List.of(), rule));
            }
        }
        TrainingBlock block = plans.build();
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Distance d = distance(Double.parseDouble(each[i]), unit);
            sessions.add(Plans.logged(block, Plans.planned(block, 1, DAYS[i]), Plans.run(d,
                    Duration.ofSeconds(Math.round(d.kilometres() * 360)))));
        }
        WeekPlan plan = Engines.week(block, 2, Plans.START.plusDays(6), sessions, units(unit), false);
        String[] want = expected.split(" ");
        for (int i = 0; i < 3; i++) {
            Suggestion s = Engines.first(plan, Plans.planned(block, 2, DAYS[i]));
            assertThat(s.decision().key()).isEqualTo("longer");
            assertThat(((Prescription.Endurance) s.suggested()).distance().in(unit)).as(DAYS[i].toString())
                    .isCloseTo(Double.parseDouble(want[i]), within(1e-9));
            assertThat(s.basedOn()).containsExactly(sessions.get(i).id());
        }
        VolumeCheck check = plan.volume().get(0);
        assertThat(check.lastWeek().in(unit)).isCloseTo(lastWeek, within(1e-6));
        assertThat(check.planned().in(unit)).isCloseTo(nextWeek, within(1e-6));
    }

    static Distance distance(double value, DistanceUnit unit) {
        return unit == DistanceUnit.KM ? Distance.kilometres(value) : Distance.miles(value);
    }

    static TrainingBlock tempoBlock() {
        Plans plans = new Plans("evidence", 6);
        for (int week = 1; week <= 6; week++) {
            plans.plan(week, THURSDAY, Purpose.TEMPO, EnduranceRuleTest.tempo(4, 435));
        }
        return plans.build();
    }

    /** An unplanned training session of {@code purpose} on Saturday 7 Nov: a run of {@code miles} at 7:15 /mi. */
    static TrainingSession unplanned(TrainingBlock block, Purpose purpose, double miles) {
        return new TrainingSession(Plans.id(SessionId.class, "unplanned " + purpose + miles),
                LocalDate.of(2026, 11, 7).atTime(8, 0), Duration.ofMinutes(40), Rpe.of(7), "",
                List.of(tempoRun(miles)), block.id(), purpose, null);
    }

    static EnduranceEntry tempoRun(double miles) {
        return Plans.run(Distance.miles(miles), Duration.ofSeconds(Math.round(miles * 435)));
    }

    @ParameterizedTest(name = "{0}: planned {1} mi, unplanned {2} {3} mi → {4}")
    @CsvSource(textBlock = """
            MI, 3.5, TEMPO,        4,   faster-pace, 420, '4.0 mi @ 7:15 /mi on 5 Nov fell short (3.5 mi of 4.0 mi), but the unplanned tempo / threshold run on 7 Nov did it → 7:00 /mi'
            KM, 3.5, TEMPO,        4,   faster-pace, 260, '6.4 km @ 4:30 /km on 5 Nov fell short (5.6 km of 6.4 km), but the unplanned tempo / threshold run on 7 Nov did it → 4:20 /km'
            MI, 4,   TEMPO,        3,   hold,        435, '4.0 mi @ 7:15 /mi on 5 Nov done, but the unplanned tempo / threshold run on 7 Nov fell short (3.0 mi of 4.0 mi) → hold'
            MI, 4,   TEMPO,        4,   faster-pace, 420, '4.0 mi @ 7:15 /mi on 5 Nov done, and the unplanned tempo / threshold run on 7 Nov did it too → 7:00 /mi'
            MI, 3.5, TEMPO,        3,   hold,        435, 'and the unplanned tempo / threshold run on 7 Nov did not either (3.0 mi of 4.0 mi) → hold'
            MI, 3.5, EASY_AEROBIC, 4,   hold,        435, '4.0 mi @ 7:15 /mi on 5 Nov fell short (3.5 mi of 4.0 mi) → hold'
            """)
    void unplannedTrainingOfThePurposeIsEvidenceNotAnAttempt(DistanceUnit unit, double plannedMiles,
            Purpose purpose, double unplannedMiles, String decision, double seconds, String reason) {
        TrainingBlock block = tempoBlock();
        PlannedSession tempo = Plans.planned(block, 1, THURSDAY);
        TrainingSession done = Plans.logged(block, tempo, tempoRun(plannedMiles));
        TrainingSession extra = unplanned(block, purpose, unplannedMiles);
        Suggestion s = Engines.first(Engines.week(block, 2, LocalDate.of(2026, 11, 8), List.of(done, extra),
                units(unit), true), Plans.planned(block, 2, THURSDAY));
        assertThat(s.decision().key()).isEqualTo(decision);
        Prescription.Endurance rx = (Prescription.Endurance) s.suggested();
        assertThat(EnduranceRule.paceOf(rx).secondsPer(unit)).isCloseTo(seconds, within(0.5));
        assertThat(rx.distance().miles()).as("the series grows from the planned session").isCloseTo(4, within(1e-9));
        assertThat(s.reason()).contains(reason);
        if (purpose == Purpose.TEMPO) {
            assertThat(s.basedOn()).containsExactly(done.id(), extra.id());
        } else {
            assertThat(s.basedOn()).containsExactly(done.id());
        }
    }

    @ParameterizedTest(name = "{0}: only an unplanned tempo run of {1} mi → as planned")
    @CsvSource(textBlock = """
            MI, 4, 'No tempo / threshold logged in this block yet; the unplanned tempo / threshold run on 31 Oct did 4.0 mi @ 7:15 /mi → as planned; no race or hard effort'
            KM, 3, 'No tempo / threshold logged in this block yet; the unplanned tempo / threshold run on 31 Oct fell short of it (4.8 km of 6.4 km) → as planned; no race or hard effort'
            """)
    void aSeriesNotStartedYetCitesUnplannedTrainingOfItsPurpose(DistanceUnit unit, double miles, String reason) {
        TrainingBlock block = tempoBlock();
        TrainingSession extra = new TrainingSession(Plans.id(SessionId.class, "before " + miles),
                LocalDate.of(2026, 10, 31).atTime(8, 0), Duration.ofMinutes(40), Rpe.of(7), "",
                List.of(tempoRun(miles)), block.id(), Purpose.TEMPO, null);
        Suggestion s = Engines.first(Engines.week(block, 1, LocalDate.of(2026, 11, 1), List.of(extra), units(unit),
                false), Plans.planned(block, 1, THURSDAY));
        assertThat(s.decision()).isInstanceOf(Decision.Start.class);
        assertThat(s.suggested()).isEqualTo(s.prescribed());
        assertThat(s.reason()).contains(reason);
        assertThat(s.basedOn()).containsExactly(extra.id());
    }
}

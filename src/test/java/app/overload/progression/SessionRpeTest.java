package app.overload.progression;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import app.overload.domain.LoadTarget;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.PlannedSession;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.Rpe;
import app.overload.domain.SessionId;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session RPE for sets (TRAINING-RULES.md): where RPE is capped per set and the logged sets carry none, the
 * session's RPE is judged against the cap instead, and the reason says so. 5×5 capped at RPE 8.
 */
class SessionRpeTest {

    static TrainingBlock block(Mass load, Mass increment, Rpe cap) {
        Prescription.Strength rx = new Prescription.Strength(Plans.SQUAT, Collections.nCopies(5,
                new PrescribedSet(5, SetKind.WORKING, new LoadTarget.Fixed(load), cap)),
                ProgressionRule.Linear.standard(increment));
        return new Plans("session rpe " + load + cap, 4).every(Purpose.HEAVY_STRENGTH, rx, MONDAY, WEDNESDAY, FRIDAY)
                .build();
    }

    /** 5×5 at {@code load} on Monday of week 1, the last set at {@code setRpe} (none when 0), in a session of that RPE. */
    static TrainingSession logged(TrainingBlock block, Mass load, double setRpe, double sessionRpe) {
        PlannedSession p = Plans.planned(block, 1, MONDAY);
        List<StrengthSet> sets = new ArrayList<>(Collections.nCopies(5, StrengthSet.working(5, load)));
        if (setRpe > 0) {
            sets.set(4, sets.get(4).withRpe(Rpe.of(setRpe)));
        }
        return new TrainingSession(Plans.id(SessionId.class, "rpe " + block.name() + setRpe + sessionRpe),
                Plans.dateOf(block, p).atTime(18, 0), Duration.ofHours(1), Rpe.of(sessionRpe), "",
                List.of(new StrengthEntry(Plans.SQUAT, sets)), block.id(), p.purpose(), p.id());
    }

    @ParameterizedTest(name = "{0} {1}, cap {2}, set RPE {3}, session RPE {4} → {5} {6}")
    @CsvSource(textBlock = """
            100, KG, 8, 0,   7,   increase-load, 102.5, '(no set RPE logged, so the session RPE 7 was judged against the cap of 8) → 102.5 kg.'
            100, KG, 8, 0,   8,   increase-load, 102.5, so the session RPE 8 was judged
            100, KG, 8, 0,   8.5, hold,          100,   '(session RPE 8.5 above 8, judged as no set carried an RPE); 1 of 3 misses'
            100, KG, 8, 0,   9.5, hold,          100,   'had a session RPE of 9.5 where 8 was prescribed (no set carried an RPE, so the session''s was judged) → hold 100 kg.'
            100, KG, 8, 7,   9.5, increase-load, 102.5, All 5×5 @ 100 kg (RPE ≤ 8) done on 2 Nov → 102.5 kg.
            100, KG, 0, 0,   9.5, increase-load, 102.5, All 5×5 @ 100 kg done on 2 Nov → 102.5 kg.
            225, LB, 8, 0,   7,   increase-load, 230,   the session RPE 7 was judged against the cap of 8) → 230 lb.
            225, LB, 8, 0,   9.5, hold,          225,   had a session RPE of 9.5 where 8 was prescribed
            225, LB, 8, 9.5, 6,   hold,          225,   was logged at RPE 9.5 where 8 was prescribed → hold 225 lb.
            """)
    void aCapIsJudgedBySessionRpeWhenTheSetsCarryNone(double value, MassUnit unit, double cap, double setRpe,
            double sessionRpe, String decision, double expected, String reason) {
        Mass load = Mass.of(value, unit);
        TrainingBlock block = block(load, Mass.kilograms(2.5), cap == 0 ? null : Rpe.of(cap));
        UnitPreferences units = unit == MassUnit.KG ? UnitPreferences.METRIC : UnitPreferences.IMPERIAL;
        WeekPlan plan = Engines.week(block, 2, Plans.START.plusDays(6), List.of(logged(block, load, setRpe,
                sessionRpe)), units, false);
        Suggestion monday = Engines.first(plan, Plans.planned(block, 2, MONDAY));
        assertThat(monday.decision().key()).isEqualTo(decision);
        assertThat(PrescribedLoads.topFixed((Prescription.Strength) monday.suggested()).in(unit))
                .isCloseTo(expected, within(1e-9));
        assertThat(monday.reason()).contains(reason);
    }
}

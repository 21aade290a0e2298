package app.overload.progression;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.PlateMath;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pounds (TRAINING-RULES.md): 5 lb increments for most lifts and 10 lb for the deadlift, loads on 5 lb steps, and an
 * increase never rounded back to the load it started from. Loads are stored in kilograms, so a pound load comes back
 * a hair off its plate (225 lb in a file is 102.0582 kg); the rules must not be fooled by that.
 */
class PoundsTest {

    private static final DayOfWeek[] DAYS = {MONDAY, WEDNESDAY, FRIDAY};
    private static final LocalDate SUNDAY = Plans.START.plusDays(6);

    /** A load written as "225 lb", "102.5 kg" or "102.0582 kg" (the four decimals a file keeps). */
    static Mass load(String text) {
        String[] parts = text.split(" ");
        return Mass.of(Double.parseDouble(parts[0]), MassUnit.valueOf(parts[1].toUpperCase()));
    }

    @ParameterizedTest(name = "{0} + {1} in {2} → {3}")
    @CsvSource(textBlock = """
            225 lb,      5 lb,        LB, 230
            102.0582 kg, 2.268 kg,    LB, 230
            102.0582 kg, 2.5 kg,      LB, 230
            315 lb,      10 lb,       LB, 325
            142.8816 kg, 5 kg,        LB, 325
            102.5 kg,    2.5 kg,      LB, 230
            95 kg,       2.5 kg,      LB, 215
            100 kg,      2.5 kg,      KG, 102.5
            100 kg,      5 lb,        KG, 102.5
            140 kg,      10 lb,       KG, 145
            102.0582 kg, 2.5 kg,      KG, 105
            16 kg,       2 kg,        KG, 18
            35 lb,       2 kg,        LB, 37.5
            """)
    void anIncreaseIsTheIncrementInTheUsersUnitAndNeverTheSameLoad(String last, String increment, MassUnit unit,
            double expected) {
        Mass next = PlateMath.up(load(last), load(increment), unit);
        assertThat(next.in(unit)).isCloseTo(expected, within(1e-9));
        assertThat(next.in(unit)).isGreaterThan(load(last).in(unit) + 0.5);
    }

    @ParameterizedTest(name = "{0} rounded down in {1} → {2}")
    @CsvSource(textBlock = """
            92.8,        LB, 200
            91.8524,     LB, 200
            104.3262,    LB, 230
            90.0,        KG, 90
            94.5,        KG, 92.5
            """)
    void aComputedLoadRoundsDownToAPlateInTheUsersUnit(double kilograms, MassUnit unit, double expected) {
        assertThat(PlateMath.down(kilograms, Mass.kilograms(2.5), unit).in(unit)).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest(name = "{0} as loaded in {1} → {2}")
    @CsvSource(textBlock = """
            102.5 kg,    LB, 225
            95 kg,       LB, 210
            225 lb,      KG, 102.5
            102.0582 kg, LB, 225
            100 kg,      KG, 100
            """)
    void aPlannedLoadInTheOtherUnitIsTheNearestPlate(String load, MassUnit unit, double expected) {
        assertThat(PlateMath.nearest(load(load), Mass.kilograms(2.5), unit).in(unit)).isCloseTo(expected,
                within(0.001));
    }

    static TrainingBlock block(ExerciseId lift, Mass load, Mass increment) {
        return new Plans("lb " + lift + load + increment, 4).every(Purpose.HEAVY_STRENGTH, Prescription.Strength.sets(
                lift, 5, 5, load, ProgressionRule.Linear.standard(increment)), DAYS).build();
    }

    /** Week 1 as the pattern says: S all done at the load, F the fourth set short. */
    static List<TrainingSession> week1(TrainingBlock block, ExerciseId lift, Mass load, String pattern) {
        List<TrainingSession> sessions = new ArrayList<>();
        for (int i = 0; i < pattern.length(); i++) {
            List<StrengthSet> sets = new ArrayList<>(Collections.nCopies(5, StrengthSet.working(5, load)));
            if (pattern.charAt(i) == 'F') {
                sets.set(3, new StrengthSet(3, load, null, null, SetKind.WORKING, true));
            }
            sessions.add(Plans.logged(block, Plans.planned(block, 1, DAYS[i]), new StrengthEntry(lift, sets)));
        }
        return sessions;
    }

    @ParameterizedTest(name = "plan {0} in {1}, lifted {2} → {3}")
    @CsvSource(textBlock = """
            135 lb,   KG, 60 kg,    increase-load
            135 lb,   KG, 57.5 kg,  deload
            102.5 kg, LB, 225 lb,   increase-load
            102.5 kg, LB, 220 lb,   deload
            """)
    void aSetLiftedAtThePlansLoadAsItReadsReachesIt(String planned, MassUnit unit, String lifted, String decision) {
        ExerciseId id = ExerciseId.of("back-squat");
        TrainingBlock block = block(id, load(planned), Mass.kilograms(2.5));
        UnitPreferences units = unit == MassUnit.KG ? UnitPreferences.METRIC : UnitPreferences.IMPERIAL;
        // 135 lb reads 60 kg in kilograms (docs/units.md), 1.23 kg under it: lifting what the plan reads is no miss.
        WeekPlan plan = Engines.week(block, 2, SUNDAY, week1(block, id, load(lifted), "SSS"), units, false);

        assertThat(Engines.first(plan, Plans.planned(block, 2, MONDAY)).decision().key()).isEqualTo(decision);
    }

    @ParameterizedTest(name = "{0} {1} (+{2}) in {3}, {4} → {5} {6}")
    @CsvSource(textBlock = """
            back-squat, 102.0582 kg, 2.268 kg, LB, S,   increase-load, 230,   All 5×5 @ 225 lb done on 2 Nov → 230 lb.
            back-squat, 225 lb,      5 lb,     LB, S,   increase-load, 230,   All 5×5 @ 225 lb done on 2 Nov → 230 lb.
            back-squat, 102.5 kg,    2.5 kg,   LB, S,   increase-load, 230,   done on 2 Nov → 230 lb.
            deadlift,   315 lb,      10 lb,    LB, S,   increase-load, 325,   All 5×5 @ 315 lb done on 2 Nov → 325 lb.
            deadlift,   142.5 kg,    5 kg,     LB, S,   increase-load, 325,   done on 2 Nov → 325 lb.
            back-squat, 225 lb,      5 lb,     LB, FFF, deload,        200,   → deload 10 % to 200 lb.
            back-squat, 225 lb,      5 lb,     LB, F,   hold,          225,   → hold 225 lb.
            back-squat, 102.5 kg,    2.5 kg,   LB, F,   hold,          225,   → hold 225 lb.
            back-squat, 100 kg,      2.5 kg,   KG, S,   increase-load, 102.5, All 5×5 @ 100 kg done on 2 Nov → 102.5 kg.
            back-squat, 225 lb,      5 lb,     KG, S,   increase-load, 105,   done on 2 Nov → 105 kg.
            deadlift,   140 kg,      10 lb,    KG, S,   increase-load, 145,   All 5×5 @ 140 kg done on 2 Nov → 145 kg.
            back-squat, 100 kg,      2.5 kg,   KG, FFF, deload,        90,    → deload 10 % to 90 kg.
            """)
    void linearProgressionInEitherUnit(String lift, String start, String increment, MassUnit unit, String pattern,
            String decision, double expected, String reason) {
        ExerciseId id = ExerciseId.of(lift);
        TrainingBlock block = block(id, load(start), load(increment));
        UnitPreferences units = unit == MassUnit.KG ? UnitPreferences.METRIC : UnitPreferences.IMPERIAL;
        WeekPlan plan = Engines.week(block, 2, SUNDAY, week1(block, id, load(start), pattern), units, false);
        Suggestion monday = Engines.first(plan, Plans.planned(block, 2, MONDAY));
        assertThat(monday.decision().key()).isEqualTo(decision);
        Mass top = PrescribedLoads.topFixed((Prescription.Strength) monday.suggested());
        assertThat(top.in(unit)).isCloseTo(expected, within(1e-9));
        assertThat(monday.reason()).contains(reason);
    }
}

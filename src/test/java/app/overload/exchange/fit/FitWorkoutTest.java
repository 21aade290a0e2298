package app.overload.exchange.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import app.overload.domain.Distance;
import app.overload.domain.ExerciseId;
import app.overload.domain.Interval;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.PaceTarget;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.UnitPreferences;
import app.overload.exchange.fit.WorkoutStep.ByDistance;
import app.overload.exchange.fit.WorkoutStep.ByTime;
import app.overload.exchange.fit.WorkoutStep.Single;
import org.junit.jupiter.api.Test;

/** Planned runs, walks and rides as watch steps: what {@link FitWorkout#from} makes of each kind of prescription. */
class FitWorkoutTest {

    private static final ProgressionRule HOLD = new ProgressionRule.Hold();
    private static final Pace FOUR_THIRTY = Pace.perKilometre(Duration.ofSeconds(270));

    private static PlannedSession session(String title, Prescription... rx) {
        return new PlannedSession(new PlannedSessionId(UUID.fromString("6f1c2a34-0000-4000-8000-00000000abcd")), 3,
                DayOfWeek.TUESDAY, Purpose.INTERVALS, title, List.of(rx), "");
    }

    private static Prescription.Endurance run(Distance distance, Duration duration, PaceTarget target,
            Interval... intervals) {
        return new Prescription.Endurance(Modality.RUN, distance, duration, target, List.of(intervals), HOLD);
    }

    /** One line per step: kind, length, target, name; a repeat as "N× [ … ]". */
    private static String describe(FitWorkout workout) {
        return workout.steps().stream().map(FitWorkoutTest::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(WorkoutStep step) {
        if (step instanceof WorkoutStep.Repeat r) {
            return r.times() + "× [" + r.steps().stream().map(FitWorkoutTest::describe)
                    .collect(Collectors.joining(" / ")) + "]";
        }
        Single s = (Single) step;
        String length = s.length() instanceof ByDistance d ? Math.round(d.distance().metres()) + " m"
                : s.length() instanceof ByTime t ? t.time().toSeconds() + " s" : "lap";
        String target = s.target() instanceof WorkoutStep.Speed v
                ? String.format(Locale.ROOT, "%.3f–%.3f m/s", v.low(), v.high())
                : s.target() instanceof WorkoutStep.HeartRateZone z ? "HR zone " + z.zone() : "open";
        return s.kind() + " " + length + " " + target + " \"" + s.name() + "\"";
    }

    @Test
    void aSteadyRunIsOneStepByDistanceInItsZone() throws Exception {
        FitWorkout workout = FitWorkout.from(session("Easy run", run(Distance.kilometres(8), null,
                new PaceTarget.InZone(2))), UnitPreferences.METRIC);

        assertThat(workout.name()).isEqualTo("Easy run");
        assertThat(workout.sport()).isEqualTo(FitSport.RUNNING);
        assertThat(describe(workout)).isEqualTo("WORK 8000 m HR zone 2 \"8.0 km, zone 2\"");
    }

    @Test
    void aTempoRunByTimeAtAPaceGetsASpeedRangeThreePercentEitherSide() throws Exception {
        FitWorkout workout = FitWorkout.from(session("Tempo", run(null, Duration.ofMinutes(30),
                new PaceTarget.AtPace(FOUR_THIRTY))), UnitPreferences.METRIC);

        // 4:30 /km is 3.704 m/s
        assertThat(describe(workout)).isEqualTo("WORK 1800 s 3.593–3.815 m/s \"30 min @ 4:30 /km\"");
    }

    @Test
    void intervalsWithoutATotalGetWarmUpAndCoolDownUntilTheLapButton() throws Exception {
        Interval reps = new Interval(4, Distance.kilometres(1), null, null, Duration.ofMinutes(2));

        FitWorkout workout = FitWorkout.from(session("4 × 1 km", run(null, null, new PaceTarget.AtPace(FOUR_THIRTY),
                reps)), UnitPreferences.METRIC);

        assertThat(describe(workout)).isEqualTo("""
                WARM_UP lap open "Warm up"
                4× [WORK 1000 m 3.593–3.815 m/s "1.0 km @ 4:30 /km" / RECOVERY 120 s open "Recover 2 min"]
                COOL_DOWN lap open "Cool down\"""");
    }

    @Test
    void whatTheTotalLeavesOverTheIntervalsIsSplitIntoWarmUpAndCoolDown() throws Exception {
        Interval reps = new Interval(5, Distance.kilometres(1), null, Distance.metres(400), null);

        FitWorkout workout = FitWorkout.from(session("5 × 1 km", run(Distance.kilometres(10), null,
                new PaceTarget.InZone(4), reps)), UnitPreferences.METRIC);

        assertThat(describe(workout)).isEqualTo("""
                WARM_UP 1500 m open "Warm up 1.5 km"
                5× [WORK 1000 m HR zone 4 "1.0 km, zone 4" / RECOVERY 400 m open "Recover 400 m"]
                COOL_DOWN 1500 m open "Cool down 1.5 km\"""");
    }

    @Test
    void anIntervalWithItsOwnTimeIsRunAtThePaceThatTimeMakes() throws Exception {
        Interval reps = new Interval(8, Distance.metres(400), Duration.ofSeconds(96), Distance.metres(200), null);
        Interval last = Interval.of(1, Distance.metres(800), null);

        FitWorkout workout = FitWorkout.from(session("Track", run(null, null, null, reps, last)),
                UnitPreferences.METRIC);

        // 400 m in 1:36 is 4:00 /km, 4.167 m/s; the single 800 m has no target and stands alone
        assertThat(describe(workout)).isEqualTo("""
                WARM_UP lap open "Warm up"
                8× [WORK 400 m 4.042–4.292 m/s "400 m @ 4:00 /km" / RECOVERY 200 m open "Recover 200 m"]
                WORK 800 m open "800 m"
                COOL_DOWN lap open "Cool down\"""");
    }

    @Test
    void aRideIsNamedInSpeedAndTheUsersUnits() throws Exception {
        Prescription.Endurance ride = new Prescription.Endurance(Modality.RIDE, Distance.miles(20), null,
                new PaceTarget.AtPace(Pace.fromSpeed(32.18688)), List.of(), HOLD);

        FitWorkout workout = FitWorkout.from(session("Long ride", ride), UnitPreferences.IMPERIAL);

        assertThat(workout.sport()).isEqualTo(FitSport.CYCLING);
        assertThat(((Single) workout.steps().get(0)).name()).isEqualTo("20.0 mi @ 20.0 mph");
    }

    @Test
    void strengthBesideTheRunIsLeftOutAndCounted() throws Exception {
        Prescription squat = Prescription.Strength.sets(ExerciseId.of("back-squat"), 5, 5, Mass.kilograms(100), HOLD);

        FitWorkout workout = FitWorkout.from(session("Run and squat", run(Distance.kilometres(5), null, null), squat),
                UnitPreferences.METRIC);

        assertThat(workout.leftOut()).isEqualTo(1);
        assertThat(workout.steps()).hasSize(1);
    }

    @Test
    void sessionsAWatchWorkoutCannotHoldAreRefusedWithTheReason() {
        Prescription squat = Prescription.Strength.sets(ExerciseId.of("back-squat"), 5, 5, Mass.kilograms(100), HOLD);
        Prescription.Endurance swim = new Prescription.Endurance(Modality.SWIM, Distance.metres(1500), null, null,
                List.of(), HOLD);
        Prescription.Endurance ride = new Prescription.Endurance(Modality.RIDE, null, Duration.ofHours(1), null,
                List.of(), HOLD);

        assertThat(FitWorkout.whyNot(session("Squats", squat)))
                .contains("“Squats” has no run, walk or ride; a watch workout holds only those.");
        assertThat(FitWorkout.whyNot(session("Pool", swim)))
                .contains("“Pool” is a swim; watch workouts are made for runs, walks and rides only.");
        assertThat(FitWorkout.whyNot(session("Brick", ride, run(Distance.kilometres(5), null, null))))
                .contains("“Brick” mixes a ride and a run; a watch workout has one sport.");
        assertThat(FitWorkout.whyNot(session("Easy", run(Distance.kilometres(5), null, null)))).isEmpty();
        assertThatThrownBy(() -> FitWorkout.from(session("Pool", swim), UnitPreferences.METRIC))
                .isInstanceOf(FitWorkoutException.class).hasMessageContaining("is a swim");
    }

    @Test
    void aPlannedSessionKeepsItsSerialNumberSoANewExportReplacesTheOld() throws Exception {
        PlannedSession planned = session("Easy", run(Distance.kilometres(5), null, null));

        long first = FitWorkout.from(planned, UnitPreferences.METRIC).serialNumber();
        long again = FitWorkout.from(planned, UnitPreferences.IMPERIAL).serialNumber();
        long other = FitWorkout.from(new PlannedSession(PlannedSessionId.random(), 3, DayOfWeek.TUESDAY,
                Purpose.EASY_AEROBIC, "Easy", planned.prescriptions(), ""), UnitPreferences.METRIC).serialNumber();

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(first).isBetween(1L, 0xFFFF_FFFEL);
    }
}

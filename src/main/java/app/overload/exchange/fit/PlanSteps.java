package app.overload.exchange.fit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import app.overload.domain.Distance;
import app.overload.domain.Durations;
import app.overload.domain.Interval;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.PaceTarget;
import app.overload.domain.PlannedSession;
import app.overload.domain.Prescription;
import app.overload.domain.UnitPreferences;
import app.overload.exchange.fit.WorkoutStep.ByDistance;
import app.overload.exchange.fit.WorkoutStep.ByTime;
import app.overload.exchange.fit.WorkoutStep.Kind;
import app.overload.exchange.fit.WorkoutStep.Length;
import app.overload.exchange.fit.WorkoutStep.Single;
import app.overload.exchange.fit.WorkoutStep.Target;
import app.overload.exchange.fit.WorkoutStep.UntilLap;

/**
 * Turns a planned run, walk or ride into watch steps. A distance or a duration is one step; intervals are a repeat of
 * work and recovery, with a warm-up before and a cool-down after: what the prescription's total leaves over the
 * intervals, split in two, or else steps that last until the athlete presses the lap button.
 */
final class PlanSteps {

    /**
     * A pace becomes a speed range this fraction either side (±3 %: 4:51–5:09 /km around 5:00), narrow enough to
     * mean the pace and wide enough that GPS noise does not make the watch beep all the way.
     */
    static final double PACE_WINDOW = 0.03;

    /** A remainder shorter than this is rounding in the plan, not a warm-up. */
    private static final double MIN_WARM_UP_METRES = 200;
    private static final Duration MIN_WARM_UP_TIME = Duration.ofMinutes(2);

    private PlanSteps() {
    }

    static Optional<String> whyNot(PlannedSession session) {
        List<Prescription.Endurance> moving = moving(session);
        String name = "“" + session.displayName() + "”";
        if (moving.isEmpty()) {
            return Optional.of(name + " has no run, walk or ride; a watch workout holds only those.");
        }
        Modality first = moving.get(0).modality();
        for (Prescription.Endurance rx : moving) {
            if (FitWorkout.sportOf(rx.modality()) < 0) {
                return Optional.of(name + " is a " + rx.modality().label().toLowerCase(Locale.ROOT)
                        + "; watch workouts are made for runs, walks and rides only.");
            }
            if (rx.modality() != first) {
                return Optional.of(name + " mixes a " + first.label().toLowerCase(Locale.ROOT) + " and a "
                        + rx.modality().label().toLowerCase(Locale.ROOT)
                        + "; a watch workout has one sport.");
            }
        }
        return Optional.empty();
    }

    static FitWorkout workout(PlannedSession session, UnitPreferences units) throws FitWorkoutException {
        Optional<String> refusal = whyNot(session);
        if (refusal.isPresent()) {
            throw new FitWorkoutException(refusal.get());
        }
        List<Prescription.Endurance> moving = moving(session);
        List<WorkoutStep> steps = new ArrayList<>();
        for (Prescription.Endurance rx : moving) {
            steps.addAll(steps(rx, new Words(units, rx.modality())));
        }
        return new FitWorkout(session.displayName(), moving.get(0).modality(), serial(session), steps,
                session.prescriptions().size() - moving.size());
    }

    private static List<Prescription.Endurance> moving(PlannedSession session) {
        List<Prescription.Endurance> moving = new ArrayList<>();
        for (Prescription rx : session.prescriptions()) {
            if (rx instanceof Prescription.Endurance e) {
                moving.add(e);
            }
        }
        return moving;
    }

    private static List<WorkoutStep> steps(Prescription.Endurance rx, Words words) {
        Target target = target(rx.target());
        if (rx.intervals().isEmpty()) {
            Length length = rx.distance() != null ? new ByDistance(rx.distance()) : new ByTime(rx.duration());
            return List.of(new Single(words.work(length, target), Kind.WORK, length, target));
        }
        List<WorkoutStep> steps = new ArrayList<>();
        Length[] warmUpAndCoolDown = warmUpAndCoolDown(rx);
        steps.add(new Single(words.around("Warm up", warmUpAndCoolDown[0]), Kind.WARM_UP, warmUpAndCoolDown[0],
                new WorkoutStep.Open()));
        for (Interval interval : rx.intervals()) {
            List<Single> group = new ArrayList<>();
            Length work = interval.workDistance() != null && !interval.workDistance().isZero()
                    ? new ByDistance(interval.workDistance()) : new ByTime(interval.workDuration());
            // "400 m in 1:35" says its own pace, which is more exact than the session's
            Target workTarget = interval.workDistance() != null && !interval.workDistance().isZero()
                    && interval.workDuration() != null
                    ? speed(Pace.of(interval.workDistance(), interval.workDuration())) : target;
            group.add(new Single(words.work(work, workTarget), Kind.WORK, work, workTarget));
            Length recovery = recovery(interval);
            if (recovery != null) {
                group.add(new Single(words.around("Recover", recovery), Kind.RECOVERY, recovery,
                        new WorkoutStep.Open()));
            }
            if (interval.repeats() > 1) {
                steps.add(new WorkoutStep.Repeat(interval.repeats(), group));
            } else {
                steps.addAll(group);
            }
        }
        steps.add(new Single(words.around("Cool down", warmUpAndCoolDown[1]), Kind.COOL_DOWN,
                warmUpAndCoolDown[1], new WorkoutStep.Open()));
        return steps;
    }

    private static Length recovery(Interval interval) {
        if (interval.recoveryDistance() != null && !interval.recoveryDistance().isZero()) {
            return new ByDistance(interval.recoveryDistance());
        }
        if (interval.recoveryDuration() != null && !interval.recoveryDuration().isZero()) {
            return new ByTime(interval.recoveryDuration());
        }
        return null;
    }

    /**
     * Half each of what the prescription's total distance (or time) leaves over its intervals, when every part of
     * the intervals is measured the same way and enough is left; otherwise until the lap button.
     */
    private static Length[] warmUpAndCoolDown(Prescription.Endurance rx) {
        double metres = 0;
        long millis = 0;
        boolean allDistances = true;
        boolean allTimes = true;
        for (Interval i : rx.intervals()) {
            Length recovery = recovery(i);
            allDistances &= i.workDistance() != null && !i.workDistance().isZero()
                    && (recovery == null || recovery instanceof ByDistance);
            allTimes &= i.workDuration() != null && (recovery == null || recovery instanceof ByTime);
            if (allDistances) {
                metres += i.repeats() * (i.workDistance().metres()
                        + (recovery == null ? 0 : ((ByDistance) recovery).distance().metres()));
            }
            if (allTimes) {
                millis += i.repeats() * (i.workDuration().toMillis()
                        + (recovery == null ? 0 : ((ByTime) recovery).time().toMillis()));
            }
        }
        if (allDistances && rx.distance() != null && rx.distance().metres() - metres >= MIN_WARM_UP_METRES) {
            Length half = new ByDistance(Distance.metres(Math.round((rx.distance().metres() - metres) / 2)));
            return new Length[] {half, half};
        }
        if (allTimes && rx.duration() != null
                && rx.duration().minusMillis(millis).compareTo(MIN_WARM_UP_TIME) >= 0) {
            Length half = new ByTime(Duration.ofSeconds(Math.round((rx.duration().toMillis() - millis) / 2000.0)));
            return new Length[] {half, half};
        }
        return new Length[] {new UntilLap(), new UntilLap()};
    }

    private static Target target(PaceTarget target) {
        if (target instanceof PaceTarget.AtPace p) {
            return speed(p.pace());
        }
        if (target instanceof PaceTarget.InZone z) {
            return new WorkoutStep.HeartRateZone(z.zone());
        }
        return new WorkoutStep.Open();
    }

    private static Target speed(Pace pace) {
        double metresPerSecond = 1000 / pace.secondsPerKilometre();
        return new WorkoutStep.Speed(metresPerSecond * (1 - PACE_WINDOW), metresPerSecond * (1 + PACE_WINDOW));
    }

    /** A number the watch keeps apart from other workouts, fixed per planned session (see FitWorkout). */
    private static long serial(PlannedSession session) {
        UUID id = session.id().value();
        long folded = id.getMostSignificantBits() ^ id.getLeastSignificantBits();
        long serial = (folded ^ (folded >>> 32)) & 0xFFFF_FFFFL;
        return serial == 0 || serial == 0xFFFF_FFFFL ? 1 : serial;
    }

    /** Step names in the user's units: "1 km @ 4:30 /km", "Recover 400 m", "Warm up 2.0 km". */
    private record Words(UnitPreferences units, Modality modality) {

        String work(Length length, Target target) {
            String what = length(length);
            if (target instanceof WorkoutStep.Speed s) {
                double mid = (s.low() + s.high()) / 2;
                return what + " @ " + units.format(new Pace(1000 / mid), modality);
            }
            if (target instanceof WorkoutStep.HeartRateZone z) {
                return what + ", zone " + z.zone();
            }
            return what;
        }

        String around(String what, Length length) {
            return length instanceof UntilLap ? what : what + " " + length(length);
        }

        private String length(Length length) {
            if (length instanceof ByDistance d) {
                double metres = d.distance().metres();
                return metres < 1000 && metres == Math.rint(metres) ? Math.round(metres) + " m"
                        : units.format(d.distance());
            }
            if (length instanceof ByTime t) {
                long seconds = Math.round(t.time().toMillis() / 1000.0);
                return seconds % 60 == 0 ? seconds / 60 + " min" : Durations.clock(t.time());
            }
            return "until lap";
        }
    }
}

package app.overload.progression;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import app.overload.domain.Distance;
import app.overload.domain.ExerciseId;
import app.overload.domain.Interval;
import app.overload.domain.LoadTarget;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.Pace;
import app.overload.domain.PaceTarget;
import app.overload.domain.PlateMath;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;

/**
 * Copies of prescriptions with one number changed. The engine builds its suggestions with these, and a view
 * model uses them when the user edits a suggested number before accepting it.
 */
public final class Prescriptions {

    private Prescriptions() {
    }

    /**
     * The prescription with its fixed work loads moved so the heaviest is {@code top}: equal sets all become
     * {@code top}; a pyramid keeps its shape, each set rounded down to plates. Warm-ups and RPE or %TM sets stay.
     */
    public static Prescription.Strength withTopLoad(Prescription.Strength rx, Mass top, MassUnit unit) {
        Mass oldTop = PrescribedLoads.topFixed(rx);
        List<PrescribedSet> sets = new ArrayList<>();
        for (PrescribedSet s : rx.sets()) {
            if (s.kind().isWork() && s.load() instanceof LoadTarget.Fixed f) {
                Mass load = oldTop == null || oldTop.isZero() || f.load().sameAs(oldTop) ? top
                        : PlateMath.down(top.kilograms() * f.load().kilograms() / oldTop.kilograms(), null, unit);
                sets.add(new PrescribedSet(s.reps(), s.kind(), new LoadTarget.Fixed(load), s.rpeCap()));
            } else {
                sets.add(s);
            }
        }
        return new Prescription.Strength(rx.exercise(), sets, rx.rule());
    }

    /**
     * Every fixed work load moved to the nearest weight the user can load in their unit ({@link PlateMath#nearest});
     * loads already on a plate stay exactly as they are.
     */
    public static Prescription.Strength loadable(Prescription.Strength rx, Mass increment, MassUnit unit) {
        List<PrescribedSet> sets = new ArrayList<>();
        boolean moved = false;
        for (PrescribedSet s : rx.sets()) {
            if (s.kind().isWork() && s.load() instanceof LoadTarget.Fixed f) {
                Mass load = PlateMath.nearest(f.load(), increment, unit);
                moved |= load != f.load();
                sets.add(new PrescribedSet(s.reps(), s.kind(), new LoadTarget.Fixed(load), s.rpeCap()));
            } else {
                sets.add(s);
            }
        }
        return moved ? new Prescription.Strength(rx.exercise(), sets, rx.rule()) : rx;
    }

    /**
     * True when two prescriptions differ by no more than a unit round trip can make: loads within a gram, distances
     * within a centimetre, paces within a hundredth of a second per kilometre. A suggestion this close to the plan
     * is the plan, so it never shows as a change.
     */
    public static boolean same(Prescription a, Prescription b) {
        if (a.equals(b)) {
            return true;
        }
        if (a instanceof Prescription.Strength x && b instanceof Prescription.Strength y) {
            if (!x.exercise().equals(y.exercise()) || !x.rule().equals(y.rule()) || x.sets().size() != y.sets().size()) {
                return false;
            }
            for (int i = 0; i < x.sets().size(); i++) {
                PrescribedSet p = x.sets().get(i);
                PrescribedSet q = y.sets().get(i);
                boolean load = p.load() instanceof LoadTarget.Fixed f && q.load() instanceof LoadTarget.Fixed g
                        ? f.load().sameAs(g.load()) : p.load().equals(q.load());
                if (!load || p.reps() != q.reps() || p.kind() != q.kind()
                        || !Objects.equals(p.rpeCap(), q.rpeCap())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Prescription.Endurance x && b instanceof Prescription.Endurance y) {
            boolean target = x.target() instanceof PaceTarget.AtPace p && y.target() instanceof PaceTarget.AtPace q
                    ? Math.abs(p.pace().secondsPerKilometre() - q.pace().secondsPerKilometre()) < 0.01
                    : Objects.equals(x.target(), y.target());
            boolean distance = x.distance() == null ? y.distance() == null
                    : y.distance() != null && Math.abs(x.distance().metres() - y.distance().metres()) < 0.01;
            return target && distance && x.modality() == y.modality() && x.rule().equals(y.rule())
                    && Objects.equals(x.duration(), y.duration()) && x.intervals().equals(y.intervals());
        }
        return false;
    }

    /** Every set given a fixed load of {@code load} (RPE targets become a cap at the same RPE). */
    public static Prescription.Strength withFixedLoads(Prescription.Strength rx, List<Mass> loads) {
        List<PrescribedSet> sets = new ArrayList<>();
        for (int i = 0; i < rx.sets().size(); i++) {
            PrescribedSet s = rx.sets().get(i);
            Mass load = loads.get(Math.min(i, loads.size() - 1));
            var cap = s.load() instanceof LoadTarget.AtRpe r ? r.rpe() : s.rpeCap();
            sets.add(new PrescribedSet(s.reps(), s.kind(), new LoadTarget.Fixed(load), cap));
        }
        return new Prescription.Strength(rx.exercise(), sets, rx.rule());
    }

    /** The first {@code count} work sets, warm-ups kept: a deload's halved sets. */
    public static Prescription.Strength withWorkSets(Prescription.Strength rx, int count) {
        List<PrescribedSet> sets = new ArrayList<>();
        int work = 0;
        for (PrescribedSet s : rx.sets()) {
            if (!s.kind().isWork() || work++ < count) {
                sets.add(s);
            }
        }
        return sets.isEmpty() ? rx : new Prescription.Strength(rx.exercise(), sets, rx.rule());
    }

    /** Every work set aiming at {@code reps}. */
    public static Prescription.Strength withReps(Prescription.Strength rx, int reps) {
        List<PrescribedSet> sets = new ArrayList<>();
        for (PrescribedSet s : rx.sets()) {
            sets.add(s.kind().isWork() ? new PrescribedSet(reps, s.kind(), s.load(), s.rpeCap()) : s);
        }
        return new Prescription.Strength(rx.exercise(), sets, rx.rule());
    }

    public static Prescription.Strength withRule(Prescription.Strength rx, ProgressionRule rule) {
        return new Prescription.Strength(rx.exercise(), rx.sets(), rule);
    }

    /** {@code sets} × {@code reps} of {@code exercise} at {@code load}. */
    public static Prescription.Strength of(ExerciseId exercise, int sets, int reps, Mass load, ProgressionRule rule) {
        return Prescription.Strength.sets(exercise, sets, reps, load, rule);
    }

    /** The same session at another pace. */
    public static Prescription.Endurance withPace(Prescription.Endurance rx, Pace pace) {
        return new Prescription.Endurance(rx.modality(), rx.distance(), rx.duration(), new PaceTarget.AtPace(pace),
                rx.intervals(), rx.rule());
    }

    /** The same session over another distance (the duration, if any, keeps the pace). */
    public static Prescription.Endurance withDistance(Prescription.Endurance rx, Distance distance) {
        Duration duration = rx.duration();
        if (duration != null && rx.distance() != null && !rx.distance().isZero()) {
            duration = Duration.ofMillis(Math.round(duration.toMillis() * distance.metres() / rx.distance().metres()));
        }
        return new Prescription.Endurance(rx.modality(), distance, duration, rx.target(), rx.intervals(), rx.rule());
    }

    /** The same session for another time. */
    public static Prescription.Endurance withDuration(Prescription.Endurance rx, Duration duration) {
        return new Prescription.Endurance(rx.modality(), rx.distance(), duration, rx.target(), rx.intervals(),
                rx.rule());
    }

    /** The same intervals with a different number of repeats of the first set; the total distance follows. */
    public static Prescription.Endurance withRepeats(Prescription.Endurance rx, int repeats) {
        List<Interval> intervals = new ArrayList<>(rx.intervals());
        Interval first = intervals.get(0);
        intervals.set(0, new Interval(repeats, first.workDistance(), first.workDuration(), first.recoveryDistance(),
                first.recoveryDuration()));
        Distance total = rx.distance();
        if (total != null) {
            double perRepeat = metres(first.workDistance()) + metres(first.recoveryDistance());
            total = Distance.metres(Math.max(1, Math.min(Distance.MAX_METRES,
                    total.metres() + (repeats - first.repeats()) * perRepeat)));
        }
        return new Prescription.Endurance(rx.modality(), total, rx.duration(), rx.target(), intervals, rx.rule());
    }

    private static double metres(Distance d) {
        return d == null ? 0 : d.metres();
    }
}

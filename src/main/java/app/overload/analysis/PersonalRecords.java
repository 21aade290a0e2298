package app.overload.analysis;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import app.overload.domain.ActivityEntry;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.Rpe;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.progression.OneRepMax;

/**
 * Which records a session set, against the bests of the sessions before it: the heaviest completed set, the best
 * estimated max (the strength chart's), the most reps at a load (or a heavier one), the best volume of an exercise
 * in a session, and the fastest pace of an entry over a distance of its sport. A first time sets no record: there is
 * nothing to beat, as on the charts.
 */
public final class PersonalRecords {

    static final double HALF_MARATHON = 21_097.5;
    static final double MARATHON = 42_195;
    /** An entry this much short of a distance still counts as covering it (a watch's rounding). */
    static final double SHORT_BY = 0.01;
    private static final double SAME_KG = 0.001;

    private static final Map<Modality, double[]> DISTANCES = new EnumMap<>(Modality.class);

    static {
        double[] onFoot = {1_000, 5_000, 10_000, HALF_MARATHON, MARATHON};
        DISTANCES.put(Modality.RUN, onFoot);
        DISTANCES.put(Modality.WALK, onFoot);
        DISTANCES.put(Modality.RIDE, new double[] {10_000, 20_000, 40_000, 100_000});
        DISTANCES.put(Modality.ROW, new double[] {500, 2_000, 5_000, 10_000});
        DISTANCES.put(Modality.SWIM, new double[] {100, 400, 1_000, 1_500, 3_800});
    }

    private PersonalRecords() {
    }

    /** A work set done for reps: at least one rep, under a load. */
    public record Lift(ExerciseId exercise, int reps, double kilograms, Double rpe, boolean failed) {
        public Lift {
            Objects.requireNonNull(exercise, "exercise");
        }

        double estimate() {
            return OneRepMax.estimate(Mass.kilograms(kilograms), reps, rpe == null ? null : Rpe.of(rpe)).kilograms();
        }
    }

    /** An endurance entry with a distance. */
    public record Run(Modality modality, double metres, double seconds) {
        double secondsPerKilometre() {
            return seconds / (metres / 1000);
        }
    }

    /** The work of one exercise in one session, reps × kg. */
    public record Volume(ExerciseId exercise, double kilograms) {
    }

    /** What one session did, as far as records go. */
    public record Performance(SessionId session, LocalDateTime start, List<Lift> lifts, List<Volume> volumes,
            List<Run> runs) {
        public Performance {
            lifts = List.copyOf(lifts);
            volumes = List.copyOf(volumes);
            runs = List.copyOf(runs);
        }

        public static Performance of(Session session) {
            List<Lift> lifts = new ArrayList<>();
            Map<ExerciseId, Double> volume = new LinkedHashMap<>();
            List<Run> runs = new ArrayList<>();
            for (ActivityEntry e : session.entries()) {
                if (e instanceof StrengthEntry s) {
                    for (StrengthSet set : s.workSets()) {
                        if (set.reps() > 0 && !set.load().isZero()) {
                            lifts.add(new Lift(s.exercise(), set.reps(), set.load().kilograms(),
                                    set.rpe() == null ? null : set.rpe().value(), set.failed()));
                        }
                    }
                    volume.merge(s.exercise(), s.volumeKilograms(), Double::sum);
                } else if (e instanceof EnduranceEntry en && en.distance() != null && !en.distance().isZero()) {
                    runs.add(new Run(en.modality(), en.distance().metres(), en.duration().toMillis() / 1000.0));
                }
            }
            List<Volume> volumes = new ArrayList<>();
            volume.forEach((id, kg) -> volumes.add(new Volume(id, kg)));
            return new Performance(session.id(), session.start(), lifts, volumes, runs);
        }
    }

    /** The bests so far, per exercise and per sport and distance. Fed in any order; keeps only the best. */
    public static final class Bests {
        /** Per exercise: load (kg) → most reps in a completed set at it. */
        private final Map<ExerciseId, TreeMap<Double, Integer>> repsAtLoad = new HashMap<>();
        private final Map<ExerciseId, Double> estimate = new HashMap<>();
        private final Map<ExerciseId, Double> volume = new HashMap<>();
        /** Per sport: distance (m) → fastest seconds per km over it or more. */
        private final Map<Modality, Map<Double, Double>> pace = new EnumMap<>(Modality.class);

        public void add(Lift lift) {
            estimate.merge(lift.exercise(), lift.estimate(), Math::max);
            if (!lift.failed()) {
                repsAtLoad.computeIfAbsent(lift.exercise(), k -> new TreeMap<>()).merge(lift.kilograms(),
                        lift.reps(), Math::max);
            }
        }

        public void add(Volume v) {
            volume.merge(v.exercise(), v.kilograms(), Math::max);
        }

        public void add(Run run) {
            for (double d : DISTANCES.getOrDefault(run.modality(), new double[0])) {
                if (run.metres() >= d * (1 - SHORT_BY)) {
                    pace.computeIfAbsent(run.modality(), k -> new HashMap<>()).merge(d, run.secondsPerKilometre(),
                            Math::min);
                }
            }
        }

        public void add(Performance p) {
            p.lifts().forEach(this::add);
            p.volumes().forEach(this::add);
            p.runs().forEach(this::add);
        }

        /** The most reps in a completed set at {@code kilograms} or more; null when there was none. */
        Integer mostRepsAtOrAbove(ExerciseId exercise, double kilograms) {
            TreeMap<Double, Integer> loads = repsAtLoad.get(exercise);
            if (loads == null) {
                return null;
            }
            Integer most = null;
            for (int reps : loads.tailMap(kilograms - SAME_KG, true).values()) {
                most = most == null ? reps : Math.max(most, reps);
            }
            return most;
        }

        Double heaviest(ExerciseId exercise) {
            TreeMap<Double, Integer> loads = repsAtLoad.get(exercise);
            return loads == null || loads.isEmpty() ? null : loads.lastKey();
        }

        boolean knows(ExerciseId exercise) {
            return estimate.containsKey(exercise) || volume.containsKey(exercise);
        }
    }

    /** The records {@code session} sets against {@code before}, per exercise in the session's order, then runs. */
    public static List<PersonalRecord> of(Performance session, Bests before) {
        List<PersonalRecord> found = new ArrayList<>();
        Set<ExerciseId> exercises = new LinkedHashSet<>();
        session.lifts().forEach(l -> exercises.add(l.exercise()));
        session.volumes().forEach(v -> exercises.add(v.exercise()));
        for (ExerciseId exercise : exercises) {
            if (before.knows(exercise)) {
                lifts(exercise, session, before, found);
            }
        }
        for (Run run : session.runs()) {
            fastest(run, before).ifPresent(found::add);
        }
        return found;
    }

    private static void lifts(ExerciseId exercise, Performance session, Bests before, List<PersonalRecord> found) {
        List<Lift> sets = session.lifts().stream().filter(l -> l.exercise().equals(exercise)).toList();
        Lift heaviest = null;
        Lift bestEstimate = null;
        Lift moreReps = null;
        for (Lift l : sets) {
            if (!l.failed() && (heaviest == null || l.kilograms() > heaviest.kilograms() + SAME_KG
                    || Math.abs(l.kilograms() - heaviest.kilograms()) <= SAME_KG && l.reps() > heaviest.reps())) {
                heaviest = l;
            }
            if (bestEstimate == null || l.estimate() > bestEstimate.estimate()) {
                bestEstimate = l;
            }
            Integer most = l.failed() ? null : before.mostRepsAtOrAbove(exercise, l.kilograms());
            if (most != null && l.reps() > most && (moreReps == null || l.kilograms() > moreReps.kilograms())) {
                moreReps = l;
            }
        }
        Double heaviestBefore = before.heaviest(exercise);
        if (heaviest != null && heaviestBefore != null && heaviest.kilograms() > heaviestBefore + SAME_KG) {
            found.add(new PersonalRecord.HeaviestSet(exercise, Mass.kilograms(heaviest.kilograms()),
                    heaviest.reps()));
        }
        Double estimateBefore = before.estimate.get(exercise);
        if (bestEstimate != null && estimateBefore != null && bestEstimate.estimate() > estimateBefore + SAME_KG) {
            found.add(new PersonalRecord.BestEstimate(exercise, Mass.kilograms(Math.min(bestEstimate.estimate(),
                    Mass.MAX_KILOGRAMS))));
        }
        if (moreReps != null) {
            found.add(new PersonalRecord.MostReps(exercise, Mass.kilograms(moreReps.kilograms()), moreReps.reps()));
        }
        Double volumeBefore = before.volume.get(exercise);
        double volume = session.volumes().stream().filter(v -> v.exercise().equals(exercise))
                .mapToDouble(Volume::kilograms).sum();
        if (volumeBefore != null && volume > volumeBefore + SAME_KG) {
            found.add(new PersonalRecord.BestVolume(exercise, volume));
        }
    }

    /** The longest distance over which the run is faster than every earlier entry that covered it. */
    private static Optional<PersonalRecord> fastest(Run run, Bests before) {
        double[] distances = DISTANCES.getOrDefault(run.modality(), new double[0]);
        Map<Double, Double> best = before.pace.getOrDefault(run.modality(), Map.of());
        for (int i = distances.length - 1; i >= 0; i--) {
            double d = distances[i];
            Double fastest = best.get(d);
            if (run.metres() >= d * (1 - SHORT_BY) && fastest != null && run.secondsPerKilometre() < fastest - 1e-6) {
                return Optional.of(new PersonalRecord.FastestPace(run.modality(), Distance.metres(d),
                        new Pace(run.secondsPerKilometre())));
            }
        }
        return Optional.empty();
    }

    /**
     * The records of each session of a stretch of history, oldest first, each against {@code before} and the
     * sessions of the stretch before it. {@code before} is moved on to the end of the stretch.
     */
    public static Map<SessionId, List<PersonalRecord>> walk(Bests before, List<Performance> chronological) {
        Map<SessionId, List<PersonalRecord>> bySession = new LinkedHashMap<>();
        for (Performance p : chronological) {
            List<PersonalRecord> records = of(p, before);
            if (!records.isEmpty()) {
                bySession.put(p.session(), records);
            }
            before.add(p);
        }
        return bySession;
    }
}

package app.overload.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import app.overload.domain.AthleteSettings;
import app.overload.domain.LoadMeasure;
import app.overload.progression.HeartRateLoad;

/**
 * The load of each session in the measure the athlete chose. Session RPE × minutes is every session's with an RPE.
 * A heart-rate load (TRIMP or hrTSS) is the sum over the session's entries with a heart rate; a session without one
 * falls back to its RPE × minutes, scaled by the athlete's own ratio of heart-rate load to RPE × minutes (the median
 * over sessions that have both, once there are {@value #MIN_PAIRS}), so a strength day weighs about what it would in
 * heart-rate units. Each session's load says where it came from.
 */
public final class SessionLoads {

    /** Sessions with both loads needed before the ratio is trusted; with fewer, RPE × minutes counts as it is. */
    static final int MIN_PAIRS = 5;

    /** Where a session's load came from. */
    public enum Source {
        HEART_RATE, RPE, NONE
    }

    private final LoadMeasure measure;
    private final List<SessionRow> sessions;
    private final double[] loads;
    private final Source[] sources;
    private final double rpeScale;
    private final int pairs;

    private SessionLoads(LoadMeasure measure, List<SessionRow> sessions, double[] loads, Source[] sources,
            double rpeScale, int pairs) {
        this.measure = measure;
        this.sessions = sessions;
        this.loads = loads;
        this.sources = sources;
        this.rpeScale = rpeScale;
        this.pairs = pairs;
    }

    /**
     * @param sessions  every session, oldest first
     * @param endurance the endurance entries, naming their session's row id (only needed for heart-rate loads)
     */
    public static SessionLoads of(List<SessionRow> sessions, List<EnduranceRow> endurance, AthleteSettings athlete) {
        LoadMeasure measure = athlete.effectiveLoadMeasure();
        double[] loads = new double[sessions.size()];
        Source[] sources = new Source[sessions.size()];
        Arrays.fill(sources, Source.NONE);
        if (!measure.fromHeartRate()) {
            for (int i = 0; i < loads.length; i++) {
                OptionalDouble rpe = sessions.get(i).load();
                if (rpe.isPresent()) {
                    loads[i] = rpe.getAsDouble();
                    sources[i] = Source.RPE;
                }
            }
            return new SessionLoads(measure, sessions, loads, sources, 1, 0);
        }
        Map<Long, Double> heartRate = new HashMap<>();
        for (EnduranceRow r : endurance) {
            OptionalDouble load = HeartRateLoad.of(r.seconds(), r.heartRate(), r.recording(), athlete, measure);
            if (load.isPresent()) {
                heartRate.merge(r.session(), load.getAsDouble(), Double::sum);
            }
        }
        List<Double> ratios = new ArrayList<>();
        for (SessionRow s : sessions) {
            Double hr = heartRate.get(s.id());
            OptionalDouble rpe = s.load();
            if (hr != null && rpe.isPresent() && rpe.getAsDouble() > 0) {
                ratios.add(hr / rpe.getAsDouble());
            }
        }
        double scale = ratios.size() >= MIN_PAIRS ? median(ratios) : 1;
        for (int i = 0; i < loads.length; i++) {
            SessionRow s = sessions.get(i);
            Double hr = heartRate.get(s.id());
            if (hr != null) {
                loads[i] = hr;
                sources[i] = Source.HEART_RATE;
            } else if (s.load().isPresent()) {
                loads[i] = s.load().getAsDouble() * scale;
                sources[i] = Source.RPE;
            }
        }
        return new SessionLoads(measure, sessions, loads, sources, scale, ratios.size());
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** The measure the loads are in: the chosen one, or session RPE while its heart rates are not all set. */
    public LoadMeasure measure() {
        return measure;
    }

    public int size() {
        return loads.length;
    }

    public SessionRow session(int i) {
        return sessions.get(i);
    }

    public double load(int i) {
        return loads[i];
    }

    public Source source(int i) {
        return sources[i];
    }

    /** What RPE × minutes was multiplied by for sessions without heart rate; 1 for session RPE itself. */
    public double rpeScale() {
        return rpeScale;
    }

    /** Sessions with both a heart-rate load and an RPE, from which {@link #rpeScale()} was found. */
    public int pairs() {
        return pairs;
    }

    /** Whether any session has a load at all. */
    public boolean any() {
        return Arrays.stream(sources).anyMatch(s -> s != Source.NONE);
    }
}

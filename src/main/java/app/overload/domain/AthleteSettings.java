package app.overload.domain;

import java.util.Optional;

/**
 * What the logbook knows of the athlete's heart and running, each optional, and how loads are counted. Zones come
 * from the threshold heart rate when it is known, else from the maximum; the user may move their bounds.
 *
 * @param maxHeartRate       the highest heart rate the athlete reaches, bpm, or null
 * @param restingHeartRate   on waking, bpm, or null
 * @param thresholdHeartRate lactate-threshold heart rate (LTHR), bpm, or null
 * @param thresholdPace      the pace the athlete holds for about an hour, or null
 * @param zones              zone bounds the user set, or null for the defaults; used only while its basis is the one
 *                           in effect ({@link #zoneBasis()}), so adding an LTHR brings LTHR zones
 * @param loadMeasure        which load drives fitness, fatigue and the acute:chronic ratio
 * @param trimpCurve         Banister's weighting for TRIMP and hrTSS
 */
public record AthleteSettings(Integer maxHeartRate, Integer restingHeartRate, Integer thresholdHeartRate,
        Pace thresholdPace, ZoneScheme zones, LoadMeasure loadMeasure, TrimpCurve trimpCurve) {

    /** A logbook that knows nothing of the athlete: session RPE drives the loads, no zones. */
    public static final AthleteSettings NONE = new AthleteSettings(null, null, null, null, null,
            LoadMeasure.SESSION_RPE, TrimpCurve.MEN);

    /** Faster than this for an hour is a world record; slower is no threshold run. */
    public static final double FASTEST_THRESHOLD_S_PER_KM = 150;
    public static final double SLOWEST_THRESHOLD_S_PER_KM = 900;

    public AthleteSettings {
        Checks.required(loadMeasure, "load measure");
        Checks.required(trimpCurve, "TRIMP curve");
        if (maxHeartRate != null) {
            Checks.intInRange(maxHeartRate, 100, 250, "max heart rate");
        }
        if (restingHeartRate != null) {
            Checks.intInRange(restingHeartRate, 25, 120, "resting heart rate");
        }
        if (thresholdHeartRate != null) {
            Checks.intInRange(thresholdHeartRate, 80, 240, "threshold heart rate");
        }
        below(restingHeartRate, "resting heart rate", thresholdHeartRate, "threshold heart rate");
        below(restingHeartRate, "resting heart rate", maxHeartRate, "max heart rate");
        below(thresholdHeartRate, "threshold heart rate", maxHeartRate, "max heart rate");
        if (thresholdPace != null && (thresholdPace.secondsPerKilometre() < FASTEST_THRESHOLD_S_PER_KM
                || thresholdPace.secondsPerKilometre() > SLOWEST_THRESHOLD_S_PER_KM)) {
            throw new InvalidValueException("threshold pace", "Threshold pace must be between "
                    + UnitPreferences.METRIC.format(new Pace(FASTEST_THRESHOLD_S_PER_KM)) + " and "
                    + UnitPreferences.METRIC.format(new Pace(SLOWEST_THRESHOLD_S_PER_KM)) + ".");
        }
    }

    private static void below(Integer low, String lowName, Integer high, String highName) {
        if (low != null && high != null && low >= high) {
            throw new InvalidValueException(highName, Checks.capitalised(highName) + " (" + high
                    + ") must be above the " + lowName + " (" + low + ").");
        }
    }

    /** LTHR when known, else HRmax; empty when neither is. */
    public Optional<ZoneBasis> zoneBasis() {
        return thresholdHeartRate != null ? Optional.of(ZoneBasis.THRESHOLD)
                : maxHeartRate != null ? Optional.of(ZoneBasis.MAXIMUM) : Optional.empty();
    }

    /** The bounds in effect: the user's, when set for the basis in effect, else that basis's defaults. */
    public Optional<ZoneScheme> scheme() {
        return zoneBasis().map(basis -> zones != null && zones.basis() == basis ? zones : ZoneScheme.defaults(basis));
    }

    /** The athlete's five zones in bpm; empty without a threshold or maximum heart rate. */
    public Optional<HeartRateZones> heartRateZones() {
        return scheme().map(s -> s.at(s.basis() == ZoneBasis.THRESHOLD ? thresholdHeartRate : maxHeartRate));
    }

    /** Why {@code measure} cannot be computed from these settings, or empty when it can. */
    public Optional<String> missingFor(LoadMeasure measure) {
        if (measure == LoadMeasure.SESSION_RPE) {
            return Optional.empty();
        }
        StringBuilder missing = new StringBuilder();
        if (maxHeartRate == null) {
            missing.append("maximum");
        }
        if (restingHeartRate == null) {
            missing.append(missing.length() > 0 ? ", " : "").append("resting");
        }
        if (measure == LoadMeasure.HR_TSS && thresholdHeartRate == null) {
            missing.append(missing.length() > 0 ? ", " : "").append("threshold");
        }
        if (missing.length() == 0) {
            return Optional.empty();
        }
        String list = missing.toString();
        int last = list.lastIndexOf(", ");
        if (last >= 0) {
            list = list.substring(0, last) + " and " + list.substring(last + 2);
        }
        return Optional.of(measure.unit() + " needs your " + list + " heart rate.");
    }

    /** The measure that really drives the loads: the chosen one, or session RPE while its heart rates are missing. */
    public LoadMeasure effectiveLoadMeasure() {
        return missingFor(loadMeasure).isPresent() ? LoadMeasure.SESSION_RPE : loadMeasure;
    }

    public AthleteSettings withLoadMeasure(LoadMeasure measure) {
        return new AthleteSettings(maxHeartRate, restingHeartRate, thresholdHeartRate, thresholdPace, zones, measure,
                trimpCurve);
    }
}

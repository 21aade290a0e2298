package app.overload.domain;

/**
 * Which session load drives fitness, fatigue, form, the acute:chronic ratio, monotony and strain. The heart-rate
 * loads need the athlete's heart rates; sessions without heart rate fall back to session RPE (docs/charts.md).
 */
public enum LoadMeasure {
    /** Session RPE × minutes (Foster 2001): every session with an RPE counts. */
    SESSION_RPE("Session RPE × minutes", "RPE × min"),
    /** Banister's training impulse from heart-rate reserve; needs maximum and resting heart rate. */
    TRIMP("Banister TRIMP", "TRIMP"),
    /** TRIMP scaled so an hour at threshold heart rate is 100; needs maximum, resting and threshold heart rate. */
    HR_TSS("hrTSS (an hour at threshold = 100)", "hrTSS");

    private final String label;
    private final String unit;

    LoadMeasure(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    /** The short name after a number or on an axis: "RPE × min", "TRIMP", "hrTSS". */
    public String unit() {
        return unit;
    }

    public boolean fromHeartRate() {
        return this != SESSION_RPE;
    }
}

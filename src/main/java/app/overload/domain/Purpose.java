package app.overload.domain;

/**
 * What a training session is for. Every training session has one; endurance purposes carry the intensity zone
 * they aim at, which feeds the intensity distribution when no heart rate is logged.
 */
public enum Purpose {
    EASY_AEROBIC("Easy aerobic", Intensity.EASY),
    RECOVERY("Recovery", Intensity.EASY),
    LONG_RUN("Long run", Intensity.EASY),
    TEMPO("Tempo / threshold", Intensity.MODERATE),
    INTERVALS("Intervals", Intensity.HARD),
    HILLS("Hill repeats", Intensity.HARD),
    RACE("Race", Intensity.HARD),
    HEAVY_STRENGTH("Heavy strength", null),
    VOLUME_STRENGTH("Volume strength", null),
    TECHNIQUE("Technique", null),
    DELOAD("Deload", null),
    MOBILITY("Mobility", null),
    OTHER("Other", null);

    private final String label;
    private final Intensity intensity;

    Purpose(String label, Intensity intensity) {
        this.label = label;
        this.intensity = intensity;
    }

    public String label() {
        return label;
    }

    /** The intended endurance intensity, or null for purposes that are not endurance work. */
    public Intensity intensity() {
        return intensity;
    }

    public boolean isEndurance() {
        return intensity != null;
    }
}

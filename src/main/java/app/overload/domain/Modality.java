package app.overload.domain;

/**
 * How an endurance entry moves. Each modality knows the fastest pace a person could plausibly log, so that a
 * typo such as a 1 min/km "run" is caught, and whether people read it as pace or as speed.
 */
public enum Modality {
    RUN("Run", 100, false),
    WALK("Walk", 200, false),
    RIDE("Ride", 36, true),
    ROW("Row", 140, false),
    SWIM("Swim", 450, false),
    STAIRS("Stairs", 100, false),
    ELLIPTICAL("Elliptical", 100, false),
    OTHER("Other", 36, true);

    private final String label;
    private final double fastestSecondsPerKm;
    private final boolean showsSpeed;

    Modality(String label, double fastestSecondsPerKm, boolean showsSpeed) {
        this.label = label;
        this.fastestSecondsPerKm = fastestSecondsPerKm;
        this.showsSpeed = showsSpeed;
    }

    public String label() {
        return label;
    }

    /** The fastest pace accepted for this modality; anything quicker is a typing error. */
    public Pace fastestPlausiblePace() {
        return new Pace(fastestSecondsPerKm);
    }

    /** Rides are read as km/h or mph; everything else as time per distance. */
    public boolean showsSpeed() {
        return showsSpeed;
    }
}

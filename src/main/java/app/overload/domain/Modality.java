package app.overload.domain;

import java.util.Locale;
import java.util.function.Function;

/**
 * How an endurance entry moves. Each modality knows the fastest pace a person could plausibly log, so that a
 * typo such as a 1 min/km "run" is caught, and whether people read it as pace or as speed.
 */
public enum Modality {
    RUN("Run", 100, false, 0),
    WALK("Walk", 200, false, 0),
    RIDE("Ride", 36, true, 0),
    ROW("Row", 140, false, 500),
    SWIM("Swim", 450, false, 100),
    STAIRS("Stairs", 100, false, 0),
    ELLIPTICAL("Elliptical", 100, false, 0),
    OTHER("Other", 36, true, 0);

    private final String label;
    private final double fastestSecondsPerKm;
    private final boolean showsSpeed;
    private final int paceMetres;

    Modality(String label, double fastestSecondsPerKm, boolean showsSpeed, int paceMetres) {
        this.label = label;
        this.fastestSecondsPerKm = fastestSecondsPerKm;
        this.showsSpeed = showsSpeed;
        this.paceMetres = paceMetres;
    }

    /**
     * The fixed distance this sport states its pace over, whatever the user's units: 500 m for rowing (the ergometer's
     * split), 100 m for swimming; 0 when pace follows the user's km or mile.
     */
    public int paceMetres() {
        return paceMetres;
    }

    public String label() {
        return label;
    }

    /** The fastest pace accepted for this modality; anything quicker is a typing error. */
    public Pace fastestPlausiblePace() {
        return new Pace(fastestSecondsPerKm);
    }

    /**
     * Refuses a pace faster than anyone can go in this modality, the one limit for what is logged and what is
     * planned. The paces in the message are written by {@code format} (the domain writes km, the forms the user's
     * units); {@code advice} says what to check.
     */
    public void checkPlausible(Pace pace, String field, Function<Pace, String> format, String advice) {
        Pace fastest = fastestPlausiblePace();
        if (pace.isFasterThan(fastest)) {
            throw new InvalidValueException(field, "A " + label.toLowerCase(Locale.ROOT) + " at " + format.apply(pace)
                    + " is faster than anyone can go (limit " + format.apply(fastest) + "): " + advice + ".");
        }
    }

    /** Rides are read as km/h or mph; everything else as time per distance. */
    public boolean showsSpeed() {
        return showsSpeed;
    }
}

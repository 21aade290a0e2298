package app.overload.domain;

/** A distance in metres. Zero is allowed; negative, non-finite or absurd values are not. */
public record Distance(double metres) implements Comparable<Distance> {

    public static final double METRES_PER_MILE = 1609.344;
    /** Longer than any single session a person logs (a 24-hour ride is well under 1,000 km). */
    public static final double MAX_METRES = 1_000_000;
    public static final Distance ZERO = new Distance(0);

    public Distance {
        Checks.finiteInRange(metres, 0, MAX_METRES, "distance", "m");
    }

    public static Distance metres(double m) {
        return new Distance(m);
    }

    public static Distance kilometres(double km) {
        return new Distance(km * 1000);
    }

    public static Distance miles(double mi) {
        return new Distance(mi * METRES_PER_MILE);
    }

    public static Distance of(double value, DistanceUnit unit) {
        return unit == DistanceUnit.KM ? kilometres(value) : miles(value);
    }

    public double kilometres() {
        return metres / 1000;
    }

    public double miles() {
        return metres / METRES_PER_MILE;
    }

    public double in(DistanceUnit unit) {
        return unit == DistanceUnit.KM ? kilometres() : miles();
    }

    public Distance plus(Distance other) {
        return new Distance(metres + other.metres);
    }

    public Distance times(double factor) {
        return new Distance(metres * factor);
    }

    public boolean isZero() {
        return metres == 0;
    }

    @Override
    public int compareTo(Distance other) {
        return Double.compare(metres, other.metres);
    }
}

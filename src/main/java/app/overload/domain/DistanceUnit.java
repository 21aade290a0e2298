package app.overload.domain;

/** The unit a user sees distances and paces in. Storage is always metres. */
public enum DistanceUnit {
    KM("km", 1000),
    MI("mi", Distance.METRES_PER_MILE);

    private final String symbol;
    private final double metres;

    DistanceUnit(String symbol, double metres) {
        this.symbol = symbol;
        this.metres = metres;
    }

    public String symbol() {
        return symbol;
    }

    /** Metres in one of this unit. */
    public double metres() {
        return metres;
    }
}

package app.overload.domain;

/** The unit a user sees loads in. Storage is always kilograms. */
public enum MassUnit {
    KG("kg", 2.5),
    LB("lb", 5);

    private final String symbol;
    private final double smallestStep;

    MassUnit(String symbol, double smallestStep) {
        this.symbol = symbol;
        this.smallestStep = smallestStep;
    }

    public String symbol() {
        return symbol;
    }

    /** The usual smallest jump on a barbell in this unit (a pair of the smallest common plates). */
    public double smallestStep() {
        return smallestStep;
    }
}

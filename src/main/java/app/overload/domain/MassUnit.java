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

    /** The usual smallest jump on a barbell in this unit (a pair of the smallest common plates): 2.5 kg, 5 lb. */
    public double smallestStep() {
        return smallestStep;
    }

    /**
     * An amount of plates written in {@code from}, as the same plates in this unit: lifters swap a 2.5 kg step for
     * a 5 lb one and a 5 kg step for 10 lb (TRAINING-RULES.md), not for 5.51 lb. Both in this unit's numbers.
     */
    public double samePlates(double amount, MassUnit from) {
        return amount * smallestStep / from.smallestStep;
    }

    /** The other unit: pounds for kilograms and back. */
    public MassUnit other() {
        return this == KG ? LB : KG;
    }
}

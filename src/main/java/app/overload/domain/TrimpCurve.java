package app.overload.domain;

/**
 * Banister's weighting of heart-rate reserve in the training impulse: y = a · e^(b · x), with the constants fitted
 * to the blood lactate of men and of women (Banister 1991; Morton, Fitz-Clarke and Banister 1990).
 */
public enum TrimpCurve {
    MEN("Men's curve (0.64 · e^1.92x)", 0.64, 1.92),
    WOMEN("Women's curve (0.86 · e^1.67x)", 0.86, 1.67);

    private final String label;
    private final double factor;
    private final double exponent;

    TrimpCurve(String label, double factor, double exponent) {
        this.label = label;
        this.factor = factor;
        this.exponent = exponent;
    }

    public String label() {
        return label;
    }

    /** The weight of one minute at a fraction {@code reserve} (0–1) of heart-rate reserve: x · a · e^(b·x). */
    public double weight(double reserve) {
        return reserve * factor * Math.exp(exponent * reserve);
    }
}

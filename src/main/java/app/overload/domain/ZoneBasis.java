package app.overload.domain;

/**
 * What the five heart-rate zones are shares of: the lactate-threshold heart rate when the athlete knows it (zones
 * then follow fitness, as Friel's do), else the maximum heart rate.
 */
public enum ZoneBasis {
    THRESHOLD("threshold heart rate (LTHR)", "LTHR"),
    MAXIMUM("maximum heart rate", "HRmax");

    private final String label;
    private final String symbol;

    ZoneBasis(String label, String symbol) {
        this.label = label;
        this.symbol = symbol;
    }

    /** "threshold heart rate (LTHR)", for a sentence. */
    public String label() {
        return label;
    }

    /** "LTHR" or "HRmax", after a percentage. */
    public String symbol() {
        return symbol;
    }
}

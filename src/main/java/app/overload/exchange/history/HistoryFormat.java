package app.overload.exchange.history;

/** The files another app or a watch writes that the import reads. */
public enum HistoryFormat {
    STRONG_CSV("Strong CSV"),
    HEVY_CSV("Hevy CSV"),
    GPX("GPX"),
    TCX("TCX"),
    FIT("FIT");

    private final String label;

    HistoryFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

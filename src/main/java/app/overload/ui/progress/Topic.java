package app.overload.ui.progress;

/** The groups of charts the Progress section offers, in the order of its picker. */
public enum Topic {
    STRENGTH("Strength"),
    ENDURANCE("Endurance"),
    LOAD("Load & recovery"),
    INTENSITY("Intensity"),
    KINDS("Workout vs training");

    private final String label;

    Topic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package app.overload.usecase;

import java.util.Locale;

/** The groups of charts, in the order the Progress section's picker offers them. */
public enum ChartTopic {
    STRENGTH("Strength"),
    ENDURANCE("Endurance"),
    LOAD("Load & recovery"),
    INTENSITY("Intensity & heart rate"),
    KINDS("Workout vs training");

    private final String label;

    ChartTopic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

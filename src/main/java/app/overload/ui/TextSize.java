package app.overload.ui;

import java.util.Arrays;
import java.util.Comparator;

/**
 * How large the app's text is, as a share of the normal 13 px. Everything sized in ems grows with it, and the
 * layouts that change with the window's width measure it in ems too, so larger text gets the narrow layout sooner.
 */
public enum TextSize {
    NORMAL(100), LARGER(125), LARGE(150), VERY_LARGE(175), LARGEST(200);

    /** The size of text at 100 %, in pixels. */
    public static final double BASE_PX = 13;

    private final int percent;

    TextSize(int percent) {
        this.percent = percent;
    }

    public int percent() {
        return percent;
    }

    public double fontSize() {
        return BASE_PX * percent / 100;
    }

    /** "125 %". */
    public String label() {
        return percent + " %";
    }

    public TextSize bigger() {
        return values()[Math.min(ordinal() + 1, values().length - 1)];
    }

    public TextSize smaller() {
        return values()[Math.max(ordinal() - 1, 0)];
    }

    /** The inline style that sets it on a scene's root. */
    public String rootStyle() {
        return "-fx-font-size: " + fontSize() + "px;";
    }

    /**
     * The size closest to the system's text size, for a first start: JavaFX's default font follows the system's
     * "make text bigger" setting (12 px at 100 % on Windows, 13 px elsewhere); never smaller than normal.
     */
    public static TextSize fromSystem(double systemFontSize) {
        double percent = systemFontSize / BASE_PX * 100;
        return Arrays.stream(values()).min(Comparator.comparingDouble(s -> Math.abs(s.percent - percent)))
                .filter(s -> s.percent >= 100).orElse(NORMAL);
    }

    /** The size named by {@link #name()}, or {@code otherwise} for anything else. */
    static TextSize parse(String value, TextSize otherwise) {
        return Arrays.stream(values()).filter(s -> s.name().equals(value)).findFirst().orElse(otherwise);
    }
}

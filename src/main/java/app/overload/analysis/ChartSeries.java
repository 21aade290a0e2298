package app.overload.analysis;

import java.util.List;
import java.util.Objects;

/**
 * A named run of points drawn one way.
 *
 * @param role what the series shows, such as {@code e1rm} or {@code easy}; views turn it into a style class so
 *             each meaning keeps its colour in both themes
 */
public record ChartSeries(String name, String role, Style style, List<ChartPoint> points) {

    /** How a series is drawn: a line with a dot per point, a dashed line (trends), or stacked bars. */
    public enum Style {
        LINE, DASHED, BARS
    }

    public ChartSeries {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(style, "style");
        points = List.copyOf(points);
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }
}

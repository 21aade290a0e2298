package app.overload.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A straight line fitted by ordinary least squares to the points of a recent window, used to project a lift's
 * estimated max to a goal date. Least squares over a short window (rather than, say, the last two points) lets one
 * good or bad day move the projection only a little, while still following the current block.
 *
 * @param first         date of the first fitted point; {@code valueAtFirst} is the line's value there
 * @param slopePerDay   change per day in the chart's units
 */
public record Trend(LocalDate first, LocalDate last, double valueAtFirst, double slopePerDay, int points) {

    /** Fewer points than this do not make a trend. */
    public static final int MIN_POINTS = 3;
    /** The fitted points must span at least this many days, or the slope is mostly noise. */
    public static final int MIN_SPAN_DAYS = 7;

    /** The least-squares line through the points dated {@code from} to {@code to}, if there are enough. */
    public static Optional<Trend> fit(List<ChartPoint> points, LocalDate from, LocalDate to) {
        List<ChartPoint> inside = points.stream().filter(p -> !p.date().isBefore(from) && !p.date().isAfter(to))
                .toList();
        if (inside.size() < MIN_POINTS) {
            return Optional.empty();
        }
        LocalDate first = inside.get(0).date();
        LocalDate last = inside.get(inside.size() - 1).date();
        if (ChronoUnit.DAYS.between(first, last) < MIN_SPAN_DAYS) {
            return Optional.empty();
        }
        double meanX = 0;
        double meanY = 0;
        for (ChartPoint p : inside) {
            meanX += ChronoUnit.DAYS.between(first, p.date());
            meanY += p.value();
        }
        meanX /= inside.size();
        meanY /= inside.size();
        double covariance = 0;
        double variance = 0;
        for (ChartPoint p : inside) {
            double dx = ChronoUnit.DAYS.between(first, p.date()) - meanX;
            covariance += dx * (p.value() - meanY);
            variance += dx * dx;
        }
        double slope = covariance / variance;
        return Optional.of(new Trend(first, last, meanY - slope * meanX, slope, inside.size()));
    }

    /** The line's value on {@code day}. */
    public double at(LocalDate day) {
        return valueAtFirst + slopePerDay * ChronoUnit.DAYS.between(first, day);
    }
}

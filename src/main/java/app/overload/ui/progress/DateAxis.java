package app.overload.ui.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.chart.ValueAxis;

/**
 * A fixed date axis whose values are epoch days and whose ticks fall on calendar boundaries (Mondays, first days of
 * months or years), labelled as dates. NumberAxis would put ticks every "nice" number of days and always add one
 * at the last day, where its label collides with the one before.
 */
final class DateAxis extends ValueAxis<Number> {

    /** Room each tick label needs, in pixels. */
    private static final double LABEL_SPACE = 78;

    private DateTicks step = DateTicks.WEEK;

    /** An axis from {@code first} to the start of {@code end} (exclusive end, so the last day has its width). */
    DateAxis(LocalDate first, LocalDate end) {
        super(first.toEpochDay(), end.toEpochDay());
        setAutoRanging(false);
        setMinorTickVisible(false);
        getStyleClass().add("date-axis");
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        double[] bounds = (double[]) range;
        step = DateTicks.choose(bounds[1] - bounds[0], Math.max(2, (int) (length / LABEL_SPACE)));
        List<Number> ticks = new ArrayList<>();
        for (long day : step.ticks((long) Math.ceil(bounds[0]), (long) Math.floor(bounds[1]))) {
            ticks.add(day);
        }
        return ticks;
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        return step.label(value.longValue());
    }

    @Override
    public double getDisplayPosition(Number value) {
        return ScaleAxis.snap(super.getDisplayPosition(value), getSide() != null && getSide().isVertical()
                ? getHeight() : getWidth());
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound()};
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] bounds = (double[]) range;
        setLowerBound(bounds[0]);
        setUpperBound(bounds[1]);
        currentLowerBound.set(bounds[0]);
        double length = getSide() != null && getSide().isVertical() ? getHeight() : getWidth();
        setScale(calculateNewScale(length, bounds[0], bounds[1]));
    }
}

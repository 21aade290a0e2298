package app.overload.ui.progress;

import java.util.ArrayList;
import java.util.List;

import app.overload.analysis.ValueFormat;
import javafx.scene.chart.ValueAxis;

/**
 * A fixed value axis from an {@link AxisScale}, labelled by a {@link ValueFormat}. Unlike NumberAxis it snaps
 * positions that floating point puts a hair outside the axis back onto its ends: 14 on a 0–14 axis lands at
 * −3·10⁻¹⁴ px, and JavaFX then hides the top label and grid line. An inverted axis runs the other way (the lower
 * bound at the top), so faster paces are drawn higher; ticks, grid lines, marks and hovering all follow, since they
 * all place values through {@link #getDisplayPosition}.
 */
final class ScaleAxis extends ValueAxis<Number> {

    private final AxisScale scale;
    private final ValueFormat format;
    private final boolean inverted;

    ScaleAxis(AxisScale scale, String label, ValueFormat format) {
        this(scale, label, format, false);
    }

    ScaleAxis(AxisScale scale, String label, ValueFormat format, boolean inverted) {
        super(scale.lower(), scale.upper());
        this.scale = scale;
        this.format = format;
        this.inverted = inverted;
        setAutoRanging(false);
        setMinorTickVisible(false);
        setLabel(label);
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        List<Number> ticks = new ArrayList<>();
        long steps = Math.round((scale.upper() - scale.lower()) / scale.step());
        for (long i = 0; i <= steps; i++) {
            // Multiplying rather than adding keeps 0.1 steps from drifting to 0.30000000000000004.
            ticks.add(scale.lower() + i * scale.step());
        }
        return ticks;
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        double rounded = Math.round(value.doubleValue() / scale.step()) * scale.step();
        return format.format(Math.abs(rounded) < scale.step() / 1e6 ? 0 : rounded);
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
        setScale(calculateNewScale(length(), bounds[0], bounds[1]));
    }

    @Override
    public double getDisplayPosition(Number value) {
        double position = snap(super.getDisplayPosition(value), length());
        return inverted ? length() - position : position;
    }

    @Override
    public Number getValueForDisplay(double displayPosition) {
        return super.getValueForDisplay(inverted ? length() - displayPosition : displayPosition);
    }

    boolean inverted() {
        return inverted;
    }

    private double length() {
        return getSide() != null && getSide().isVertical() ? getHeight() : getWidth();
    }

    /** {@code position}, or the nearer end of an axis {@code length} long when it is within a millionth of it. */
    static double snap(double position, double length) {
        if (Math.abs(position) < 1e-6) {
            return 0;
        }
        return Math.abs(position - length) < 1e-6 ? length : position;
    }
}

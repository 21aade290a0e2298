package app.overload.ui.progress;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.overload.analysis.Bucket;
import app.overload.analysis.Mark;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;

/**
 * Bars stacked per period on a date axis: each bar spans its week or month, so bar charts share the line charts'
 * dates and ten years of months stay readable. (StackedBarChart needs a category per bar and a label under each.)
 */
final class TimeBarChart extends XYChart<Number, Number> {

    private final Bucket bucket;
    private final MarkLayer marks;

    TimeBarChart(DateAxis x, ScaleAxis y, Bucket bucket, List<Mark> marks) {
        super(x, y);
        this.bucket = bucket;
        this.marks = new MarkLayer(marks, getPlotChildren());
        setData(FXCollections.observableArrayList());
        getStyleClass().add("time-bar-chart");
        setAnimated(false);
        setLegendVisible(false);
    }

    @Override
    protected void dataItemAdded(Series<Number, Number> series, int itemIndex, Data<Number, Number> item) {
        getPlotChildren().add(bar(item));
    }

    @Override
    protected void dataItemRemoved(Data<Number, Number> item, Series<Number, Number> series) {
        getPlotChildren().remove(item.getNode());
        removeDataItemFromDisplay(series, item);
    }

    @Override
    protected void dataItemChanged(Data<Number, Number> item) {
        requestChartLayout();
    }

    @Override
    protected void seriesAdded(Series<Number, Number> series, int seriesIndex) {
        for (Data<Number, Number> item : series.getData()) {
            getPlotChildren().add(bar(item));
        }
    }

    @Override
    protected void seriesRemoved(Series<Number, Number> series) {
        for (Data<Number, Number> item : series.getData()) {
            getPlotChildren().remove(item.getNode());
        }
        removeSeriesFromDisplay(series);
    }

    private static Node bar(Data<Number, Number> item) {
        if (item.getNode() == null) {
            Region bar = new Region();
            bar.getStyleClass().add("chart-bar");
            item.setNode(bar);
        }
        return item.getNode();
    }

    @Override
    protected void updateAxisRange() {
        // The axes have fixed bounds computed from the stacked totals; nothing to range here.
    }

    /** The plot's children, for overlays such as the hover marker. */
    List<Node> plotChildren() {
        return getPlotChildren();
    }

    @Override
    protected void layoutPlotChildren() {
        ScaleAxis y = (ScaleAxis) getYAxis();
        DateAxis x = (DateAxis) getXAxis();
        Map<Long, Double> stacked = new HashMap<>();
        for (Series<Number, Number> series : getData()) {
            for (Data<Number, Number> item : series.getData()) {
                long day = item.getXValue().longValue();
                double base = stacked.getOrDefault(day, 0.0);
                double top = base + item.getYValue().doubleValue();
                stacked.put(day, top);
                double left = x.getDisplayPosition(day);
                double right = x.getDisplayPosition(bucket.next(LocalDate.ofEpochDay(day)).toEpochDay());
                double gap = Math.min(3, (right - left) * 0.15);
                double y0 = y.getDisplayPosition(base);
                double y1 = y.getDisplayPosition(top);
                item.getNode().resizeRelocate(left + gap, y1, Math.max(1, right - left - 2 * gap),
                        Math.max(0, y0 - y1));
            }
        }
        marks.layout(x, y, x.getWidth(), y.getHeight());
    }
}

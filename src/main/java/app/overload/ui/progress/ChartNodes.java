package app.overload.ui.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.overload.analysis.Chart;
import app.overload.analysis.ChartPoint;
import app.overload.analysis.ChartSeries;
import app.overload.analysis.Mark;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;

/**
 * Turns a {@link Chart} into a JavaFX chart: date axis, value axis with round ticks, series styled by their role
 * (style classes {@code series-<role>}), and the exact value and date of every point and bar on hover. Sparse
 * series get a dot per point; dense ones (daily load over years) only a line, read by {@link HoverReadout}, so a
 * chart stays a few hundred nodes at most.
 */
final class ChartNodes {

    /** ChartSeries with more points than this are drawn as a line only (records keep their star). */
    static final int DENSE_ABOVE = 60;

    private ChartNodes() {
    }

    static XYChart<Number, Number> create(Chart chart) {
        boolean bars = chart.kind() == Chart.Kind.STACKED_BARS;
        DateAxis x = new DateAxis(chart.from(), bars ? chart.bucket().next(chart.bucket().start(chart.to()))
                : chart.to().plusDays(1));
        AxisScale scale = scale(chart, bars);
        ScaleAxis y = new ScaleAxis(scale, chart.axisLabel(), chart.format(), chart.inverted());
        XYChart<Number, Number> node = bars ? new TimeBarChart(x, y, chart.bucket(), chart.marks())
                : new TimeLineChart(x, y, chart.marks());
        node.getStyleClass().add("progress-chart");
        HoverTips tips = new HoverTips();
        List<ChartSeries> dense = new ArrayList<>();
        List<XYChart.Series<Number, Number>> added = new ArrayList<>();
        for (ChartSeries s : chart.series()) {
            XYChart.Series<Number, Number> fx = new XYChart.Series<>();
            fx.setName(s.name());
            // A projection is a line, not data: no dot per day, read by the hover marker like a dense line.
            boolean isDense = !bars && (s.points().size() > DENSE_ABOVE
                    || s.style() == ChartSeries.Style.DASHED && s.points().size() > 2);
            if (isDense) {
                dense.add(s);
            }
            for (ChartPoint p : s.points()) {
                if (bars && p.value() == 0) {
                    continue; // an empty segment of a stacked bar would only catch the mouse
                }
                XYChart.Data<Number, Number> data = new XYChart.Data<>(bars ? p.day() : p.day() + 0.5, p.value());
                if (!isDense || p.record()) {
                    data.setNode(pointNode(s, p, isDense ? null : tips));
                }
                fx.getData().add(data);
            }
            added.add(fx);
        }
        node.getData().setAll(added);
        // LineChart replaces the style classes of lines and symbols when it adds a series, so the classes that
        // give each meaning its colour go on afterwards.
        for (int i = 0; i < added.size(); i++) {
            ChartSeries s = chart.series().get(i);
            XYChart.Series<Number, Number> fx = added.get(i);
            if (fx.getNode() != null) {
                fx.getNode().getStyleClass().addAll("series-" + s.role(), s.style().name().toLowerCase(Locale.ROOT));
            }
            for (XYChart.Data<Number, Number> data : fx.getData()) {
                if (data.getNode() != null) {
                    ChartPoint p = (ChartPoint) data.getNode().getUserData();
                    ObservableList<String> classes = data.getNode().getStyleClass();
                    classes.addAll(bars ? "chart-bar" : "point", "series-" + s.role());
                    if (p.record()) {
                        classes.add("record");
                    }
                }
            }
        }
        if (!dense.isEmpty()) {
            HoverReadout.attach(node, plotChildren(node), dense, tips);
        }
        return node;
    }

    /** A node for one point or bar; with {@code tips}, its tooltip, else (records on dense lines) the readout's. */
    private static Region pointNode(ChartSeries s, ChartPoint p, HoverTips tips) {
        Region node = new Region();
        node.setUserData(p);
        if (tips == null) {
            node.setMouseTransparent(true);
        } else {
            tips.attach(node, s.name() + "\n" + p.label());
        }
        return node;
    }

    private static List<Node> plotChildren(XYChart<Number, Number> chart) {
        return chart instanceof TimeLineChart line ? line.plotChildren() : ((TimeBarChart) chart).plotChildren();
    }

    /** Bounds from the data (stacked for bars) and every band and guide, so a goal line is never off the chart. */
    static AxisScale scale(Chart chart, boolean bars) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        Map<Long, Double> stacked = new HashMap<>();
        for (ChartSeries s : chart.series()) {
            for (ChartPoint p : s.points()) {
                double v = bars ? stacked.merge(p.day(), p.value(), Double::sum) : p.value();
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        for (Mark m : chart.marks()) {
            if (m instanceof Mark.Band b) {
                min = Math.min(min, b.low());
                max = Math.max(max, b.high());
            } else if (m instanceof Mark.Guide g) {
                min = Math.min(min, g.value());
                max = Math.max(max, g.value());
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        return AxisScale.of(min, max, bars, chart.format());
    }
}

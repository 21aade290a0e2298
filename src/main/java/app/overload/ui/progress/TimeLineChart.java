package app.overload.ui.progress;

import java.util.List;

import app.overload.analysis.Mark;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;

/** A line chart over a date axis with bands, guides and gaps drawn behind its lines. */
final class TimeLineChart extends LineChart<Number, Number> {

    private final MarkLayer marks;

    TimeLineChart(DateAxis x, ScaleAxis y, List<Mark> marks) {
        super(x, y);
        this.marks = new MarkLayer(marks, getPlotChildren());
        setAnimated(false);
        setLegendVisible(false);
        setCreateSymbols(false); // points get their nodes from ChartNodes, dense series none
    }

    /** The plot's children, for overlays such as the hover marker. */
    List<Node> plotChildren() {
        return getPlotChildren();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        marks.layout((DateAxis) getXAxis(), (ScaleAxis) getYAxis(), getXAxis().getWidth(), getYAxis().getHeight());
    }
}

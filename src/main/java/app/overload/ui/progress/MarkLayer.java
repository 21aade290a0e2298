package app.overload.ui.progress;

import java.util.ArrayList;
import java.util.List;

import app.overload.analysis.Mark;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * Draws a chart's marks — value bands, guide lines and gaps without data — behind its series, and keeps them in
 * place when the chart is laid out. Shared by the line and the bar chart.
 */
final class MarkLayer {

    private final List<Placed> placed = new ArrayList<>();

    MarkLayer(List<Mark> marks, ObservableList<Node> plotChildren) {
        List<Node> behind = new ArrayList<>();
        for (Mark mark : marks) {
            Placed p = new Placed(mark, new Rectangle(), new Line(), new Label(text(mark)));
            p.area.getStyleClass().addAll("mark-area", role(mark));
            p.line.getStyleClass().addAll("mark-line", role(mark));
            p.label.getStyleClass().addAll("mark-label", role(mark));
            p.area.setMouseTransparent(true);
            p.line.setMouseTransparent(true);
            p.label.setMouseTransparent(true);
            p.area.setVisible(!(mark instanceof Mark.Guide));
            p.line.setVisible(mark instanceof Mark.Guide);
            behind.add(p.area);
            behind.add(p.line);
            behind.add(p.label);
            placed.add(p);
        }
        plotChildren.addAll(0, behind);
    }

    private static String text(Mark mark) {
        if (mark instanceof Mark.Band b) {
            return b.label();
        }
        return mark instanceof Mark.Guide g ? g.label() : "No data";
    }

    private static String role(Mark mark) {
        if (mark instanceof Mark.Band b) {
            return "mark-" + b.role();
        }
        return mark instanceof Mark.Guide g ? "mark-" + g.role() : "mark-gap";
    }

    /** Positions every mark for the current axes; {@code width} and {@code height} are the plot area's. */
    void layout(DateAxis x, ScaleAxis y, double width, double height) {
        for (Placed p : placed) {
            p.label.autosize();
            if (p.mark instanceof Mark.Band b) {
                double high = clamp(y.getDisplayPosition(b.high()), height);
                double low = clamp(y.getDisplayPosition(b.low()), height);
                double top = Math.min(high, low); // an inverted axis draws the low end on top
                double bottom = Math.max(high, low);
                p.area.setX(0);
                p.area.setY(top);
                p.area.setWidth(width);
                p.area.setHeight(Math.max(0, bottom - top));
                p.label.relocate(6, top + 2);
            } else if (p.mark instanceof Mark.Guide g) {
                double at = y.getDisplayPosition(g.value());
                p.line.setStartX(0);
                p.line.setEndX(width);
                p.line.setStartY(at);
                p.line.setEndY(at);
                p.label.relocate(Math.max(0, width - p.label.getWidth() - 6), at - p.label.getHeight() - 1);
                p.label.setVisible(at >= 0 && at <= height);
            } else {
                Mark.Gap gap = (Mark.Gap) p.mark;
                double left = clamp(x.getDisplayPosition(gap.from().toEpochDay()), width);
                double right = clamp(x.getDisplayPosition(gap.to().plusDays(1).toEpochDay()), width);
                p.area.setX(left);
                p.area.setY(0);
                p.area.setWidth(Math.max(0, right - left));
                p.area.setHeight(height);
                p.label.relocate(left + (right - left - p.label.getWidth()) / 2, 4);
                p.label.setVisible(right - left > p.label.getWidth() + 4);
            }
        }
    }

    private static double clamp(double value, double max) {
        return Math.max(0, Math.min(max, value));
    }

    /** The nodes of one mark: an area (bands, gaps), a line (guides) and a label. */
    private record Placed(Mark mark, Rectangle area, Line line, Label label) {
    }
}

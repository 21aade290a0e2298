package app.overload.ui.progress;

import java.util.List;

import app.overload.analysis.ChartPoint;
import app.overload.analysis.ChartSeries;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * Exact values of dense series on hover: the point nearest the mouse (by date, then by value among series) is
 * marked and its tooltip shown. Dense series draw no node per point, which keeps ten-year charts light.
 */
final class HoverReadout {

    /** How far (in pixels) the mouse may be from a point's date and still read it. */
    private static final double REACH = 24;

    private final DateAxis x;
    private final ScaleAxis y;
    private final List<ChartSeries> series;
    private final HoverTips tips;
    private final Region marker = new Region();
    private ChartPoint shown;

    private HoverReadout(DateAxis x, ScaleAxis y, List<ChartSeries> series, HoverTips tips) {
        this.x = x;
        this.y = y;
        this.series = series;
        this.tips = tips;
        marker.getStyleClass().addAll("point", "hover-marker");
        marker.setMouseTransparent(true);
        marker.setVisible(false);
        marker.setManaged(false);
    }

    /** Reads {@code series} (all drawn on {@code chart}) on hover; {@code plotChildren} gets the marker. */
    static void attach(XYChart<Number, Number> chart, List<Node> plotChildren, List<ChartSeries> series, HoverTips tips) {
        HoverReadout readout = new HoverReadout((DateAxis) chart.getXAxis(), (ScaleAxis) chart.getYAxis(), series,
                tips);
        plotChildren.add(readout.marker);
        Node content = chart.lookup(".chart-content");
        Node target = content == null ? chart : content;
        target.addEventHandler(MouseEvent.MOUSE_MOVED, readout::moved);
        target.addEventHandler(MouseEvent.MOUSE_EXITED, e -> readout.clear());
    }

    private void moved(MouseEvent e) {
        Point2D onX = x.sceneToLocal(e.getSceneX(), e.getSceneY());
        Point2D onY = y.sceneToLocal(e.getSceneX(), e.getSceneY());
        if (onX.getX() < 0 || onX.getX() > x.getWidth() || onY.getY() < 0 || onY.getY() > y.getHeight()) {
            clear();
            return;
        }
        ChartPoint best = null;
        ChartSeries bestSeries = null;
        double bestDistance = Double.MAX_VALUE;
        for (ChartSeries s : series) {
            ChartPoint p = nearestByDate(s.points(), x.getValueForDisplay(onX.getX()).doubleValue());
            if (p == null) {
                continue;
            }
            double dx = x.getDisplayPosition(p.day() + 0.5) - onX.getX();
            double dy = y.getDisplayPosition(p.value()) - onY.getY();
            double distance = Math.hypot(dx, dy * 0.5);
            if (Math.abs(dx) <= REACH && distance < bestDistance) {
                best = p;
                bestSeries = s;
                bestDistance = distance;
            }
        }
        if (best == null) {
            clear();
            return;
        }
        if (best != shown) {
            shown = best;
            marker.getStyleClass().setAll("point", "hover-marker", "series-" + bestSeries.role());
            marker.autosize();
            double px = x.getDisplayPosition(best.day() + 0.5);
            double py = y.getDisplayPosition(best.value());
            marker.relocate(px - marker.getWidth() / 2, py - marker.getHeight() / 2);
            marker.setVisible(true);
            tips.show(marker, bestSeries.name() + "\n" + best.label(), e.getScreenX(), e.getScreenY());
        }
    }

    private void clear() {
        shown = null;
        marker.setVisible(false);
        tips.hide();
    }

    /** Binary search over points in date order for the one closest to {@code day} (an epoch-day value). */
    static ChartPoint nearestByDate(List<ChartPoint> points, double day) {
        if (points.isEmpty()) {
            return null;
        }
        int low = 0;
        int high = points.size() - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (points.get(middle).day() + 0.5 < day) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        if (low > 0 && Math.abs(points.get(low - 1).day() + 0.5 - day) <= Math.abs(points.get(low).day() + 0.5 - day)) {
            return points.get(low - 1);
        }
        return points.get(low);
    }
}

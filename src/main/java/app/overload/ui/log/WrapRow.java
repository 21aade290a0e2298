package app.overload.ui.log;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Two groups of controls on one line while the width allows, else the second under the first, moved in by
 * {@code indent}: a set row keeps its numbers in the columns of the captions above it and drops its ticks and plates
 * to a second line on a narrow window, instead of hiding them behind a horizontal scroll bar. Under the first, the
 * second group gets the width left and may wrap again (a flow pane): its least width is what the row insists on.
 */
final class WrapRow extends Pane {

    private final Node first;
    private final Node second;
    private final double gap;
    private final double indent;
    private final double lineGap;

    WrapRow(Node first, Node second, double gap, double indent, double lineGap) {
        this.first = first;
        this.second = second;
        this.gap = gap;
        this.indent = indent;
        this.lineGap = lineGap;
        getChildren().addAll(first, second);
    }

    /** True when the second group goes under the first at this width. */
    boolean wraps(double width) {
        double inside = width - snappedLeftInset() - snappedRightInset();
        return first.prefWidth(-1) + gap + second.prefWidth(-1) > inside + 0.5;
    }

    /** The width the second group gets under the first: what is left after the indent, at most what it wants. */
    private double secondWidth(double width) {
        double inside = width - snappedLeftInset() - snappedRightInset() - indent;
        return Math.max(second.minWidth(-1), Math.min(second.prefWidth(-1), inside));
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + Math.max(first.prefWidth(-1),
                indent + second.minWidth(-1));
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + first.prefWidth(-1) + gap + second.prefWidth(-1);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double insets = snappedTopInset() + snappedBottomInset();
        if (width >= 0 && wraps(width)) {
            return insets + first.prefHeight(-1) + lineGap + second.prefHeight(secondWidth(width));
        }
        return insets + Math.max(first.prefHeight(-1), second.prefHeight(-1));
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double firstWidth = first.prefWidth(-1);
        double firstHeight = first.prefHeight(-1);
        double secondWidth = second.prefWidth(-1);
        double secondHeight = second.prefHeight(-1);
        if (wraps(getWidth())) {
            double under = secondWidth(getWidth());
            first.resizeRelocate(left, top, firstWidth, firstHeight);
            second.resizeRelocate(left + indent, top + firstHeight + lineGap, under, second.prefHeight(under));
        } else {
            double line = Math.max(firstHeight, secondHeight);
            first.resizeRelocate(left, top + (line - firstHeight) / 2, firstWidth, firstHeight);
            second.resizeRelocate(left + firstWidth + gap, top + (line - secondHeight) / 2, secondWidth,
                    secondHeight);
        }
    }
}

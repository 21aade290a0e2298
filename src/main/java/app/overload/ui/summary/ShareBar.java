package app.overload.ui.summary;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A bar split in two: training's share on the left, workouts' on the right, each labelled with its percentage
 * when there is room for it.
 */
final class ShareBar extends Region {

    private static final double HEIGHT = 22;
    private static final double MIN_LABELLED = 40;

    private final StackPane training = segment("training-part");
    private final StackPane workouts = segment("workout-part");
    private double share;

    ShareBar() {
        getStyleClass().add("share-bar");
        getChildren().addAll(training, workouts);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        setPrefWidth(280);
    }

    private static StackPane segment(String style) {
        StackPane part = new StackPane(new Label());
        part.getStyleClass().addAll("share-part", style);
        return part;
    }

    /** Training's share from 0 to 1. */
    void setShare(double fraction) {
        share = Math.max(0, Math.min(1, fraction));
        label(training, share);
        label(workouts, 1 - share);
        requestLayout();
    }

    private static void label(StackPane part, double fraction) {
        ((Label) part.getChildren().get(0)).setText(TrainingShareViewModel.percent(fraction));
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - snappedLeftInset() - snappedRightInset();
        double h = getHeight() - snappedTopInset() - snappedBottomInset();
        double left = Math.round(w * share);
        training.setVisible(left > 0);
        workouts.setVisible(w - left > 0);
        training.getChildren().get(0).setVisible(left >= MIN_LABELLED);
        workouts.getChildren().get(0).setVisible(w - left >= MIN_LABELLED);
        layoutInArea(training, snappedLeftInset(), snappedTopInset(), left, h, 0, HPos.LEFT, VPos.CENTER);
        layoutInArea(workouts, snappedLeftInset() + left, snappedTopInset(), w - left, h, 0, HPos.LEFT,
                VPos.CENTER);
    }

    @Override
    protected double computePrefHeight(double width) {
        return HEIGHT;
    }
}

package app.overload.ui.exchange;

import app.overload.ui.UiStyles;
import app.overload.ui.exchange.ExportBlockViewModel.State;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Export block…: the block, whether its logged sessions go along, and where the file went. */
public final class ExportBlockView extends VBox {

    public static final String ID = "export-block";
    /** Inside the theme's 600 px cap on dialogs. */
    static final double WIDTH = 580;

    public ExportBlockView(ExportBlockViewModel model) {
        super(12);
        setId(ID);
        getStyleClass().add("block-exchange");
        // Dialogs are scenes of their own: they do not inherit the main window's stylesheet.
        getStylesheets().addAll(UiStyles.class.getResource("overload.css").toExternalForm(),
                ExportBlockView.class.getResource("exchange.css").toExternalForm());
        setPrefWidth(WIDTH);

        Label title = new Label("Export block");
        title.getStyleClass().add(Styles.TITLE_3);
        Label name = ImportBlockView.wrapped(new Label());
        name.textProperty().bind(model.blockNameProperty());
        name.getStyleClass().add(Styles.TITLE_4);
        Label what = ImportBlockView.wrapped(new Label("The file holds the block's goal, weeks and plan, and the "
                + "exercises it uses, so it opens in any Overload logbook. Send it to an athlete, or back to "
                + "your coach."));
        what.getStyleClass().add(UiStyles.MUTED);

        CheckBox sessions = new CheckBox();
        sessions.setId("export-with-sessions");
        sessions.textProperty().bind(Bindings.createStringBinding(() -> model.sessionCountProperty().get() == 0
                ? "Include logged sessions (none yet)"
                : "Include the " + model.sessionCountProperty().get() + " logged sessions, with every set",
                model.sessionCountProperty()));
        sessions.selectedProperty().bindBidirectional(model.includeSessionsProperty());
        sessions.disableProperty().bind(model.stateProperty().isNotEqualTo(State.READY)
                .or(model.sessionCountProperty().isEqualTo(0)));

        CheckBox routines = new CheckBox();
        routines.setId("export-with-routines");
        routines.textProperty().bind(Bindings.createStringBinding(() -> model.routineCountProperty().get() == 0
                ? "Include your routines (none yet)"
                : "Include your " + model.routineCountProperty().get() + " routine"
                        + (model.routineCountProperty().get() == 1 ? "" : "s"), model.routineCountProperty()));
        routines.selectedProperty().bindBidirectional(model.includeRoutinesProperty());
        routines.disableProperty().bind(model.stateProperty().isNotEqualTo(State.READY)
                .or(model.routineCountProperty().isEqualTo(0)));

        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(20, 20);
        working.visibleProperty().bind(model.stateProperty().isEqualTo(State.LOADING)
                .or(model.stateProperty().isEqualTo(State.EXPORTING)));
        working.managedProperty().bind(working.visibleProperty());
        Label outcome = ImportBlockView.wrapped(new Label());
        outcome.setId("export-block-outcome");
        outcome.textProperty().bind(model.outcomeProperty());
        model.stateProperty().addListener((obs, old, now) -> {
            outcome.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            if (now == State.DONE || now == State.FAILED) {
                outcome.getStyleClass().add(now == State.DONE ? Styles.SUCCESS : Styles.DANGER);
            }
        });
        HBox status = new HBox(8, working, outcome);
        status.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(new VBox(2, title, name), what, sessions, routines, status);
    }
}

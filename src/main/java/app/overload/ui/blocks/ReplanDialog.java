package app.overload.ui.blocks;

import java.time.DayOfWeek;

import app.overload.ui.Dialogs;
import app.overload.ui.UiStyles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Re-plan…: the sessions still to come that change, each as before → after with the reason and the sessions it
 * read, the goal's outlook, the previews, and Accept all, Accept selected or Cancel. Nothing is saved before a button
 * says so.
 */
final class ReplanDialog {

    static final ButtonType ACCEPT_ALL = new ButtonType("Accept all", ButtonData.OK_DONE);
    static final ButtonType ACCEPT_CHOSEN = new ButtonType("Accept selected", ButtonData.OTHER);

    private ReplanDialog() {
    }

    static DialogPane open(Window owner, ReplanViewModel model) {
        Dialog<Void> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        dialog.setTitle(model.title());
        dialog.setResizable(true);
        DialogPane pane = dialog.getDialogPane();
        pane.setId("replan-dialog");
        pane.getStylesheets().add(ReplanDialog.class.getResource("blocks.css").toExternalForm());
        pane.getStyleClass().addAll("blocks-dialog", "replan-dialog");

        Label headline = new Label();
        headline.setId("replan-headline");
        headline.getStyleClass().add("section-title");
        headline.setWrapText(true);
        headline.textProperty().bind(model.headlineProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(model.busyProperty());
        HBox top = new HBox(10, headline, spinner);
        top.setAlignment(Pos.CENTER_LEFT);
        Label outlook = new Label();
        outlook.setId("replan-outlook");
        outlook.setWrapText(true);
        outlook.setGraphic(new FontIcon(Feather.TARGET));
        outlook.textProperty().bind(model.outlookProperty());
        Label message = new Label();
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        GridPane diff = new GridPane();
        diff.setId("replan-diff");
        diff.getStyleClass().add("replan-diff");
        ScrollPane scroll = new ScrollPane(diff);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("dialog-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        model.rows().addListener((ListChangeListener<ReplanViewModel.Row>) c -> fill(diff, model));
        model.partialProperty().addListener((obs, old, now) -> fill(diff, model));

        VBox content = new VBox(10, top, outlook, reach(model), previews(model), scroll, message);
        content.setPadding(new Insets(14, 16, 4, 16));
        double width = owner == null ? 900 : Math.max(640, Math.min(owner.getWidth() - 80, 1240));
        double height = owner == null ? 560 : Math.max(420, Math.min(owner.getHeight() - 80, 820));
        content.setPrefSize(width, height);
        pane.setContent(content);
        pane.getButtonTypes().setAll(ACCEPT_ALL, ACCEPT_CHOSEN, ButtonType.CANCEL);
        Button all = (Button) pane.lookupButton(ACCEPT_ALL);
        all.setId("replan-accept-all");
        Button chosen = (Button) pane.lookupButton(ACCEPT_CHOSEN);
        chosen.setId("replan-accept-chosen");
        pane.lookupButton(ButtonType.CANCEL).setId("replan-cancel");
        all.disableProperty().bind(model.busyProperty().or(Bindings.isEmpty(model.rows())));
        chosen.disableProperty().bind(model.busyProperty().or(Bindings.isEmpty(model.rows()))
                .or(model.partialProperty().not()));
        Runnable close = () -> {
            dialog.setResult(null);
            dialog.close();
        };
        all.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.acceptAll(close);
        });
        chosen.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.acceptChosen(close);
        });
        model.refresh();
        Dialogs.fitOwner(dialog);
        Dialogs.focusFirstField(dialog);
        dialog.show();
        return pane;
    }

    /** The choices for a goal out of safe reach: move the goal date, or aim at what is expected. */
    private static VBox reach(ReplanViewModel model) {
        Label why = new Label();
        why.setId("replan-reach");
        why.setWrapText(true);
        why.getStyleClass().add("warning");
        why.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        why.textProperty().bind(model.reachProperty());
        why.managedProperty().bind(why.textProperty().isNotEmpty());
        why.visibleProperty().bind(why.textProperty().isNotEmpty());
        CheckBox move = new CheckBox();
        move.setId("replan-move");
        move.textProperty().bind(model.moveTextProperty());
        move.managedProperty().bind(model.moveTextProperty().isNotEmpty());
        move.visibleProperty().bind(model.moveTextProperty().isNotEmpty());
        move.setOnAction(e -> {
            if (move.isSelected()) {
                model.moveGoalDate();
            } else {
                model.addWeeksProperty().set(0);
            }
        });
        model.addWeeksProperty().addListener((obs, old, now) -> move.setSelected(now.intValue() > 0));
        CheckBox lower = new CheckBox();
        lower.setId("replan-lower");
        lower.textProperty().bind(model.lowerTextProperty());
        lower.selectedProperty().bindBidirectional(model.lowerTargetProperty());
        HBox choices = new HBox(16, move, lower);
        choices.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, why, choices);
        box.getStyleClass().add("replan-reach");
        box.managedProperty().bind(model.lowerTextProperty().isNotEmpty());
        box.visibleProperty().bind(model.lowerTextProperty().isNotEmpty());
        return box;
    }

    /** Previews to try before deciding: none of them is saved unless the re-plan is accepted. */
    private static FlowPane previews(ReplanViewModel model) {
        FlowPane row = new FlowPane(14, 6);
        row.setId("replan-previews");
        row.setAlignment(Pos.CENTER_LEFT);
        row.getChildren().add(Fields.muted("What if:"));
        if (!model.skipLabel().isEmpty()) {
            CheckBox skip = new CheckBox(model.skipLabel());
            skip.setId("replan-skip");
            skip.selectedProperty().bindBidirectional(model.skipNextWeekProperty());
            row.getChildren().add(skip);
        }
        if (model.hasLongRuns()) {
            ComboBox<DayOfWeek> day = new ComboBox<>();
            day.setId("replan-long-run");
            day.getItems().add(null);
            day.getItems().addAll(DayOfWeek.values());
            day.setCellFactory(list -> new DayCell());
            day.setButtonCell(new DayCell());
            day.valueProperty().bindBidirectional(model.longRunDayProperty());
            HBox labelled = new HBox(6, new Label("Long runs on"), day);
            labelled.setAlignment(Pos.CENTER_LEFT);
            row.getChildren().add(labelled);
        }
        Spinner<Integer> weeks = new Spinner<>(0, 8, 0);
        weeks.setId("replan-weeks");
        weeks.setPrefWidth(80);
        weeks.getValueFactory().valueProperty().addListener((obs, old, now) -> model.addWeeksProperty().set(now));
        model.addWeeksProperty().addListener((obs, old, now) -> weeks.getValueFactory().setValue(now.intValue()));
        HBox more = new HBox(6, new Label("Weeks added before the goal"), weeks);
        more.setAlignment(Pos.CENTER_LEFT);
        row.getChildren().add(more);
        return row;
    }

    private static final class DayCell extends ListCell<DayOfWeek> {
        @Override
        protected void updateItem(DayOfWeek item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? "" : ReplanViewModel.dayName(item));
        }
    }

    /** One row per session that changes: tick, session, before, after, why. */
    private static void fill(GridPane grid, ReplanViewModel model) {
        grid.getChildren().clear();
        grid.getColumnConstraints().setAll(column(34, 34, 34), column(150, 170, 250), column(170, 210, 330),
                column(190, 230, 360), column(260, 380, Double.MAX_VALUE));
        String[] heads = {"", "Session", "Before", "After", "Why (and the sessions it read)"};
        for (int i = 0; i < heads.length; i++) {
            Label head = new Label(heads[i]);
            head.getStyleClass().add("diff-head");
            head.setMaxWidth(Double.MAX_VALUE);
            grid.add(head, i, 0);
        }
        int r = 1;
        for (ReplanViewModel.Row row : model.rows()) {
            CheckBox tick = new CheckBox();
            tick.setId("replan-choose-" + (r - 1));
            tick.selectedProperty().bindBidirectional(row.chosenProperty());
            tick.setDisable(!model.partialProperty().get());
            Label when = new Label(row.when());
            when.setWrapText(true);
            when.getStyleClass().add("diff-session");
            VBox session = new VBox(4, when);
            if (!row.kind().isEmpty()) {
                Label kind = new Label(row.kind());
                kind.getStyleClass().addAll("badge", "diff-kind");
                session.getChildren().add(kind);
            }
            Label before = cell(row.before(), "diff-before");
            Label after = cell(row.after(), "diff-after");
            Label reason = cell(row.reason(), "diff-reason");
            VBox why = new VBox(3, reason);
            if (!row.read().isEmpty()) {
                Label read = cell(row.read(), UiStyles.MUTED);
                why.getChildren().add(read);
            }
            tick.setAlignment(Pos.TOP_LEFT);
            Region[] cells = {tick, session, before, after, why};
            for (int c = 0; c < cells.length; c++) {
                // Every cell fills its row from the top, so the lines under the rows run straight across.
                cells[c].setMaxHeight(Double.MAX_VALUE);
                GridPane.setValignment(cells[c], VPos.TOP);
                GridPane.setFillHeight(cells[c], true);
                cells[c].getStyleClass().add("diff-cell");
                grid.add(cells[c], c, r);
            }
            r++;
        }
        if (model.rows().isEmpty()) {
            Label none = Fields.muted(model.busyProperty().get() ? "Working out the re-plan…"
                    : "No session still to come changes.");
            grid.add(none, 1, 1, 4, 1);
        }
    }

    private static Label cell(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setAlignment(Pos.TOP_LEFT);
        return label;
    }

    /** A column that takes its share of a wide window, up to {@code max}, the reasons' column all the rest. */
    private static ColumnConstraints column(double min, double pref, double max) {
        ColumnConstraints c = new ColumnConstraints(min, pref, max);
        c.setHgrow(min == max ? Priority.NEVER : Priority.ALWAYS);
        c.setFillWidth(true);
        return c;
    }
}

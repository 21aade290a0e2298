package app.overload.ui.log;

import app.overload.ui.Shortcut;
import app.overload.ui.UiStyles;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The right-hand column (under the entries on a narrow window): what will be saved, heavy sets with short rest,
 * notes, and Save.
 */
final class SummaryPane extends VBox {

    private final HBox buttons;

    SummaryPane(LogViewModel model, Runnable leave, Runnable routines) {
        getStyleClass().addAll(UiStyles.CARD, "log-summary");
        setSpacing(10);
        LogChecks checks = model.checks();

        Label heading = new Label("Summary");
        heading.getStyleClass().add(Styles.TITLE_4);
        Label summary = new Label();
        summary.setId("log-summary-text");
        summary.setWrapText(true);
        summary.textProperty().bind(Bindings.createStringBinding(() -> checks.validProperty().get()
                ? checks.summaryProperty().get() : checks.problemProperty().get().isEmpty() ? ""
                : "Not ready to save: " + checks.problemProperty().get(), checks.validProperty(),
                checks.summaryProperty(), checks.problemProperty()));
        summary.getStyleClass().add("summary-text");

        VBox warnings = new VBox(6);
        warnings.setId("log-warnings");
        Runnable showWarnings = () -> {
            warnings.getChildren().clear();
            for (String w : checks.warnings()) {
                Label label = new Label(w, new FontIcon(Feather.ALERT_TRIANGLE));
                label.setWrapText(true);
                label.getStyleClass().add("heavy-set-warning");
                warnings.getChildren().add(label);
            }
        };
        checks.warnings().addListener((ListChangeListener<String>) c -> showWarnings.run());

        Label notesCaption = new Label("Notes");
        notesCaption.getStyleClass().add("field-caption");
        TextArea notes = new TextArea();
        notes.setId("log-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        notes.textProperty().bindBidirectional(model.form().notes().textProperty());
        notes.promptTextProperty().bind(model.form().notes().hintProperty());
        notes.setTooltip(new Tooltip("Anything worth remembering next time. Ctrl+Tab leaves the notes."));

        Button save = new Button("Save", new FontIcon(Feather.CHECK));
        save.setId("log-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(checks.validProperty().not().or(model.busyProperty()));
        save.setTooltip(new Tooltip(Shortcut.SAVE.tip("Save the session")));
        save.setOnAction(e -> model.save());
        Button cancel = new Button("Leave");
        cancel.setId("log-leave");
        cancel.setTooltip(new Tooltip(Shortcut.LEAVE.tip("Back to the history; asks first if something is unsaved")));
        cancel.setOnAction(e -> leave.run());
        Button routinesButton = new Button("Routines…", new FontIcon(Feather.BOOKMARK));
        routinesButton.setId("log-routines");
        routinesButton.setMinWidth(Region.USE_PREF_SIZE);
        routinesButton.setTooltip(new Tooltip(Shortcut.ROUTINES.tip(
                "Start a workout from a routine, or save this session as one")));
        routinesButton.setOnAction(e -> routines.run());
        save.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        buttons = new HBox(10, save, cancel, routinesButton);
        buttons.setMinWidth(Region.USE_PREF_SIZE);

        Label message = new Label();
        message.setId("log-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(UiStyles.MUTED);

        getChildren().addAll(heading, summary, warnings, notesCaption, notes, buttons, message);
    }

    /** Puts Save and Leave at the end of {@code elsewhere} (the title row, on a narrow window), or back in the pane. */
    void placeButtons(Pane elsewhere) {
        if (elsewhere == null) {
            if (!getChildren().contains(buttons)) {
                getChildren().add(getChildren().size() - 1, buttons);
            }
        } else if (!elsewhere.getChildren().contains(buttons)) {
            elsewhere.getChildren().add(buttons);
        }
    }
}

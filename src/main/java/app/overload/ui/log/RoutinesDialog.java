package app.overload.ui.log;

import app.overload.domain.ExerciseNames;
import app.overload.domain.Routine;
import app.overload.ui.Dialogs;
import app.overload.ui.Ems;
import app.overload.ui.UiStyles;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Routines… (Ctrl+O in the Log section): the routines by name with what they hold; Enter starts the chosen one,
 * which fills the form. The session in the form can be saved as a new routine or replace the chosen one; a routine
 * can be renamed or deleted (after asking).
 */
final class RoutinesDialog {

    static final String ID = "routines-dialog";

    private RoutinesDialog() {
    }

    static Dialog<Void> open(Window owner, LogRoutines routines, ExerciseNames names) {
        Dialog<Void> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        dialog.setTitle("Routines");
        dialog.setResizable(true);
        DialogPane pane = dialog.getDialogPane();
        pane.setId(ID);
        pane.getStylesheets().add(RoutinesDialog.class.getResource("log.css").toExternalForm());
        pane.getButtonTypes().setAll(ButtonType.CLOSE);

        ListView<Routine> list = new ListView<>(routines.all());
        list.setId("routine-list");
        list.setPrefHeight(260);
        Label empty = new Label("No routines yet: save the session in the form as one below.");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Routine item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label name = new Label(item.name());
                name.getStyleClass().add("routine-name");
                Label holds = new Label(LogRoutines.contents(item, names));
                holds.getStyleClass().add(UiStyles.MUTED);
                holds.setWrapText(true);
                holds.setMaxWidth(440);
                setText(null);
                setGraphic(new VBox(2, name, holds));
            }
        });
        var none = list.getSelectionModel().selectedItemProperty().isNull();

        Button start = new Button("Start", new FontIcon(Feather.PLAY));
        start.setId("routine-start");
        start.getStyleClass().add(Styles.ACCENT);
        start.setTooltip(new Tooltip("Start a workout from this routine, each exercise from the last time you did it "
                + "(Enter)"));
        start.disableProperty().bind(none);
        start.setOnAction(e -> {
            routines.start(list.getSelectionModel().getSelectedItem());
            dialog.close();
        });
        Button replace = new Button("Replace with the form");
        replace.setId("routine-replace");
        replace.setTooltip(new Tooltip("Make this routine hold the exercises and activities now in the form"));
        replace.disableProperty().bind(none);
        replace.setOnAction(e -> routines.replace(list.getSelectionModel().getSelectedItem()));
        Button rename = new Button("Rename…");
        rename.setId("routine-rename");
        rename.disableProperty().bind(none);
        rename.setOnAction(e -> rename(dialog, routines, list.getSelectionModel().getSelectedItem()));
        Button delete = new Button("Delete…");
        delete.setId("routine-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.disableProperty().bind(none);
        delete.setOnAction(e -> delete(dialog, routines, list.getSelectionModel().getSelectedItem()));
        for (Button b : new Button[] {start, replace, rename, delete}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        // Flows: with large text the buttons go onto a second line rather than past the dialog's edge.
        FlowPane actions = new FlowPane(8, 8, start, replace, rename, delete);
        actions.setAlignment(Pos.CENTER_LEFT);

        TextField name = new TextField();
        name.setId("routine-name");
        name.setPromptText("Name, e.g. Upper A");
        HBox.setHgrow(name, Priority.ALWAYS);
        Button save = new Button("Save as routine", new FontIcon(Feather.SAVE));
        save.setId("routine-save");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.disableProperty().bind(Bindings.createBooleanBinding(() -> name.getText().isBlank(),
                name.textProperty()));
        save.setOnAction(e -> routines.saveNew(name.getText()));
        name.setOnAction(e -> routines.saveNew(name.getText()));
        Label saveCaption = new Label("Save the session in the form as a new routine");
        saveCaption.getStyleClass().add("field-caption");
        saveCaption.setWrapText(true);
        saveCaption.setMinHeight(Region.USE_PREF_SIZE);
        name.setPrefColumnCount(14);
        FlowPane saveRow = new FlowPane(8, 8, name, save);
        saveRow.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("routine-message");
        message.setWrapText(true);
        message.textProperty().bind(routines.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        // What was just saved, replaced or renamed stays chosen, ready to start.
        ChangeListener<Routine> chooseWritten = (obs, old, now) -> {
            if (now != null) {
                list.getSelectionModel().select(now);
            }
        };
        routines.writtenProperty().addListener(chooseWritten);
        dialog.setOnHidden(e -> routines.writtenProperty().removeListener(chooseWritten));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !none.get()) {
                start.fire();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && !none.get()) {
                delete.fire();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && !none.get()) {
                start.fire();
            }
        });

        VBox content = new VBox(10, list, actions, new Separator(), new VBox(4, saveCaption, saveRow), message);
        content.setPadding(new Insets(4, 0, 0, 0));
        // 40 ems: 520 px at normal text, and as much more as the text is larger (fitOwner keeps it in the window).
        content.prefWidthProperty().bind(Ems.of(saveCaption).multiply(40));
        content.getStyleClass().add("log-view");
        pane.setContent(content);
        // Never taller or wider than its window, whatever the text size; the list is its first field.
        Dialogs.fitOwner(dialog);
        // The list takes Esc for itself (it would cancel an edit), so the dialog hears it first: Esc closes.
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                dialog.close();
                e.consume();
            }
        });
        dialog.setOnShown(e -> {
            list.requestFocus();
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });
        dialog.show();
        return dialog;
    }

    private static void rename(Dialog<Void> owner, LogRoutines routines, Routine routine) {
        TextInputDialog ask = new TextInputDialog(routine.name());
        ask.initOwner(owner.getDialogPane().getScene().getWindow());
        ask.setTitle("Rename the routine");
        ask.setHeaderText(null);
        ask.setContentText("New name:");
        ask.showAndWait().ifPresent(newName -> routines.rename(routine, newName));
    }

    private static void delete(Dialog<Void> owner, LogRoutines routines, Routine routine) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Delete the routine \"" + routine.name()
                + "\"? The sessions you logged with it stay.", ButtonType.CANCEL, ButtonType.OK);
        ask.initOwner(owner.getDialogPane().getScene().getWindow());
        ask.setTitle("Delete the routine");
        ask.setHeaderText(null);
        ((Button) ask.getDialogPane().lookupButton(ButtonType.OK)).setText("Delete");
        ((Button) ask.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ask.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> routines.delete(routine));
    }
}

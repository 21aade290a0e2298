package app.overload.ui.backup;

import java.nio.file.Path;
import java.util.function.Function;

import app.overload.ui.Dialogs;
import app.overload.ui.UiStyles;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** "Backups…": the logbook's copies, a button to make one, and a restore that asks first. */
public final class BackupDialog extends Dialog<Void> {

    public static final String ID = "backups";

    public BackupDialog(Window owner, BackupViewModel model, Path logbookFile) {
        initOwner(owner);
        setTitle("Backups");
        setHeaderText("Copies of " + logbookFile.getFileName());
        getDialogPane().setId(ID);
        getDialogPane().setPrefWidth(820);
        getDialogPane().setMinWidth(820);
        setResizable(true);
        getDialogPane().getStylesheets().add(BackupDialog.class.getResource("/app/overload/ui/overload.css")
                .toExternalForm());

        TableView<BackupViewModel.Row> table = new TableView<>(model.rows());
        table.setId("backup-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Taken", 170, BackupViewModel.Row::when));
        table.getColumns().add(column("Why", 160, BackupViewModel.Row::kind));
        table.getColumns().add(column("Holds", 430, BackupViewModel.Row::contents));
        Label empty = new Label();
        empty.textProperty().bind(model.messageProperty());
        table.setPlaceholder(empty);
        table.setPrefSize(720, 300);
        // The newest copy is chosen as the list arrives: with the keyboard's focus already on the first row, Down
        // alone could not choose a single copy. Restore still asks, with Cancel as its default.
        model.rows().addListener((ListChangeListener<BackupViewModel.Row>) change -> {
            if (!model.rows().isEmpty() && table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });

        Button backUp = new Button("Back up now");
        backUp.setId("back-up-now");
        backUp.disableProperty().bind(model.busyProperty());
        backUp.setOnAction(e -> model.backUpNow(logbookFile));
        Button restore = new Button("Restore…");
        restore.setId("restore");
        restore.getStyleClass().add(Styles.DANGER);
        restore.disableProperty().bind(Bindings.isNull(table.getSelectionModel().selectedItemProperty())
                .or(model.busyProperty()));
        restore.setOnAction(e -> confirmAndRestore(model, table.getSelectionModel().getSelectedItem()));
        Label status = new Label();
        status.getStyleClass().add(UiStyles.MUTED);
        status.textProperty().bind(Bindings.when(Bindings.isEmpty(model.rows())).then("")
                .otherwise(model.messageProperty()));
        HBox actions = new HBox(10, backUp, restore, status);
        Label note = new Label("Restoring replaces the whole logbook with the copy; the current file is kept in "
                + logbookFile.resolveSibling("backups") + ".");
        note.setWrapText(true);
        note.getStyleClass().add(UiStyles.MUTED);
        VBox content = new VBox(10, table, actions, note);
        content.setPadding(new Insets(4, 0, 0, 0));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(new ButtonType("Close", ButtonBar.ButtonData.CANCEL_CLOSE));
        Dialogs.fitOwner(this);
        // The list first: Up and Down choose a copy, Tab reaches Back up now and Restore….
        Dialogs.focusFirstField(this);
        model.refresh(logbookFile);
    }

    private void confirmAndRestore(BackupViewModel model, BackupViewModel.Row row) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, model.confirmation(row), ButtonType.CANCEL, restore);
        confirm.initOwner(getDialogPane().getScene().getWindow());
        confirm.setTitle("Restore this backup?");
        confirm.setHeaderText("Replace the logbook with this backup?");
        // Replacing the whole logbook is never what Enter does: Cancel is the default, and Esc cancels.
        Dialogs.cancelByDefault(confirm.getDialogPane(), restore);
        confirm.getDialogPane().lookupButton(restore).setId("restore-confirm");
        confirm.getDialogPane().lookupButton(ButtonType.CANCEL).setId("restore-cancel");
        confirm.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).ifPresent(b -> {
            // Refused (another window has the logbook open): the dialog stays, with the reason under the list.
            if (model.restore(row)) {
                close();
            }
        });
    }

    private static TableColumn<BackupViewModel.Row, String> column(String title, double width,
            Function<BackupViewModel.Row, String> text) {
        TableColumn<BackupViewModel.Row, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }
}

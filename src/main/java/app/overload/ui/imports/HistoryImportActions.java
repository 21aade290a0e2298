package app.overload.ui.imports;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import app.overload.ui.AppServices;
import app.overload.ui.Dialogs;
import app.overload.ui.Focus;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Where the shell starts an import: a menu item or button calls {@link #open}; {@link #installDropTarget} makes a
 * node or the whole window accept dropped files.
 */
public final class HistoryImportActions {

    private HistoryImportActions() {
    }

    /**
     * Opens the import dialog over {@code owner}, already reading {@code files} when there are any.
     *
     * @param afterImport runs on the JavaFX thread after sessions were written, e.g. to refresh the history
     */
    public static Stage open(Window owner, AppServices services, List<Path> files, Runnable afterImport) {
        ImportHistoryViewModel model = new ImportHistoryViewModel(services.logbook(), services.executor(),
                services.units(), Platform::runLater, ZoneId.systemDefault());
        ImportHistoryView view = new ImportHistoryView(model, afterImport);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Import history");
        // 900 × 720, or as large as the app's window where that is smaller (a 1024 × 640 laptop).
        double width = owner == null || owner.getWidth() <= 0 ? 900 : Math.min(900, owner.getWidth());
        double height = owner == null || owner.getHeight() <= 0 ? 720 : Math.min(720, owner.getHeight());
        Scene scene = new Scene(view, width, height);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setMinWidth(640);
        stage.setMinHeight(480);
        installDropTarget(scene, model);
        stage.show();
        // Keys work at once: the first control (Add files…) has the focus; Esc is Close.
        Dialogs.firstField(view).ifPresent(Focus::soon);
        if (!files.isEmpty()) {
            model.addFiles(files);
        }
        return stage;
    }

    /** Files dropped on {@code target} open the import dialog with them. */
    public static void installDropTarget(Node target, AppServices services, Runnable afterImport) {
        target.addEventHandler(DragEvent.DRAG_OVER, HistoryImportActions::acceptFiles);
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> dropped(e, files -> open(
                target.getScene() == null ? null : target.getScene().getWindow(), services, files, afterImport)));
    }

    /** Files dropped anywhere on the window open the import dialog with them. */
    public static void installDropTarget(Scene scene, AppServices services, Runnable afterImport) {
        scene.addEventHandler(DragEvent.DRAG_OVER, HistoryImportActions::acceptFiles);
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> dropped(e, files -> open(scene.getWindow(), services,
                files, afterImport)));
    }

    /** Files dropped on the open dialog join its list. */
    private static void installDropTarget(Scene scene, ImportHistoryViewModel model) {
        scene.addEventHandler(DragEvent.DRAG_OVER, HistoryImportActions::acceptFiles);
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> dropped(e, model::addFiles));
    }

    private static void acceptFiles(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        }
    }

    private static void dropped(DragEvent e, Consumer<List<Path>> use) {
        boolean ok = e.getDragboard().hasFiles();
        if (ok) {
            List<Path> paths = e.getDragboard().getFiles().stream().map(File::toPath).toList();
            // open after the drop completes, so the drag source is not kept waiting on a dialog
            Platform.runLater(() -> use.accept(paths));
        }
        e.setDropCompleted(ok);
        e.consume();
    }
}

package app.overload.ui.exchange;

import java.io.File;
import java.nio.file.Path;

import app.overload.domain.BlockId;
import app.overload.exchange.BlockFormat;
import app.overload.ui.AppServices;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The two menu actions of block exchange, for the blocks screen and the shell to call: Export block… and Import
 * block…. Each opens its dialog and does the reading and writing through {@code services.executor()}.
 */
public final class BlockExchangeActions {

    /** Block files exported before they had a name of their own end in plain .json, and still open. */
    private static final FileChooser.ExtensionFilter BLOCK_FILES = new FileChooser.ExtensionFilter(
            "Overload block files (*" + BlockFormat.FILE_EXTENSION + ", *.json)", "*" + BlockFormat.FILE_EXTENSION,
            "*.json");

    private BlockExchangeActions() {
    }

    /** Export block…: asks whether the logged sessions go along and where to save. */
    public static void exportBlock(Window owner, AppServices services, BlockId block) {
        ExportBlockViewModel model = new ExportBlockViewModel(services.logbook(), services.executor(), block);
        new ExportBlockDialog(owner, model, suggested -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export block");
            chooser.getExtensionFilters().add(BLOCK_FILES);
            chooser.setInitialFileName(suggested);
            File file = chooser.showSaveDialog(owner);
            return file == null ? null : file.toPath();
        }).show();
        model.load();
    }

    /**
     * Import block…: asks for a file, shows what importing it would do, and imports on confirmation.
     *
     * @param afterImport run on the JavaFX thread once something was imported, to refresh what is shown
     */
    public static void importBlock(Window owner, AppServices services, Runnable afterImport) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import block");
        chooser.getExtensionFilters().add(BLOCK_FILES);
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            previewImport(owner, services, file.toPath(), afterImport);
        }
    }

    /** The import preview for a file already chosen (dropped on the window, or a template). */
    public static void previewImport(Window owner, AppServices services, Path file, Runnable afterImport) {
        ImportBlockViewModel model = new ImportBlockViewModel(services.logbook(), services.executor(),
                services.units().get(), afterImport);
        new ImportBlockDialog(owner, model).show();
        model.preview(file);
    }
}

package app.overload.ui.exchange;

import java.io.File;
import java.time.LocalDate;

import app.overload.ui.AppServices;
import app.overload.usecase.ExportHistory;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Logbook → Export history…: the dialog, and the save dialog it asks for the file. */
public final class HistoryExportActions {

    private HistoryExportActions() {
    }

    public static void exportHistory(Window owner, AppServices services) {
        ExportHistoryViewModel model = new ExportHistoryViewModel(services.logbook(), services.executor(),
                services.units());
        new ExportHistoryDialog(owner, model, LocalDate.now(services.clock()), suggested -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export history");
            boolean json = model.formatProperty().get() == ExportHistory.Format.JSON;
            chooser.getExtensionFilters().add(json
                    ? new FileChooser.ExtensionFilter("Overload history (*.json)", "*.json")
                    : new FileChooser.ExtensionFilter("CSV in Strong's layout (*.csv)", "*.csv"));
            chooser.setInitialFileName(suggested);
            File file = chooser.showSaveDialog(owner);
            return file == null ? null : file.toPath();
        }).show();
    }
}

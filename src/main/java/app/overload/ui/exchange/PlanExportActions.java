package app.overload.ui.exchange;

import java.io.File;

import app.overload.domain.TrainingBlock;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The block view's Export plan menu items: ask where, then export through the view model. */
public final class PlanExportActions {

    private PlanExportActions() {
    }

    public static void calendar(Window owner, ExportPlanViewModel model, TrainingBlock block) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the plan to a calendar");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Calendar files (*.ics)", "*.ics"));
        chooser.setInitialFileName(ExportPlanViewModel.suggestedName(block, ".ics"));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            model.calendar(block, file.toPath());
        }
    }

    public static void watch(Window owner, ExportPlanViewModel model, TrainingBlock block) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the watch workouts (one .fit file per run or ride)");
        File folder = chooser.showDialog(owner);
        if (folder != null) {
            model.watch(block, folder.toPath());
        }
    }
}

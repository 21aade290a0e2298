package app.overload.ui.exchange;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.exchange.export.ExportException;
import app.overload.store.Logbook;
import app.overload.ui.TaskExecutor;
import app.overload.usecase.ExportPlan;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The block view's Export plan menu: the block's planned sessions to a calendar file, its runs and rides to watch
 * workout files, in the background, with one line saying where they went or why not.
 */
public final class ExportPlanViewModel {

    private static final Logger LOG = System.getLogger(ExportPlanViewModel.class.getName());

    private final Logbook logbook;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ObjectProperty<UnitPreferences> units;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);

    public ExportPlanViewModel(Logbook logbook, TaskExecutor executor, Clock clock,
            ObjectProperty<UnitPreferences> units) {
        this.logbook = logbook;
        this.executor = executor;
        this.clock = clock;
        this.units = units;
    }

    /** "Half marathon (Oct 2026).ics": the block's name without characters file systems refuse. */
    public static String suggestedName(TrainingBlock block, String extension) {
        String name = block.name().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-").strip();
        return (name.isEmpty() ? "plan" : name) + extension;
    }

    public void calendar(TrainingBlock block, Path file) {
        UnitPreferences shown = units.get();
        run("Writing the plan to a calendar file", () -> new ExportPlan(logbook).calendar(block, null, file, shown,
                clock.instant()).describe());
    }

    public void watch(TrainingBlock block, Path folder) {
        UnitPreferences shown = units.get();
        run("Writing watch workouts", () -> new ExportPlan(logbook).watchWorkouts(block, null, folder, shown,
                clock.instant()).describe());
    }

    private void run(String description, Callable<String> work) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        outcome.set("");
        executor.submit(description, progress -> work.call(), text -> {
            busy.set(false);
            failed.set(false);
            outcome.set(text);
        }, error -> {
            busy.set(false);
            failed.set(true);
            boolean expected = error instanceof ExportException || error instanceof IllegalArgumentException;
            if (!expected) {
                LOG.log(Level.ERROR, "Plan export failed", error);
            }
            outcome.set("The plan was not exported: " + (expected ? error.getMessage()
                    : "unexpected error (" + error + ")."));
        });
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Where the files went, or why they did not; empty before the first export. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Whether the last export failed, for the outcome's colour. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }
}

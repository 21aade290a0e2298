package app.overload.ui;

import java.time.Clock;

import app.overload.domain.Plates;
import app.overload.domain.UnitPreferences;
import app.overload.store.Logbook;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The composition root's products for an open logbook: what every section is built from. Created once per opened
 * logbook; nothing here is global.
 */
public final class AppServices {

    private final Logbook logbook;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ObjectProperty<UnitPreferences> units;
    private final LogbookFileActions fileActions;
    /** The bar and plates the user set; null until they set them, and the standard set of their unit applies. */
    private final ObjectProperty<Plates> plates = new SimpleObjectProperty<>(this, "plates");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public AppServices(Logbook logbook, TaskExecutor executor, Clock clock, UnitPreferences units,
            LogbookFileActions fileActions) {
        this.logbook = logbook;
        this.executor = executor;
        this.clock = clock;
        this.units = new SimpleObjectProperty<>(units);
        this.fileActions = fileActions;
    }

    /** Services without backup and restore, as tests and read-only logbooks use them. */
    public AppServices(Logbook logbook, TaskExecutor executor, Clock clock, UnitPreferences units) {
        this(logbook, executor, clock, units, LogbookFileActions.NONE);
    }

    /** Back up and restore the logbook file. */
    public LogbookFileActions fileActions() {
        return fileActions;
    }

    public Logbook logbook() {
        return logbook;
    }

    public TaskExecutor executor() {
        return executor;
    }

    public Clock clock() {
        return clock;
    }

    /** The user's units; views re-format when it changes. */
    public ObjectProperty<UnitPreferences> units() {
        return units;
    }

    /** Changes the units everywhere and remembers them in the logbook. */
    public void changeUnits(UnitPreferences newUnits) {
        units.set(newUnits);
        executor.submit("Saving units", p -> {
            logbook.settings().saveUnits(newUnits);
            return null;
        }, ok -> { }, error -> reportProblem("The units could not be saved, so the next start shows the old ones: "
                + messageOf(error)));
    }

    /** The bar and plates set in the settings, or null for the standard set of the user's unit. */
    public ObjectProperty<Plates> plates() {
        return plates;
    }

    /** Sets the bar and plates everywhere and remembers them in the logbook. */
    public void changePlates(Plates newPlates) {
        plates.set(newPlates);
        executor.submit("Saving the bar and plates", p -> {
            logbook.settings().savePlates(newPlates);
            return null;
        }, ok -> { }, error -> reportProblem("The bar and plates could not be saved, so the next start shows the old "
                + "ones: " + messageOf(error)));
    }

    /**
     * The latest failure of work that runs without a form or dialog of its own (saving the units, the daily backup,
     * looking up last time), for the status bar; empty when there is none to show.
     */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Shows {@code text} in the status bar until it is dismissed or replaced; FX thread. */
    public void reportProblem(String text) {
        problem.set(text);
    }

    public void dismissProblem() {
        problem.set("");
    }

    /** A failure's own message, or its type when it has none. */
    public static String messageOf(Throwable error) {
        return error.getMessage() == null || error.getMessage().isBlank() ? error.toString() : error.getMessage();
    }
}

package app.overload.ui;

import java.time.Clock;

import app.overload.domain.UnitPreferences;
import app.overload.store.Logbook;
import javafx.beans.property.ObjectProperty;
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
        }, ok -> { }, error -> { });
    }
}

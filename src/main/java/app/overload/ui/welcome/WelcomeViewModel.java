package app.overload.ui.welcome;

import java.time.Clock;
import java.time.LocalDate;

import app.overload.store.Logbook;
import app.overload.ui.TaskExecutor;
import app.overload.usecase.WriteSampleLogbook;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The first-start page: offers the sample logbook (written in the background) or logging a first session. */
public final class WelcomeViewModel {

    /** The welcome page's sample: one year, a fixed seed, ending today. */
    static final int SAMPLE_YEARS = 1;
    static final long SAMPLE_SEED = 1;

    private final Logbook logbook;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Runnable onLogbookFilled;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public WelcomeViewModel(Logbook logbook, TaskExecutor executor, Clock clock, Runnable onLogbookFilled) {
        this.logbook = logbook;
        this.executor = executor;
        this.clock = clock;
        this.onLogbookFilled = onLogbookFilled;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Writes a year of sample training into the (empty) logbook, then hands over to the history. */
    public void loadSample() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set("Writing a year of sample training…");
        executor.submit("Loading the sample logbook", progress -> {
            progress.update(-1, "Writing the sample logbook…");
            return new WriteSampleLogbook(logbook).write(SAMPLE_YEARS, SAMPLE_SEED, LocalDate.now(clock)).written();
        }, written -> {
            busy.set(false);
            message.set(written ? "" : "The logbook already has sessions; the sample was not added.");
            onLogbookFilled.run();
        }, error -> {
            busy.set(false);
            message.set("The sample could not be written: " + error.getMessage());
        });
    }
}

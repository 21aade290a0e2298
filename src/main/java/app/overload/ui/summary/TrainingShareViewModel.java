package app.overload.ui.summary;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import app.overload.domain.Durations;
import app.overload.domain.Session;
import app.overload.store.Logbook;
import app.overload.ui.LatestOnly;
import app.overload.ui.TaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * "Workout or training?" over the last 4 or 12 weeks. One background read of the longest range; switching the
 * range counts again from what was read.
 */
public final class TrainingShareViewModel {

    /** The two ranges the summary offers. */
    public enum Range {
        FOUR_WEEKS(4), TWELVE_WEEKS(12);

        private final int weeks;

        Range(int weeks) {
            this.weeks = weeks;
        }

        public int weeks() {
            return weeks;
        }

        public String label() {
            return weeks + " weeks";
        }
    }

    private static final int LONGEST = 12;

    private final Logbook logbook;
    private final Clock clock;
    private final ObjectProperty<Range> range = new SimpleObjectProperty<>(this, "range", Range.FOUR_WEEKS);
    private final ReadOnlyObjectWrapper<TrainingShare> share = new ReadOnlyObjectWrapper<>(this, "share");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper training = new ReadOnlyStringWrapper(this, "training", "");
    private final ReadOnlyStringWrapper workouts = new ReadOnlyStringWrapper(this, "workouts", "");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private List<Session> read = List.of();
    private LocalDate readOn;
    /** A refresh replaces the one before it, so an older count never shows after a newer one. */
    private final LatestOnly reads;

    public TrainingShareViewModel(Logbook logbook, TaskExecutor executor, Clock clock) {
        this.logbook = logbook;
        this.reads = new LatestOnly(executor);
        this.clock = clock;
        range.addListener((obs, old, now) -> count());
    }

    public ObjectProperty<Range> rangeProperty() {
        return range;
    }

    /** The counts of the chosen range; null until the first read has finished. */
    public ReadOnlyObjectProperty<TrainingShare> shareProperty() {
        return share.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why there is nothing to show (no sessions in the range, a failed read), or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** "31 sessions · 38 h 10 min". */
    public ReadOnlyStringProperty trainingProperty() {
        return training.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty workoutsProperty() {
        return workouts.getReadOnlyProperty();
    }

    /** "72 % of sessions and 81 % of the time were training." */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** Reads the last twelve weeks again: sessions may have been logged since. */
    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        loading.set(true);
        reads.submit("Counting training and workouts", p -> logbook.sessions().between(
                TrainingShare.firstDay(today, LONGEST), today), sessions -> {
                    loading.set(false);
                    read = sessions;
                    readOn = today;
                    count();
                }, error -> {
                    loading.set(false);
                    share.set(null);
                    message.set("Could not count the sessions: " + (error.getMessage() == null
                            ? error.toString() : error.getMessage()));
                });
    }

    private void count() {
        if (readOn == null) {
            return;
        }
        TrainingShare counted = TrainingShare.of(readOn, range.get().weeks(), read);
        training.set(amount(counted.trainingSessions(), counted.trainingTime()));
        workouts.set(amount(counted.workoutSessions(), counted.workoutTime()));
        headline.set(counted.sessions() == 0 ? "" : percent(counted.sessionShare()) + " of sessions and "
                + percent(counted.timeShare()) + " of the time were training.");
        message.set(counted.sessions() == 0 ? "No sessions in the last " + range.get().label()
                + ". Log one, and this shows how much of it was training." : "");
        share.set(counted);
    }

    private static String amount(int sessions, Duration time) {
        return sessions + (sessions == 1 ? " session" : " sessions") + " · " + Durations.hoursMinutes(time);
    }

    static String percent(double fraction) {
        return Math.round(fraction * 100) + " %";
    }
}

package app.overload.ui.log;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import app.overload.domain.ActivityEntry;
import app.overload.domain.Durations;
import app.overload.domain.ExerciseNames;
import app.overload.domain.Session;
import app.overload.domain.SessionSummary;
import app.overload.domain.StrengthEntry;
import app.overload.domain.UnitPreferences;
import app.overload.progression.ShortRest;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The form's verdict after every change: valid or not (Save follows it), the first problem in words, the session
 * summary, and the heavy sets taken with too little rest.
 */
public final class LogChecks {

    private final LogForm form;
    private final ObjectProperty<UnitPreferences> units;
    private final Supplier<LocalDate> today;
    private final Supplier<ExerciseNames> names;
    private final BooleanProperty valid = new SimpleBooleanProperty(this, "valid", false);
    private final BooleanProperty showAllErrors = new SimpleBooleanProperty(this, "showAllErrors", false);
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private Session session;

    LogChecks(LogForm form, ObjectProperty<UnitPreferences> units, Supplier<LocalDate> today,
            Supplier<ExerciseNames> names) {
        this.form = form;
        this.units = units;
        this.today = today;
        this.names = names;
    }

    /** True when the form holds a session that can be saved. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid;
    }

    /**
     * Whether messages of fields left empty show too. Off while typing a new session (an empty set is not yet a
     * mistake), on after an attempt to save.
     */
    public ReadOnlyBooleanProperty showAllErrorsProperty() {
        return showAllErrors;
    }

    void showAllErrors() {
        showAllErrors.set(true);
    }

    /** The first thing that stops the save, in words; empty when valid. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** "Workout · spin class · 45:00" and what was done, once valid. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** Heavy sets taken after less than two minutes of rest. */
    public ObservableList<String> warnings() {
        return warnings;
    }

    /** The session the form holds, or null when it is not valid. */
    Session session() {
        return session;
    }

    void revalidate(List<EntryModel> entries) {
        Validation v = new Validation();
        session = form.build(v, today.get());
        valid.set(session != null);
        problem.set(session != null ? "" : v.firstProblem());
        if (session == null) {
            summary.set("");
            warnings.clear();
            return;
        }
        if (form.entries().isEmpty()) {
            showAllErrors.set(false);
        }
        SessionSummary text = new SessionSummary(units.get(), names.get());
        String what = SessionSummary.purposeOrLabel(session);
        summary.set(SessionSummary.kind(session) + (what.isEmpty() ? "" : " · " + what) + " · "
                + Durations.clock(session.duration()) + (session.rpe() == null ? "" : " · RPE " + session.rpe())
                + "\n" + text.describe(session));
        warnings.setAll(heavySetWarnings(entries, session.entries(), text));
    }

    private List<String> heavySetWarnings(List<EntryModel> models, List<ActivityEntry> built, SessionSummary text) {
        List<String> result = new ArrayList<>();
        UnitPreferences u = units.get();
        for (int i = 0; i < built.size() && i < models.size(); i++) {
            if (built.get(i) instanceof StrengthEntry entry && models.get(i) instanceof StrengthModel model) {
                for (ShortRest.Flag flag : ShortRest.flags(entry, model.knownMax())) {
                    result.add(String.format(Locale.ROOT, "%s, set %d: %d × %s is %.0f %% of your e1RM after only "
                            + "%s rest; heavy sets want 2:00 or more.", model.name(), flag.index() + 1,
                            flag.set().reps(), u.format(flag.set().load()), flag.fractionOfMax() * 100,
                            Durations.clock(flag.set().restBefore())));
                }
            }
        }
        return result;
    }
}

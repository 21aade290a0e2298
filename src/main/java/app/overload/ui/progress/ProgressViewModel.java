package app.overload.ui.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import app.overload.analysis.ChartResult;
import app.overload.analysis.EnduranceSubject;
import app.overload.analysis.ExerciseSubject;
import app.overload.analysis.GoalRow;
import app.overload.analysis.TimeRange;
import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.Modality;
import app.overload.domain.Purpose;
import app.overload.domain.StrengthGoal;
import app.overload.domain.UnitPreferences;
import app.overload.ui.LatestOnly;
import app.overload.ui.TaskExecutor;
import app.overload.usecase.ChartData;
import app.overload.usecase.ChartTopic;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Progress section's state: which charts (topic and subject), over which range, and the charts themselves.
 * Reading rows and building charts both run on the injected executor; the rows are kept, so a new range or new
 * units only rebuild. Results of a superseded request are dropped, so a slow load never overwrites a newer one.
 */
public final class ProgressViewModel {

    private final ChartData loader;
    private final Clock clock;
    private final ObjectProperty<UnitPreferences> units;

    private final ObjectProperty<ChartTopic> topic = new SimpleObjectProperty<>(ChartTopic.STRENGTH);
    private final ObjectProperty<TimeRange> range = new SimpleObjectProperty<>(TimeRange.TWELVE_WEEKS);
    private final ObjectProperty<ExerciseSubject> exercise = new SimpleObjectProperty<>();
    private final ObjectProperty<EnduranceSubject> endurance = new SimpleObjectProperty<>();
    private final ObservableList<ExerciseSubject> exercises = FXCollections.observableArrayList();
    private final ObservableList<EnduranceSubject> enduranceSubjects = FXCollections.observableArrayList();
    private final ObservableList<ChartResult> charts = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private List<GoalRow> goals = List.of();
    private ChartData.Selection loadedSelection;
    private ChartData.Rows rows;
    /** Choices, rows and charts: each request replaces the one before, so a slow one never shows late. */
    private final LatestOnly latest;
    /** True while the pickers are being filled, so their changes do not each start a load. */
    private boolean adjusting;
    /** An empty logbook shows one message instead of a chart per topic that each say the same. */
    private boolean emptyLogbook;

    public ProgressViewModel(ChartData loader, TaskExecutor executor, Clock clock,
            ObjectProperty<UnitPreferences> units) {
        this.loader = loader;
        this.latest = new LatestOnly(executor);
        this.clock = clock;
        this.units = units;
        topic.addListener((obs, old, now) -> selectionChanged());
        exercise.addListener((obs, old, now) -> selectionChanged());
        endurance.addListener((obs, old, now) -> selectionChanged());
        range.addListener((obs, old, now) -> rebuild());
        units.addListener((obs, old, now) -> rebuild());
    }

    public ObjectProperty<ChartTopic> topicProperty() {
        return topic;
    }

    public ObjectProperty<TimeRange> rangeProperty() {
        return range;
    }

    public ObjectProperty<ExerciseSubject> exerciseProperty() {
        return exercise;
    }

    public ObjectProperty<EnduranceSubject> enduranceProperty() {
        return endurance;
    }

    public ObservableList<ExerciseSubject> exercises() {
        return exercises;
    }

    public ObservableList<EnduranceSubject> enduranceSubjects() {
        return enduranceSubjects;
    }

    /** The charts of the current selection, or the reasons they cannot be drawn. */
    public ObservableList<ChartResult> charts() {
        return charts;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** Set when there is nothing to chart at all (an empty logbook) or loading failed; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Re-reads the pickers' choices and the current charts: the logbook may have changed since last shown. */
    public void refresh() {
        loading.set(true);
        latest.submit("Loading progress", progress -> loader.choices(), this::showChoices, this::failed);
    }

    private void showChoices(ChartData.Choices choices) {
        goals = choices.goals();
        adjusting = true;
        try {
            exercises.setAll(choices.exercises());
            enduranceSubjects.setAll(choices.endurance());
            exercise.set(keep(exercise.get(), choices.exercises(), firstExercise(choices)));
            endurance.set(keep(endurance.get(), choices.endurance(), firstEndurance(choices)));
        } finally {
            adjusting = false;
        }
        emptyLogbook = choices.emptyLogbook();
        if (emptyLogbook) {
            loading.set(false);
            charts.clear();
            rows = null;
            message.set("No sessions yet. Log a session, or load the sample logbook, and your progress shows here.");
            return;
        }
        message.set("");
        load();
    }

    /** The file name a chart is first offered under when saved as a picture: its kind and today's date. */
    public String pictureName(ChartResult chart) {
        return "overload-" + chart.id().key() + "-" + LocalDate.now(clock) + ".png";
    }

    /**
     * The exercise to open with: the one the latest strength block (started by today) aims at, since that is the
     * progress the user cares about now; else the most logged exercise.
     */
    private ExerciseSubject firstExercise(ChartData.Choices choices) {
        LocalDate today = LocalDate.now(clock);
        return choices.goals().stream().filter(g -> !g.start().isAfter(today))
                .sorted(Comparator.comparing(GoalRow::start).reversed())
                .map(g -> g.goal() instanceof StrengthGoal s ? s.exercise()
                        : g.goal() instanceof EstimatedMaxGoal e ? e.exercise() : null)
                .filter(Objects::nonNull)
                .flatMap(id -> choices.exercises().stream().filter(x -> x.exercise().equals(id)))
                .findFirst()
                .orElse(choices.exercises().stream().max(Comparator.comparingInt(ExerciseSubject::entries))
                        .orElse(null));
    }

    /** Tempo runs when there are any (the key session whose pace shows progress), else the first subject. */
    private static EnduranceSubject firstEndurance(ChartData.Choices choices) {
        return choices.endurance().stream().filter(e -> e.modality() == Modality.RUN && e.purpose() == Purpose.TEMPO)
                .findFirst().orElse(choices.endurance().isEmpty() ? null : choices.endurance().get(0));
    }

    /** The same subject again when it still exists (found by equal key), else {@code fallback}. */
    private static <T> T keep(T current, List<T> choices, T fallback) {
        if (current == null) {
            return fallback;
        }
        for (T choice : choices) {
            if (sameSubject(current, choice)) {
                return choice;
            }
        }
        return fallback;
    }

    private static boolean sameSubject(Object a, Object b) {
        if (a instanceof ExerciseSubject x && b instanceof ExerciseSubject y) {
            return x.exercise().equals(y.exercise());
        }
        if (a instanceof EnduranceSubject x && b instanceof EnduranceSubject y) {
            return x.modality() == y.modality() && x.purpose() == y.purpose();
        }
        return Objects.equals(a, b);
    }

    private void selectionChanged() {
        if (!adjusting && !emptyLogbook) {
            load();
        }
    }

    private ChartData.Selection selection() {
        return new ChartData.Selection(topic.get(), exercise.get(), endurance.get());
    }

    /** Reads the rows of the current selection, then builds its charts. */
    private void load() {
        ChartData.Selection selection = selection();
        TimeRange r = range.get();
        UnitPreferences u = units.get();
        LocalDate today = LocalDate.now(clock);
        List<GoalRow> g = goals;
        loading.set(true);
        if (!selection.equals(loadedSelection)) {
            charts.clear(); // other charts: show "Loading…", not the old ones; the same ones stay until replaced
        }
        latest.submit("Loading charts", progress -> {
            ChartData.Rows read = loader.rows(selection, g);
            return new Loaded(selection, read, ChartData.charts(read, r, today, u));
        }, loaded -> {
            loadedSelection = loaded.selection();
            rows = loaded.rows();
            show(loaded.charts());
        }, this::failed);
    }

    /** Builds the charts again from the rows already read: a new range or new units. */
    private void rebuild() {
        if (rows == null || !selection().equals(loadedSelection)) {
            return;
        }
        ChartData.Rows kept = rows;
        TimeRange r = range.get();
        UnitPreferences u = units.get();
        LocalDate today = LocalDate.now(clock);
        loading.set(true);
        latest.submit("Drawing charts", progress -> ChartData.charts(kept, r, today, u), this::show, this::failed);
    }

    private void show(List<ChartResult> built) {
        loading.set(false);
        message.set("");
        charts.setAll(built);
    }

    private void failed(Throwable error) {
        loading.set(false);
        charts.clear();
        message.set("The charts could not be loaded: " + error.getMessage());
    }

    private record Loaded(ChartData.Selection selection, ChartData.Rows rows, List<ChartResult> charts) {
    }
}

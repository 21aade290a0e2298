package app.overload.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

import app.overload.analysis.ChartId;
import app.overload.analysis.ChartResult;
import app.overload.analysis.TimeRange;
import app.overload.domain.BlockId;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.Purpose;
import app.overload.domain.Rpe;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.domain.Workout;
import app.overload.store.Logbook;
import app.overload.ui.BackgroundWork;
import app.overload.ui.CurrentThreadTaskExecutor;
import app.overload.ui.RecordingTaskExecutor;
import app.overload.ui.TaskExecutor;
import app.overload.ui.TaskHandle;
import app.overload.usecase.ChartData;
import app.overload.usecase.ChartTopic;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Progress view model on a small logbook, with work run on the calling thread (or held, to reorder it). */
class ProgressViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final ExerciseId SQUAT = ExerciseId.of("back-squat");
    private static final ExerciseId CURL = ExerciseId.of("biceps-curl");

    @TempDir
    Path folder;

    private Logbook logbook;
    private final RecordingTaskExecutor recorder = new RecordingTaskExecutor(new CurrentThreadTaskExecutor());
    private final List<String> work = recorder.descriptions();
    private final SimpleObjectProperty<UnitPreferences> units = new SimpleObjectProperty<>(UnitPreferences.METRIC);

    @BeforeEach
    void open() {
        logbook = Logbook.open(folder.resolve("vm.db"));
    }

    @AfterEach
    void close() {
        logbook.close();
    }

    private void fill() {
        BlockId block = BlockId.random();
        TrainingBlock squats = new TrainingBlock(block, "Squat block", new EstimatedMaxGoal(SQUAT,
                Mass.kilograms(140)), TODAY.minusWeeks(4), TODAY.plusWeeks(4).minusDays(1), 8, List.of(), List.of(),
                List.of(), List.of(), List.of(), "", null);
        List<Session> sessions = new ArrayList<>();
        for (int week = 4; week >= 0; week--) {
            LocalDate day = TODAY.minusWeeks(week);
            sessions.add(new TrainingSession(SessionId.random(), day.atTime(18, 0), Duration.ofMinutes(60), Rpe.of(7),
                    "", List.of(new StrengthEntry(SQUAT, List.of(StrengthSet.working(5, Mass.kilograms(100 + week))))),
                    block, Purpose.HEAVY_STRENGTH, null));
            // Curls are logged more often than squats; the block's exercise must still open first.
            for (int i = 1; i <= 2; i++) {
                sessions.add(new Workout(SessionId.random(), day.minusDays(i).atTime(7, 0), Duration.ofMinutes(20),
                        Rpe.of(4), "", List.of(new StrengthEntry(CURL, List.of(StrengthSet.working(10,
                                Mass.kilograms(12))))), ""));
            }
            sessions.add(new Workout(SessionId.random(), day.minusDays(3).atTime(7, 0), Duration.ofMinutes(40),
                    Rpe.of(5), "", List.of(EnduranceEntry.of(Modality.RUN, Distance.kilometres(8),
                            Duration.ofMinutes(44))), ""));
        }
        logbook.saveAll(List.of(squats), sessions);
    }

    private ProgressViewModel model(TaskExecutor executor) {
        return new ProgressViewModel(new ChartData(logbook), executor,
                Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), units);
    }

    private static List<ChartId> drawn(ProgressViewModel model) {
        return model.charts().stream().filter(ChartResult.Data.class::isInstance).map(ChartResult::id).toList();
    }

    @Test
    void opensOnTheExerciseOfTheCurrentBlock() {
        fill();
        ProgressViewModel model = model(recorder);

        model.refresh();

        assertThat(model.exercises()).extracting(e -> e.name()).containsExactly("Back squat", "Biceps curl");
        assertThat(model.exerciseProperty().get().exercise()).isEqualTo(SQUAT);
        assertThat(drawn(model)).containsExactly(ChartId.ESTIMATED_MAX, ChartId.VOLUME);
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(model.enduranceSubjects()).extracting(s -> s.label()).containsExactly("Run · all");
    }

    @Test
    void anotherTopicReadsItsRowsAndANewRangeOnlyRebuilds() {
        fill();
        ProgressViewModel model = model(recorder);
        model.refresh();
        work.clear();

        model.topicProperty().set(ChartTopic.LOAD);
        assertThat(drawn(model)).contains(ChartId.LOAD, ChartId.FITNESS_FATIGUE);
        model.rangeProperty().set(TimeRange.FOUR_WEEKS);
        units.set(UnitPreferences.IMPERIAL);

        assertThat(work).containsExactly("Loading charts", "Drawing charts", "Drawing charts");
    }

    @Test
    void changingUnitsRedrawsInPounds() {
        fill();
        ProgressViewModel model = model(new CurrentThreadTaskExecutor());
        model.refresh();

        units.set(UnitPreferences.IMPERIAL);

        ChartResult.Data e1rm = (ChartResult.Data) model.charts().get(0);
        assertThat(e1rm.chart().axisLabel()).isEqualTo("Load (lb)");
    }

    @Test
    void aChartIsOfferedForSavingUnderItsKindAndTheDayOfTheAppsClock() {
        fill();
        ProgressViewModel model = model(new CurrentThreadTaskExecutor());
        model.refresh();

        assertThat(model.pictureName(model.charts().get(0))).isEqualTo("overload-" + ChartId.ESTIMATED_MAX.key() + "-"
                + TODAY + ".png");
    }

    @Test
    void anEmptyLogbookGivesOneMessageAndNoCharts() {
        ProgressViewModel model = model(new CurrentThreadTaskExecutor());
        model.refresh();
        model.topicProperty().set(ChartTopic.ENDURANCE);

        assertThat(model.charts()).isEmpty();
        assertThat(model.messageProperty().get()).startsWith("No sessions yet.");
        assertThat(model.exerciseProperty().get()).isNull();
    }

    @Test
    void aLateResultOfAnEarlierRequestIsDropped() {
        fill();
        HeldExecutor held = new HeldExecutor();
        ProgressViewModel model = model(held);
        model.refresh();
        held.runAll(); // choices, then the strength charts they trigger

        model.topicProperty().set(ChartTopic.LOAD);
        model.topicProperty().set(ChartTopic.KINDS);
        held.runLastFirst();

        assertThat(drawn(model)).containsExactly(ChartId.SESSIONS_BY_KIND, ChartId.MINUTES_BY_KIND);
    }

    @Test
    void showsNothingWhileOtherChartsLoadButKeepsTheSameChartsUntilTheyAreReplaced() {
        fill();
        HeldExecutor held = new HeldExecutor();
        ProgressViewModel model = model(held);
        model.refresh();
        held.runAll();
        List<ChartResult> before = List.copyOf(model.charts());

        model.refresh();
        assertThat(model.loadingProperty().get()).isTrue();
        held.runAll();
        assertThat(model.charts()).isNotSameAs(before).hasSameSizeAs(before);

        model.topicProperty().set(ChartTopic.INTENSITY);
        assertThat(model.charts()).isEmpty();
        assertThat(model.loadingProperty().get()).isTrue();
        held.runAll();
        assertThat(drawn(model)).containsExactly(ChartId.INTENSITY);
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void aFailedLoadSaysSo() {
        fill();
        ProgressViewModel model = model(new CurrentThreadTaskExecutor());
        model.refresh();
        logbook.close();

        model.topicProperty().set(ChartTopic.LOAD);

        assertThat(model.charts()).isEmpty();
        assertThat(model.messageProperty().get()).startsWith("The charts could not be loaded:");
        logbook = Logbook.open(folder.resolve("vm.db"));
    }

    /** Holds submitted work until the test runs it, in an order of its choosing. */
    private static final class HeldExecutor implements TaskExecutor {
        private final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public <T> TaskHandle submit(String description, BackgroundWork<T> task, Consumer<? super T> onSuccess,
                Consumer<? super Throwable> onFailure) {
            // Ignores cancelling on purpose: the view model must drop a late result all the same.
            queue.add(() -> new CurrentThreadTaskExecutor().submit(description, task, onSuccess, onFailure));
            return new TaskHandle();
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }

        void runLastFirst() {
            while (!queue.isEmpty()) {
                queue.pollLast().run();
            }
        }

        @Override
        public void shutdown() {
        }
    }
}

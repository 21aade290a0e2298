package app.overload.ui.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import app.overload.domain.Purpose;
import app.overload.domain.Session;
import app.overload.domain.TrainingSession;
import app.overload.sample.SampleLogbook;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import app.overload.ui.summary.TrainingShareViewModel.Range;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** "Workout or training?" on a year of the sample athlete, counted up to Monday 23 Nov 2026. */
class TrainingShareViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    static Path folder;

    private static SampleLogbook sample;
    private static Logbook logbook;

    @BeforeAll
    static void open() {
        sample = SampleLogbook.generate(1, 1, TODAY);
        logbook = Logbook.open(folder.resolve("sample.db"));
        logbook.saveAll(sample.blocks(), sample.sessions());
    }

    @AfterAll
    static void close() {
        logbook.close();
    }

    private static TrainingShareViewModel model(Range range) {
        TrainingShareViewModel model = new TrainingShareViewModel(logbook, new CurrentThreadTaskExecutor(),
                Clock.fixed(TODAY.atTime(21, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        model.refresh();
        model.rangeProperty().set(range);
        return model;
    }

    /** The sample's sessions from the Monday {@code weeks − 1} weeks before this one up to today. */
    private static List<Session> inRange(int weeks) {
        LocalDate monday = LocalDate.of(2026, 11, 23).minusWeeks(weeks - 1L);
        return sample.sessions().stream().filter(s -> !s.date().isBefore(monday) && !s.date().isAfter(TODAY))
                .toList();
    }

    @Test
    void fourWeeksCountsTheSessionsOfThisWeekAndTheThreeBefore() {
        TrainingShare share = model(Range.FOUR_WEEKS).shareProperty().get();

        // Also read off the SQLite file by hand: kind, count(*) and sum(duration_s) from 2 to 23 Nov.
        assertThat(share.from()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(share.trainingSessions()).isEqualTo(21);
        assertThat(share.workoutSessions()).isEqualTo(9);
        assertThat(share.trainingTime()).isEqualTo(Duration.ofSeconds(87_994));
        assertThat(share.workoutTime()).isEqualTo(Duration.ofSeconds(30_871));
        assertThat(share.weeks()).extracting(TrainingShare.Week::start).containsExactly(LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23));
        assertThat(share.weeks().get(0).purposes()).isEqualTo(Map.of(Purpose.DELOAD, 3, Purpose.EASY_AEROBIC, 2,
                Purpose.TEMPO, 1, Purpose.LONG_RUN, 1));
        assertThat(share.weeks().get(3).purposes()).isEqualTo(Map.of(Purpose.HEAVY_STRENGTH, 1));
        assertThat(share.purposes()).containsExactly(Purpose.EASY_AEROBIC, Purpose.LONG_RUN, Purpose.TEMPO,
                Purpose.INTERVALS, Purpose.HEAVY_STRENGTH, Purpose.DELOAD);
    }

    @Test
    void twelveWeeksCountsFromTheSeventhOfSeptember() {
        TrainingShare share = model(Range.TWELVE_WEEKS).shareProperty().get();

        assertThat(share.from()).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(share.trainingSessions()).isEqualTo(55);
        assertThat(share.workoutSessions()).isEqualTo(45);
        assertThat(share.weeks()).hasSize(12);
    }

    @ParameterizedTest
    @EnumSource(Range.class)
    void everyCountEqualsTheSampleCountedSessionBySession(Range range) {
        TrainingShare share = model(range).shareProperty().get();
        List<Session> sessions = inRange(range.weeks());

        List<Session> training = sessions.stream().filter(TrainingSession.class::isInstance).toList();
        assertThat(share.trainingSessions()).isEqualTo(training.size());
        assertThat(share.workoutSessions()).isEqualTo(sessions.size() - training.size());
        assertThat(share.trainingTime()).isEqualTo(training.stream().map(Session::duration)
                .reduce(Duration.ZERO, Duration::plus));
        for (TrainingShare.Week week : share.weeks()) {
            List<Session> those = sessions.stream().filter(s -> !s.date().isBefore(week.start())
                    && s.date().isBefore(week.start().plusWeeks(1))).toList();
            assertThat(week.workouts()).isEqualTo(those.stream().filter(s -> !(s instanceof TrainingSession))
                    .count());
            for (Purpose p : Purpose.values()) {
                assertThat(week.count(p)).as("%s in the week of %s", p, week.start()).isEqualTo(those.stream()
                        .filter(s -> s instanceof TrainingSession t && t.purpose() == p).count());
            }
        }
    }

    @Test
    void writesTheNumbersAndSharesForTheCard() {
        TrainingShareViewModel model = model(Range.FOUR_WEEKS);

        assertThat(model.trainingProperty().get()).isEqualTo("21 sessions · 24 h 27 min");
        assertThat(model.workoutsProperty().get()).isEqualTo("9 sessions · 8 h 35 min");
        assertThat(model.headlineProperty().get()).isEqualTo("70 % of sessions and 74 % of the time were training.");
        assertThat(model.messageProperty().get()).isEmpty();
    }

    @Test
    void anEmptyRangeSaysSo(@TempDir Path empty) {
        try (Logbook none = Logbook.open(empty.resolve("empty.db"))) {
            TrainingShareViewModel model = new TrainingShareViewModel(none, new CurrentThreadTaskExecutor(),
                    Clock.systemUTC());
            model.refresh();

            assertThat(model.shareProperty().get().sessions()).isZero();
            assertThat(model.messageProperty().get()).startsWith("No sessions in the last 4 weeks.");
        }
    }
}

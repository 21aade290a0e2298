package app.overload.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import app.overload.domain.BlockId;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.ExerciseId;
import app.overload.domain.Interval;
import app.overload.domain.Mass;
import app.overload.domain.MeasurableGoal;
import app.overload.domain.Modality;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.Rpe;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TimedEntry;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.Workout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's reader on a throw-away logbook: just the rows asked for, and never stopped by one bad row. */
class HistoryReaderTest {

    private static final ExerciseId SQUAT = ExerciseId.of("back-squat");
    private static final ExerciseId BENCH = ExerciseId.of("bench-press");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @TempDir
    Path dir;

    private final BlockId blockId = BlockId.random();
    private final PlannedSessionId plannedId = PlannedSessionId.random();

    private TrainingBlock block() {
        PlannedSession planned = new PlannedSession(plannedId, 1, DayOfWeek.MONDAY, Purpose.HEAVY_STRENGTH,
                "A", List.of(Prescription.Strength.sets(SQUAT, 5, 5, Mass.kilograms(100),
                        ProgressionRule.Linear.standard(Mass.kilograms(2.5)))), "");
        return new TrainingBlock(blockId, "Block", new MeasurableGoal("Better", 1, "", true), MONDAY,
                MONDAY.plusDays(27), 4, List.of(), List.of(), List.of(), List.of(), List.of(planned), "", null);
    }

    private TrainingSession lifting(int day, double kg) {
        return new TrainingSession(SessionId.random(), MONDAY.plusDays(day).atTime(18, 0), Duration.ofMinutes(60),
                Rpe.of(7), "long notes the engine does not need", List.of(
                        new StrengthEntry(SQUAT, List.of(StrengthSet.working(5, Mass.kilograms(kg)))),
                        new StrengthEntry(BENCH, List.of(StrengthSet.working(5, Mass.kilograms(60)))),
                        TimedEntry.of("Stretching", Duration.ofMinutes(5), null)),
                blockId, Purpose.HEAVY_STRENGTH, plannedId);
    }

    private Workout intervals(int day) {
        EnduranceEntry run = new EnduranceEntry(Modality.RUN, Distance.kilometres(8), Duration.ofMinutes(40), 160,
                null, List.of(Interval.of(6, Distance.metres(800), Duration.ofMinutes(3))), "");
        return new Workout(SessionId.random(), MONDAY.plusDays(day).atTime(7, 0), Duration.ofMinutes(40), Rpe.of(8),
                "", List.of(run), "Track");
    }

    @Test
    void readsTheLatestEntriesOfAnExerciseHoldingOnlyThem() {
        try (Logbook logbook = Logbook.open(dir.resolve("log.db"))) {
            logbook.saveAll(List.of(block()), List.of(lifting(0, 100), lifting(2, 102.5), lifting(4, 105)));
            EngineHistoryReader.LoggedHistory read = logbook.history().read(Set.of(SQUAT), 2, MONDAY, MONDAY.plusDays(7));
            assertThat(read.sessions()).hasSize(2);
            assertThat(read.sessions()).allSatisfy(s -> {
                assertThat(s.entries()).hasSize(1).allMatch(e -> ((StrengthEntry) e).exercise().equals(SQUAT));
                assertThat(((TrainingSession) s).plannedSession()).isEqualTo(plannedId);
                assertThat(((TrainingSession) s).block()).isEqualTo(blockId);
            });
            assertThat(read.sessions().stream().map(s -> ((StrengthEntry) s.entries().get(0)).sets().get(0).load()
                    .kilograms()).toList()).containsExactly(102.5, 105.0);
            assertThat(read.unreadable()).isZero();
        }
    }

    @Test
    void mergesTheEntriesOfOneSessionReadByDifferentQueries() {
        try (Logbook logbook = Logbook.open(dir.resolve("log.db"))) {
            logbook.saveAll(List.of(block()), List.of(lifting(0, 100)));
            EngineHistoryReader.LoggedHistory read = logbook.history().read(List.of(BENCH, SQUAT), 5, MONDAY,
                    MONDAY.plusDays(7));
            assertThat(read.sessions()).hasSize(1);
            assertThat(read.sessions().get(0).entries()).extracting(e -> ((StrengthEntry) e).exercise())
                    .containsExactly(SQUAT, BENCH);
        }
    }

    @Test
    void readsEnduranceWithIntervalsAndDailyLoadsInTheWindow() {
        try (Logbook logbook = Logbook.open(dir.resolve("log.db"))) {
            logbook.saveAll(List.of(block()), List.of(intervals(1), intervals(9), lifting(2, 100)));
            EngineHistoryReader.LoggedHistory read = logbook.history().read(Set.of(), 0, MONDAY, MONDAY.plusDays(7));
            assertThat(read.sessions()).hasSize(1);
            EnduranceEntry run = (EnduranceEntry) read.sessions().get(0).entries().get(0);
            assertThat(run.intervals()).containsExactly(Interval.of(6, Distance.metres(800), Duration.ofMinutes(3)));
            assertThat(run.averageHeartRate()).isEqualTo(160);
            assertThat(read.dailyLoads()).containsEntry(MONDAY.plusDays(1), 8 * 40.0)
                    .containsEntry(MONDAY.plusDays(2), 7 * 60.0).hasSize(2);
        }
    }

    @Test
    void leavesOutAndCountsARowTheDomainRefuses() {
        try (Logbook logbook = Logbook.open(dir.resolve("log.db"))) {
            logbook.saveAll(List.of(block()), List.of(lifting(0, 100), lifting(2, 102.5)));
            logbook.database().write("spoiling a set", c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE strength_set SET load_kg = 5000 WHERE "
                        + "entry_id = (SELECT min(id) FROM entry WHERE exercise = 'back-squat')")) {
                    return ps.executeUpdate();
                }
            });
            EngineHistoryReader.LoggedHistory read = logbook.history().read(Set.of(SQUAT), 10, MONDAY, MONDAY.plusDays(7));
            assertThat(read.unreadable()).isEqualTo(1);
            assertThat(read.sessions()).hasSize(1);
        }
    }

    @Test
    void findsLastTimeForTheLogForm() {
        try (Logbook logbook = Logbook.open(dir.resolve("log.db"))) {
            logbook.saveAll(List.of(block()), List.of(lifting(0, 100), lifting(2, 102.5), intervals(3)));
            Session last = logbook.history().lastWith(SQUAT, MONDAY.plusDays(2)).orElseThrow();
            assertThat(last.start()).isEqualTo(LocalDateTime.of(MONDAY, LocalTime.of(18, 0)));
            assertThat(logbook.history().lastWith(Modality.RUN, null, MONDAY.plusDays(7))).isPresent();
            assertThat(logbook.history().lastWith(Modality.RUN, Purpose.TEMPO, MONDAY.plusDays(7))).isEmpty();
            assertThat(logbook.history().lastWith(SQUAT, MONDAY)).isEmpty();
        }
    }
}

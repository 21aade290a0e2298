package app.overload.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.overload.analysis.EnduranceRow;
import app.overload.analysis.EnduranceSubject;
import app.overload.analysis.ExerciseSubject;
import app.overload.analysis.GoalRow;
import app.overload.analysis.LoggedSetRow;
import app.overload.analysis.SessionRow;
import app.overload.domain.ActivityEntry;
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
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TimedEntry;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.Workout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chart queries on a small logbook: a squat block with two sessions, a tempo run, a treadmill run without
 * distance, and a yoga workout.
 */
class ChartQueriesTest {

    private static final ExerciseId SQUAT = ExerciseId.of("back-squat");
    private static final ExerciseId BENCH = ExerciseId.of("bench-press");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @TempDir
    Path folder;

    private Logbook logbook;
    private ChartQueries queries;
    private final BlockId block = BlockId.random();

    @BeforeEach
    void open() {
        logbook = Logbook.open(folder.resolve("charts.db"));
        queries = new ChartQueries(logbook.database());
        TrainingBlock squats = new TrainingBlock(block, "Squat to 150", new EstimatedMaxGoal(SQUAT,
                Mass.kilograms(150)), MONDAY, MONDAY.plusWeeks(8).minusDays(1), 8, List.of(), List.of(), List.of(),
                List.of(), List.of(), "", null);
        List<Session> sessions = new ArrayList<>();
        sessions.add(training(MONDAY, Purpose.HEAVY_STRENGTH, 7.0, 60, new StrengthEntry(SQUAT, List.of(
                new StrengthSet(5, Mass.kilograms(60), null, null, SetKind.WARM_UP, false),
                StrengthSet.working(5, Mass.kilograms(100)),
                StrengthSet.working(5, Mass.kilograms(100)).withRpe(Rpe.of(8))))));
        sessions.add(training(MONDAY.plusDays(3), Purpose.HEAVY_STRENGTH, 8.0, 70,
                new StrengthEntry(BENCH, List.of(StrengthSet.working(5, Mass.kilograms(80)))),
                new StrengthEntry(SQUAT, List.of(StrengthSet.working(3, Mass.kilograms(110)).asFailed()))));
        sessions.add(training(MONDAY.plusDays(1), Purpose.TEMPO, 7.0, 45, new EnduranceEntry(Modality.RUN,
                Distance.kilometres(8), Duration.ofMinutes(40), 165, null, List.of(), "")));
        sessions.add(new Workout(SessionId.random(), MONDAY.plusDays(5).atTime(7, 0), Duration.ofMinutes(30), null,
                "", List.of(EnduranceEntry.of(Modality.RUN, null, Duration.ofMinutes(30))), "Treadmill"));
        sessions.add(new Workout(SessionId.random(), MONDAY.plusDays(6).atTime(9, 0), Duration.ofMinutes(60),
                Rpe.of(3), "", List.of(TimedEntry.of("Yoga", Duration.ofMinutes(60), null)), "Yoga"));
        logbook.saveAll(List.of(squats), sessions);
    }

    private TrainingSession training(LocalDate day, Purpose purpose, double rpe, int minutes,
            ActivityEntry... entries) {
        return new TrainingSession(SessionId.random(), day.atTime(18, 0), Duration.ofMinutes(minutes), Rpe.of(rpe), "",
                List.of(entries), block, purpose, null);
    }

    @AfterEach
    void close() {
        logbook.close();
    }

    @Test
    void readsEverySetOfOneExerciseInOrder() {
        List<LoggedSetRow> sets = queries.sets(SQUAT);

        assertThat(sets).extracting(LoggedSetRow::date, LoggedSetRow::reps, LoggedSetRow::kilograms, LoggedSetRow::rpe, LoggedSetRow::kind,
                LoggedSetRow::failed).containsExactly(
                        tuple(MONDAY, 5, 60.0, null, SetKind.WARM_UP, false),
                        tuple(MONDAY, 5, 100.0, null, SetKind.WORKING, false),
                        tuple(MONDAY, 5, 100.0, 8.0, SetKind.WORKING, false),
                        tuple(MONDAY.plusDays(3), 3, 110.0, null, SetKind.WORKING, true));
        assertThat(sets.get(0).session()).isEqualTo(sets.get(2).session()).isNotEqualTo(sets.get(3).session());
        assertThat(queries.sets(ExerciseId.of("deadlift"))).isEmpty();
    }

    @Test
    void readsEnduranceEntriesWithPurposeAndMissingDistance() {
        List<EnduranceRow> runs = queries.endurance(Modality.RUN);
        // Each row names its session's row id (for heart-rate loads per session); which number it is is SQLite's.
        assertThat(runs).usingRecursiveFieldByFieldElementComparatorIgnoringFields("session").containsExactly(
                new EnduranceRow(MONDAY.plusDays(1), Modality.RUN, Purpose.TEMPO, 8000.0, 2400, 165),
                new EnduranceRow(MONDAY.plusDays(5), Modality.RUN, null, null, 1800, null));
        assertThat(runs.get(0).session()).isNotEqualTo(runs.get(1).session()).isPositive();
        assertThat(queries.endurance(Modality.SWIM)).isEmpty();
        assertThat(queries.endurance()).hasSize(2);
    }

    @Test
    void readsSessionsWithKindPurposeDurationAndRpe() {
        assertThat(queries.sessions()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id").containsExactly(
                new SessionRow(MONDAY, true, Purpose.HEAVY_STRENGTH, 3600, 7.0),
                new SessionRow(MONDAY.plusDays(1), true, Purpose.TEMPO, 2700, 7.0),
                new SessionRow(MONDAY.plusDays(3), true, Purpose.HEAVY_STRENGTH, 4200, 8.0),
                new SessionRow(MONDAY.plusDays(5), false, null, 1800, null),
                new SessionRow(MONDAY.plusDays(6), false, null, 3600, 3.0));
    }

    @Test
    void readsBlockGoalsAndTheChoosersSubjects() {
        assertThat(queries.goals()).containsExactly(new GoalRow("Squat to 150", new EstimatedMaxGoal(SQUAT,
                Mass.kilograms(150)), MONDAY, MONDAY.plusWeeks(8).minusDays(1)));
        assertThat(queries.exercises()).containsExactly(
                new ExerciseSubject(SQUAT, "Back squat", 2, MONDAY.plusDays(3)),
                new ExerciseSubject(BENCH, "Bench press", 1, MONDAY.plusDays(3)));
        assertThat(queries.enduranceSubjects()).containsExactly(new EnduranceSubject(Modality.RUN, null, 2),
                new EnduranceSubject(Modality.RUN, Purpose.TEMPO, 1));
    }

    @Test
    void anEmptyLogbookGivesEmptyLists() {
        try (Logbook empty = Logbook.open(folder.resolve("empty.db"))) {
            ChartQueries none = new ChartQueries(empty.database());
            assertThat(none.sessions()).isEmpty();
            assertThat(none.endurance()).isEmpty();
            assertThat(none.exercises()).isEmpty();
            assertThat(none.enduranceSubjects()).isEmpty();
            assertThat(none.goals()).isEmpty();
        }
    }

    @Test
    void eachQueryWalksItsIndex() {
        assertThat(plan("SELECT e.session_id FROM entry e JOIN strength_set s ON s.entry_id = e.id "
                + "WHERE e.exercise = 'back-squat' ORDER BY e.started_at, e.id, s.position"))
                .contains("entry_by_exercise");
        assertThat(plan("SELECT e.started_at FROM entry e JOIN session s ON s.id = e.session_id "
                + "WHERE e.modality = 'RUN' ORDER BY e.started_at, e.id")).contains("entry_by_modality");
        assertThat(plan("SELECT start FROM session ORDER BY start")).contains("session_by_start");
    }

    private String plan(String sql) {
        return logbook.database().read(c -> {
            StringBuilder text = new StringBuilder();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    text.append(rs.getString("detail")).append('\n');
                }
            }
            return text.toString();
        });
    }
}

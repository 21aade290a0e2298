package app.overload.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import app.overload.domain.ExerciseId;
import app.overload.domain.Modality;
import app.overload.domain.Purpose;
import app.overload.domain.Session;

/**
 * Reads the history the progression engine needs, and no more: the last entries of each asked exercise (one
 * indexed query per exercise, through {@code entry_by_exercise}), the endurance entries and daily session loads of
 * recent weeks (through {@code session_by_start}). Sessions come back holding only the entries that were read,
 * without notes and, for the engine, without warm-up sets (no rule looks at them); a row the domain refuses (an
 * absurd value written by another tool) is left out and counted.
 */
public final class EngineHistoryReader {

    private static final String STRENGTH = "SELECT e.id AS entry_id, e.session_id, e.position, e.exercise, "
            + HistoryRows.SESSION_COLUMNS + ", st.reps, st.load_kg, st.rpe AS set_rpe, st.rest_s, st.kind AS set_kind, "
            + "st.failed, st.distance_m AS set_distance_m, st.duration_s AS set_duration_s "
            + "FROM (SELECT id FROM entry WHERE exercise = ? AND started_at < ? ORDER BY started_at DESC LIMIT ?) recent JOIN entry e ON e.id = recent.id "
            + "JOIN session s ON s.id = e.session_id LEFT JOIN training_block b ON b.id = s.block_id "
            + "JOIN strength_set st ON st.entry_id = e.id AND st.kind <> 'WARM_UP' AND st.distance_m IS NULL "
            + "AND st.duration_s IS NULL ORDER BY e.id, st.position";
    /**
     * The same, warm-ups, carries and holds included: "last time" on the log form shows the whole exercise. The
     * engine's query above leaves carries and holds out because they are no lifting attempts.
     */
    private static final String STRENGTH_ALL_SETS = STRENGTH.replace(" AND st.kind <> 'WARM_UP' AND st.distance_m "
            + "IS NULL AND st.duration_s IS NULL", "");
    private static final String ENDURANCE = "SELECT e.id AS entry_id, e.session_id, e.position, e.modality, "
            + "e.distance_m, e.duration_s AS entry_duration_s, e.avg_hr, e.elevation_m, " + HistoryRows.SESSION_COLUMNS
            + ", i.repeats, i.work_distance_m, i.work_duration_s, i.recovery_distance_m, i.recovery_duration_s "
            + "FROM session s JOIN entry e ON e.session_id = s.id LEFT JOIN training_block b ON b.id = s.block_id "
            + "LEFT JOIN entry_interval i ON i.entry_id = e.id "
            + "WHERE s.start >= ? AND s.start < ? AND e.kind = 'ENDURANCE' "
            + "ORDER BY s.start, e.session_id, e.position, i.position";
    private static final String LOADS = "SELECT substr(start, 1, 10) AS day, sum(rpe * duration_s / 60.0) AS load "
            + "FROM session WHERE start >= ? AND start < ? AND rpe IS NOT NULL GROUP BY day";
    private static final String LAST_ENDURANCE = "SELECT e.id AS entry_id, e.session_id, e.position, e.modality, "
            + "e.distance_m, e.duration_s AS entry_duration_s, e.avg_hr, e.elevation_m, " + HistoryRows.SESSION_COLUMNS
            + ", i.repeats, i.work_distance_m, i.work_duration_s, i.recovery_distance_m, i.recovery_duration_s "
            + "FROM (SELECT e.id FROM entry e JOIN session s ON s.id = e.session_id WHERE e.modality = ? "
            + "AND e.started_at < ? AND (? IS NULL OR s.purpose = ?) ORDER BY e.started_at DESC LIMIT 1) last "
            + "JOIN entry e ON e.id = last.id JOIN session s ON s.id = e.session_id "
            + "LEFT JOIN training_block b ON b.id = s.block_id LEFT JOIN entry_interval i ON i.entry_id = e.id "
            + "ORDER BY e.id, i.position";

    /** Sessions holding the entries read, oldest first; session load per day; rows left out as unusable. */
    public record LoggedHistory(List<Session> sessions, Map<LocalDate, Double> dailyLoads, int unreadable) {
        public LoggedHistory {
            sessions = List.copyOf(sessions);
            dailyLoads = Map.copyOf(dailyLoads);
        }
    }

    private final Database database;

    EngineHistoryReader(Database database) {
        this.database = database;
    }

    /**
     * @param exercises          exercises whose recent entries to read (from any session, workouts included)
     * @param entriesPerExercise how many of the latest entries of each exercise
     * @param from               first day of endurance entries and daily loads
     * @param until              nothing from this day on is read
     */
    public LoggedHistory read(Collection<ExerciseId> exercises, int entriesPerExercise, LocalDate from,
            LocalDate until) {
        return database.read(c -> {
            HistoryRows rows = new HistoryRows();
            for (ExerciseId exercise : exercises) {
                strength(c, rows, STRENGTH, exercise, entriesPerExercise, until);
            }
            try (PreparedStatement ps = c.prepareStatement(ENDURANCE)) {
                ps.setString(1, Sql.startOf(from));
                ps.setString(2, Sql.startOf(until));
                try (ResultSet rs = ps.executeQuery()) {
                    rows.endurance(rs);
                }
            }
            return new LoggedHistory(rows.sessions(), dailyLoads(c, from, until), rows.unreadable());
        });
    }

    /**
     * The floor {@link #read} is measured against in the benchmark: the same statements with the same parameters,
     * every row and column stepped through, nothing mapped. Returns the number of rows.
     */
    public long stepRows(Collection<ExerciseId> exercises, int entriesPerExercise, LocalDate from, LocalDate until) {
        return database.read(c -> {
            long rows = 0;
            for (ExerciseId exercise : exercises) {
                try (PreparedStatement ps = c.prepareStatement(STRENGTH)) {
                    ps.setString(1, exercise.value());
                    ps.setString(2, Sql.startOf(until));
                    ps.setInt(3, Math.max(0, entriesPerExercise));
                    rows += step(ps);
                }
            }
            for (String sql : List.of(ENDURANCE, LOADS)) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, Sql.startOf(from));
                    ps.setString(2, Sql.startOf(until));
                    rows += step(ps);
                }
            }
            return rows;
        });
    }

    private static long step(PreparedStatement ps) throws SQLException {
        long rows = 0;
        try (ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
                rows++;
            }
        }
        return rows;
    }

    /** The last session before {@code until} with the exercise, holding only that exercise: "last time" on the log form. */
    public Optional<Session> lastWith(ExerciseId exercise, LocalDate until) {
        return database.read(c -> {
            HistoryRows rows = new HistoryRows();
            strength(c, rows, STRENGTH_ALL_SETS, exercise, 1, until);
            List<Session> found = rows.sessions();
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
        });
    }

    /**
     * The last session before {@code until} with an entry of {@code modality} (in a training session of
     * {@code purpose}, when given), holding only that entry.
     */
    public Optional<Session> lastWith(Modality modality, Purpose purpose, LocalDate until) {
        return database.read(c -> {
            HistoryRows rows = new HistoryRows();
            try (PreparedStatement ps = c.prepareStatement(LAST_ENDURANCE)) {
                ps.setString(1, modality.name());
                ps.setString(2, Sql.startOf(until));
                ps.setString(3, purpose == null ? null : purpose.name());
                ps.setString(4, purpose == null ? null : purpose.name());
                try (ResultSet rs = ps.executeQuery()) {
                    rows.endurance(rs);
                }
            }
            List<Session> found = rows.sessions();
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        });
    }

    private static void strength(Connection c, HistoryRows rows, String sql, ExerciseId exercise, int limit,
            LocalDate until) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, exercise.value());
            ps.setString(2, Sql.startOf(until));
            ps.setInt(3, Math.max(0, limit));
            try (ResultSet rs = ps.executeQuery()) {
                rows.strength(rs);
            }
        }
    }

    private static Map<LocalDate, Double> dailyLoads(Connection c, LocalDate from, LocalDate until)
            throws SQLException {
        Map<LocalDate, Double> loads = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(LOADS)) {
            ps.setString(1, Sql.startOf(from));
            ps.setString(2, Sql.startOf(until));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double load = rs.getDouble("load");
                    if (Double.isFinite(load) && load > 0) {
                        loads.put(LocalDate.parse(rs.getString("day")), load);
                    }
                }
            }
        }
        return loads;
    }
}

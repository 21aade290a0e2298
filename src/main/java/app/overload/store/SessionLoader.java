package app.overload.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.overload.domain.ActivityEntry;
import app.overload.domain.BlockId;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.ExerciseId;
import app.overload.domain.HeartRateHistogram;
import app.overload.domain.Interval;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Purpose;
import app.overload.domain.Rpe;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TimedEntry;
import app.overload.domain.TrainingSession;
import app.overload.domain.Workout;

/**
 * Reads whole sessions selected by a condition on the {@code session} table (aliased {@code s}) in four
 * queries — sessions, entries, sets, intervals — however many sessions match.
 */
final class SessionLoader {

    private SessionLoader() {
    }

    static List<Session> load(Connection c, String where, Object... params) throws SQLException {
        Map<Long, SessionRow> sessions = new LinkedHashMap<>();
        try (PreparedStatement ps = prepare(c, "SELECT s.*, b.uuid AS block_uuid FROM session s "
                + "LEFT JOIN training_block b ON b.id = s.block_id WHERE " + where + " ORDER BY s.start, s.id",
                params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sessions.put(rs.getLong("id"), new SessionRow(rs));
            }
        }
        if (sessions.isEmpty()) {
            return List.of();
        }
        Map<Long, List<StrengthSet>> sets = new HashMap<>();
        // CROSS JOIN keeps SQLite's join order: from the chosen sessions down through the indexes. Left to itself
        // the planner scans every set in the logbook to save a sort.
        try (PreparedStatement ps = prepare(c, "SELECT st.* FROM session s CROSS JOIN entry e ON e.session_id = s.id "
                + "CROSS JOIN strength_set st ON st.entry_id = e.id WHERE " + where
                + " ORDER BY st.entry_id, st.position",
                params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sets.computeIfAbsent(rs.getLong("entry_id"), k -> new ArrayList<>()).add(set(rs));
            }
        }
        Map<Long, List<Interval>> intervals = new HashMap<>();
        try (PreparedStatement ps = prepare(c, "SELECT i.* FROM session s CROSS JOIN entry e ON e.session_id = s.id "
                + "CROSS JOIN entry_interval i ON i.entry_id = e.id WHERE " + where + " ORDER BY i.entry_id, i.position",
                params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                intervals.computeIfAbsent(rs.getLong("entry_id"), k -> new ArrayList<>()).add(interval(rs));
            }
        }
        try (PreparedStatement ps = prepare(c, "SELECT e.* FROM entry e JOIN session s ON s.id = e.session_id "
                + "WHERE " + where + " ORDER BY e.session_id, e.position", params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                SessionRow row = sessions.get(rs.getLong("session_id"));
                long entryId = rs.getLong("id");
                try {
                    row.entries.add(entry(rs, sets.getOrDefault(entryId, List.of()),
                            intervals.getOrDefault(entryId, List.of())));
                } catch (IllegalArgumentException e) {
                    throw damaged(row, e);
                }
            }
        }
        List<Session> result = new ArrayList<>(sessions.size());
        for (SessionRow row : sessions.values()) {
            try {
                result.add(row.toSession());
            } catch (IllegalArgumentException e) {
                throw damaged(row, e);
            }
        }
        return result;
    }

    private static StoreException damaged(SessionRow row, IllegalArgumentException e) {
        return new StoreException(StoreException.Reason.DAMAGED, "The session of " + row.start.toLocalDate()
                + " (" + row.uuid + ") holds a value Overload cannot accept: " + e.getMessage(), e);
    }

    static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }

    private static StrengthSet set(ResultSet rs) throws SQLException {
        Double rpe = Sql.getDouble(rs, "rpe");
        return new StrengthSet(rs.getInt("reps"), Mass.kilograms(rs.getDouble("load_kg")),
                rpe == null ? null : Rpe.of(rpe), Sql.getSeconds(rs, "rest_s"), SetKind.valueOf(rs.getString("kind")),
                rs.getInt("failed") != 0, distance(rs, "distance_m"), Sql.getSeconds(rs, "duration_s"));
    }

    static Interval interval(ResultSet rs) throws SQLException {
        return new Interval(rs.getInt("repeats"), distance(rs, "work_distance_m"),
                Sql.getSeconds(rs, "work_duration_s"), distance(rs, "recovery_distance_m"),
                Sql.getSeconds(rs, "recovery_duration_s"));
    }

    static Distance distance(ResultSet rs, String column) throws SQLException {
        Double metres = Sql.getDouble(rs, column);
        return metres == null ? null : Distance.metres(metres);
    }

    static Distance distance(ResultSet rs, int column) throws SQLException {
        Double metres = Sql.getDouble(rs, column);
        return metres == null ? null : Distance.metres(metres);
    }

    private static ActivityEntry entry(ResultSet rs, List<StrengthSet> sets, List<Interval> intervals)
            throws SQLException {
        String notes = rs.getString("notes");
        switch (rs.getString("kind")) {
            case "STRENGTH":
                return new StrengthEntry(ExerciseId.of(rs.getString("exercise")), sets, notes);
            case "ENDURANCE":
                String histogram = rs.getString("hr_histogram");
                return new EnduranceEntry(Modality.valueOf(rs.getString("modality")), distance(rs, "distance_m"),
                        Sql.getSeconds(rs, "duration_s"), Sql.getInt(rs, "avg_hr"), distance(rs, "elevation_m"),
                        intervals, notes, Sql.getInt(rs, "max_hr"),
                        histogram == null ? null : HeartRateHistogram.parse(histogram));
            default:
                Double effort = Sql.getDouble(rs, "effort");
                return new TimedEntry(rs.getString("activity"), Sql.getSeconds(rs, "duration_s"),
                        effort == null ? null : Rpe.of(effort), notes);
        }
    }

    /** The columns of one session row, held until its entries are read. */
    private static final class SessionRow {
        final String uuid;
        final String kind;
        final LocalDateTime start;
        final Duration duration;
        final Double rpe;
        final String notes;
        final String label;
        final String blockUuid;
        final String purpose;
        final String plannedUuid;
        final List<ActivityEntry> entries = new ArrayList<>();

        SessionRow(ResultSet rs) throws SQLException {
            uuid = rs.getString("uuid");
            kind = rs.getString("kind");
            start = Sql.timestamp(rs.getString("start"));
            duration = Sql.getSeconds(rs, "duration_s");
            rpe = Sql.getDouble(rs, "rpe");
            notes = rs.getString("notes");
            label = rs.getString("label");
            blockUuid = rs.getString("block_uuid");
            purpose = rs.getString("purpose");
            plannedUuid = rs.getString("planned_uuid");
        }

        Session toSession() {
            SessionId id = SessionId.parse(uuid);
            Rpe sessionRpe = rpe == null ? null : Rpe.of(rpe);
            if ("WORKOUT".equals(kind)) {
                return new Workout(id, start, duration, sessionRpe, notes, entries, label);
            }
            return new TrainingSession(id, start, duration, sessionRpe, notes, entries, BlockId.parse(blockUuid),
                    Purpose.valueOf(purpose), plannedUuid == null ? null : PlannedSessionId.parse(plannedUuid));
        }
    }
}

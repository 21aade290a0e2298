package app.overload.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.overload.domain.ActivityEntry;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.ExerciseId;
import app.overload.domain.Interval;
import app.overload.domain.Session;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TimedEntry;
import app.overload.domain.TrainingSession;
import app.overload.domain.Workout;

/** Writes one session with its entries and sets, inside the caller's transaction. */
final class SessionWriter {

    private SessionWriter() {
    }

    /** Inserts the session, or replaces the stored one with the same id (entries and sets included). */
    static void save(Connection c, Session session) throws SQLException {
        checkExercisesExist(c, session);
        Long blockId = null;
        String purpose = null;
        String planned = null;
        String label = "";
        if (session instanceof TrainingSession t) {
            blockId = blockRowId(c, t);
            purpose = t.purpose().name();
            planned = t.plannedSession() == null ? null : t.plannedSession().toString();
        } else {
            label = ((Workout) session).label();
        }
        long rowId;
        Long existing = rowId(c, session);
        String sql = existing == null
                ? "INSERT INTO session (kind, start, duration_s, rpe, notes, label, block_id, purpose, planned_uuid, "
                        + "uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE session SET kind = ?, start = ?, duration_s = ?, rpe = ?, notes = ?, label = ?, "
                        + "block_id = ?, purpose = ?, planned_uuid = ? WHERE uuid = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, session instanceof Workout ? "WORKOUT" : "TRAINING");
            ps.setString(2, Sql.timestamp(session.start()));
            Sql.setSeconds(ps, 3, session.duration());
            Sql.setDouble(ps, 4, session.rpe() == null ? null : session.rpe().value());
            ps.setString(5, session.notes());
            ps.setString(6, label);
            if (blockId == null) {
                ps.setNull(7, Types.INTEGER);
            } else {
                ps.setLong(7, blockId);
            }
            ps.setString(8, purpose);
            ps.setString(9, planned);
            ps.setString(10, session.id().toString());
            ps.executeUpdate();
        }
        if (existing == null) {
            rowId = lastRowId(c);
        } else {
            rowId = existing;
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM entry WHERE session_id = ?")) {
                ps.setLong(1, rowId);
                ps.executeUpdate();
            }
        }
        writeEntries(c, rowId, session);
    }

    private static final String SET = "INSERT INTO strength_set (entry_id, position, reps, load_kg, rpe, rest_s, "
            + "kind, failed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    /**
     * Names the columns of format 4 only when a set needs them, so a session of lifts is written the same way it
     * always was, into any format that has its tables.
     */
    private static final String SET_WITH_DISTANCE_AND_TIME = "INSERT INTO strength_set (entry_id, position, reps, "
            + "load_kg, rpe, rest_s, kind, failed, distance_m, duration_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static boolean hasCarries(Session session) {
        return session.entries().stream().anyMatch(e -> e instanceof StrengthEntry s
                && s.sets().stream().anyMatch(set -> !set.isLift()));
    }

    /**
     * Names the heart-rate columns of format 5 only when an entry has them, for the same reason as the set
     * columns above.
     */
    private static boolean hasHeartRateDetail(Session session) {
        return session.entries().stream().anyMatch(e -> e instanceof EnduranceEntry en
                && (en.maxHeartRate() != null || en.heartRateHistogram() != null));
    }

    private static void writeEntries(Connection c, long sessionRowId, Session session) throws SQLException {
        String startedAt = Sql.timestamp(session.start());
        boolean carries = hasCarries(session);
        boolean heartRate = hasHeartRateDetail(session);
        try (PreparedStatement entry = c.prepareStatement("INSERT INTO entry (session_id, position, kind, "
                + "started_at, exercise, modality, activity, distance_m, duration_s, avg_hr, elevation_m, effort, "
                + "notes" + (heartRate ? ", max_hr, hr_histogram) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        : ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
             PreparedStatement set = c.prepareStatement(carries ? SET_WITH_DISTANCE_AND_TIME : SET);
             PreparedStatement interval = c.prepareStatement("INSERT INTO entry_interval (entry_id, position, "
                     + "repeats, work_distance_m, work_duration_s, recovery_distance_m, recovery_duration_s) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            List<ActivityEntry> entries = session.entries();
            for (int i = 0; i < entries.size(); i++) {
                ActivityEntry e = entries.get(i);
                entry.setLong(1, sessionRowId);
                entry.setInt(2, i);
                entry.setString(4, startedAt);
                for (int p = 5; p <= 12; p++) {
                    entry.setNull(p, Types.NULL);
                }
                entry.setString(13, "");
                if (heartRate) {
                    entry.setNull(14, Types.NULL);
                    entry.setNull(15, Types.NULL);
                }
                if (e instanceof StrengthEntry s) {
                    entry.setString(3, "STRENGTH");
                    entry.setString(5, s.exercise().value());
                    entry.setString(13, s.notes());
                } else if (e instanceof EnduranceEntry en) {
                    entry.setString(3, "ENDURANCE");
                    entry.setString(6, en.modality().name());
                    Sql.setDouble(entry, 8, en.distance() == null ? null : en.distance().metres());
                    Sql.setSeconds(entry, 9, en.duration());
                    Sql.setInt(entry, 10, en.averageHeartRate());
                    Sql.setDouble(entry, 11, en.elevationGain() == null ? null : en.elevationGain().metres());
                    entry.setString(13, en.notes());
                    if (heartRate) {
                        Sql.setInt(entry, 14, en.maxHeartRate());
                        entry.setString(15, en.heartRateHistogram() == null ? null : en.heartRateHistogram().text());
                    }
                } else {
                    TimedEntry t = (TimedEntry) e;
                    entry.setString(3, "TIMED");
                    entry.setString(7, t.activity());
                    Sql.setSeconds(entry, 9, t.duration());
                    Sql.setDouble(entry, 12, t.effort() == null ? null : t.effort().value());
                    entry.setString(13, t.notes());
                }
                entry.executeUpdate();
                long entryId = lastRowId(c);
                if (e instanceof StrengthEntry s) {
                    writeSets(set, entryId, s.sets(), carries);
                } else if (e instanceof EnduranceEntry en) {
                    writeIntervals(interval, entryId, en.intervals());
                }
            }
            set.executeBatch();
            interval.executeBatch();
        }
    }

    private static void writeSets(PreparedStatement ps, long entryId, List<StrengthSet> sets,
            boolean withDistanceAndTime) throws SQLException {
        for (int i = 0; i < sets.size(); i++) {
            StrengthSet s = sets.get(i);
            ps.setLong(1, entryId);
            ps.setInt(2, i);
            ps.setInt(3, s.reps());
            ps.setDouble(4, s.load().kilograms());
            Sql.setDouble(ps, 5, s.rpe() == null ? null : s.rpe().value());
            Sql.setSeconds(ps, 6, s.restBefore());
            ps.setString(7, s.kind().name());
            ps.setInt(8, s.failed() ? 1 : 0);
            if (withDistanceAndTime) {
                Sql.setDouble(ps, 9, s.distance() == null ? null : s.distance().metres());
                Sql.setSeconds(ps, 10, s.duration());
            }
            ps.addBatch();
        }
    }

    static void writeIntervals(PreparedStatement ps, long ownerId, List<Interval> intervals) throws SQLException {
        for (int i = 0; i < intervals.size(); i++) {
            Interval in = intervals.get(i);
            ps.setLong(1, ownerId);
            ps.setInt(2, i);
            ps.setInt(3, in.repeats());
            Sql.setDouble(ps, 4, in.workDistance() == null ? null : in.workDistance().metres());
            Sql.setSeconds(ps, 5, in.workDuration());
            Sql.setDouble(ps, 6, in.recoveryDistance() == null ? null : in.recoveryDistance().metres());
            Sql.setSeconds(ps, 7, in.recoveryDuration());
            ps.addBatch();
        }
    }

    private static void checkExercisesExist(Connection c, Session session) throws SQLException {
        Set<ExerciseId> used = new LinkedHashSet<>();
        for (ActivityEntry e : session.entries()) {
            if (e instanceof StrengthEntry s) {
                used.add(s.exercise());
            }
        }
        for (ExerciseId id : used) {
            if (ExerciseRepository.find(c, id).isEmpty()) {
                throw new StoreException(StoreException.Reason.CONFLICT,
                        "The exercise \"" + id + "\" is not in the catalogue; add it before saving the session.");
            }
        }
    }

    private static long blockRowId(Connection c, TrainingSession t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM training_block WHERE uuid = ?")) {
            ps.setString(1, t.block().toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(StoreException.Reason.CONFLICT,
                            "The training block of this session is not in the logbook.");
                }
                return rs.getLong(1);
            }
        }
    }

    private static Long rowId(Connection c, Session session) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM session WHERE uuid = ?")) {
            ps.setString(1, session.id().toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    static long lastRowId(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

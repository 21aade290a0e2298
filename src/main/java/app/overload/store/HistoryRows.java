package app.overload.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import app.overload.domain.ActivityEntry;
import app.overload.domain.BlockId;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.ExerciseId;
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
import app.overload.domain.TrainingSession;
import app.overload.domain.Workout;

/**
 * Collects entry rows from the history queries into sessions that hold just those entries. Rows of one session
 * may come from several queries (its squat, its bench, its run); they end up in one session, in logged order.
 */
final class HistoryRows {

    static final String SESSION_COLUMNS = "s.uuid AS session_uuid, s.kind AS session_kind, s.start, s.duration_s, "
            + "s.rpe, s.label, s.purpose, s.planned_uuid, b.uuid AS block_uuid";

    /** The session columns of a row, kept as read until the session is built. */
    private static final class Head {
        final String uuid;
        final String kind;
        final String start;
        final Duration duration;
        final Double rpe;
        final String label;
        final String purpose;
        final String planned;
        final String block;
        final Map<Integer, ActivityEntry> entries = new TreeMap<>();

        Head(ResultSet rs) throws SQLException {
            uuid = rs.getString("session_uuid");
            kind = rs.getString("session_kind");
            start = rs.getString("start");
            duration = Sql.getSeconds(rs, "duration_s");
            rpe = Sql.getDouble(rs, "rpe");
            label = rs.getString("label");
            purpose = rs.getString("purpose");
            planned = rs.getString("planned_uuid");
            block = rs.getString("block_uuid");
        }

        Session build() {
            SessionId id = SessionId.parse(uuid);
            LocalDateTime when = Sql.timestamp(start);
            Rpe sessionRpe = rpe == null ? null : Rpe.of(rpe);
            List<ActivityEntry> list = new ArrayList<>(entries.values());
            if ("WORKOUT".equals(kind)) {
                return new Workout(id, when, duration, sessionRpe, "", list, label);
            }
            return new TrainingSession(id, when, duration, sessionRpe, "", list, BlockId.parse(block),
                    Purpose.valueOf(purpose), planned == null ? null : PlannedSessionId.parse(planned));
        }
    }

    private final Map<Long, Head> heads = new HashMap<>();
    private int unreadable;

    /** Rows of strength sets, ordered by entry and set position. */
    void strength(ResultSet rs) throws SQLException {
        long current = -1;
        Head head = null;
        int position = 0;
        String exercise = null;
        List<StrengthSet> sets = new ArrayList<>();
        boolean bad = false;
        while (rs.next()) {
            long entry = rs.getLong("entry_id");
            if (entry != current) {
                addStrength(head, position, exercise, sets, bad);
                current = entry;
                head = head(rs);
                position = rs.getInt("position");
                exercise = rs.getString("exercise");
                sets = new ArrayList<>();
                bad = false;
            }
            try {
                Double rpe = Sql.getDouble(rs, "set_rpe");
                sets.add(new StrengthSet(rs.getInt("reps"), Mass.kilograms(rs.getDouble("load_kg")),
                        rpe == null ? null : Rpe.of(rpe), Sql.getSeconds(rs, "rest_s"),
                        SetKind.valueOf(rs.getString("set_kind")), rs.getInt("failed") != 0));
            } catch (IllegalArgumentException e) {
                bad = true;
            }
        }
        addStrength(head, position, exercise, sets, bad);
    }

    private void addStrength(Head head, int position, String exercise, List<StrengthSet> sets, boolean bad) {
        if (head == null) {
            return;
        }
        try {
            if (bad) {
                throw new IllegalArgumentException("a set holds a value the domain refuses");
            }
            head.entries.put(position, new StrengthEntry(ExerciseId.of(exercise), sets));
        } catch (IllegalArgumentException e) {
            unreadable++;
        }
    }

    /** Rows of endurance entries, each joined with its intervals (or one row of nulls), ordered by entry. */
    void endurance(ResultSet rs) throws SQLException {
        long current = -1;
        Head head = null;
        int position = 0;
        Row row = null;
        List<Interval> intervals = new ArrayList<>();
        boolean bad = false;
        while (rs.next()) {
            long entry = rs.getLong("entry_id");
            if (entry != current) {
                addEndurance(head, position, row, intervals, bad);
                current = entry;
                head = head(rs);
                position = rs.getInt("position");
                row = new Row(rs);
                intervals = new ArrayList<>();
                bad = false;
            }
            if (Sql.getInt(rs, "repeats") != null) {
                try {
                    intervals.add(SessionLoader.interval(rs));
                } catch (IllegalArgumentException e) {
                    bad = true;
                }
            }
        }
        addEndurance(head, position, row, intervals, bad);
    }

    /** The endurance columns of an entry row. */
    private record Row(String modality, Double distance, Duration duration, Integer heartRate, Double elevation) {
        Row(ResultSet rs) throws SQLException {
            this(rs.getString("modality"), Sql.getDouble(rs, "distance_m"), Sql.getSeconds(rs, "entry_duration_s"),
                    Sql.getInt(rs, "avg_hr"), Sql.getDouble(rs, "elevation_m"));
        }
    }

    private void addEndurance(Head head, int position, Row row, List<Interval> intervals, boolean bad) {
        if (head == null) {
            return;
        }
        try {
            if (bad) {
                throw new IllegalArgumentException("an interval holds a value the domain refuses");
            }
            head.entries.put(position, new EnduranceEntry(Modality.valueOf(row.modality()),
                    row.distance() == null ? null : app.overload.domain.Distance.metres(row.distance()),
                    row.duration(), row.heartRate(),
                    row.elevation() == null ? null : app.overload.domain.Distance.metres(row.elevation()),
                    intervals, ""));
        } catch (IllegalArgumentException | NullPointerException e) {
            unreadable++;
        }
    }

    private Head head(ResultSet rs) throws SQLException {
        long id = rs.getLong("session_id");
        Head head = heads.get(id);
        if (head == null) {
            head = new Head(rs);
            heads.put(id, head);
        }
        return head;
    }

    /** The sessions built so far, oldest first; a session whose own columns are refused counts its entries as unreadable. */
    List<Session> sessions() {
        List<Session> built = new ArrayList<>();
        for (Head head : heads.values()) {
            if (head.entries.isEmpty()) {
                continue;
            }
            try {
                built.add(head.build());
            } catch (IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
                unreadable += head.entries.size();
            }
        }
        built.sort(Comparator.comparing(Session::start).thenComparing(s -> s.id().toString()));
        return built;
    }

    int unreadable() {
        return unreadable;
    }
}

package app.overload.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
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
import app.overload.domain.Distance;
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
 * Columns are read by position (see the queries in {@link EngineHistoryReader}): this loop runs for every set read.
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

        /** Reads the nine {@link #SESSION_COLUMNS} starting at column {@code first}. */
        Head(ResultSet rs, int first) throws SQLException {
            uuid = rs.getString(first);
            kind = rs.getString(first + 1);
            start = rs.getString(first + 2);
            duration = Sql.getSeconds(rs, first + 3);
            rpe = Sql.getDouble(rs, first + 4);
            label = rs.getString(first + 5);
            purpose = rs.getString(first + 6);
            planned = rs.getString(first + 7);
            block = rs.getString(first + 8);
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

    /**
     * Rows of strength sets, ordered by entry and set position: entry id, session id, position, exercise, the
     * session columns, then reps, load, RPE, rest, kind, failed, distance, duration.
     */
    void strength(ResultSet rs) throws SQLException {
        long current = -1;
        Head head = null;
        int position = 0;
        String exercise = null;
        List<StrengthSet> sets = new ArrayList<>();
        boolean bad = false;
        while (rs.next()) {
            long entry = rs.getLong(1);
            if (entry != current) {
                addStrength(head, position, exercise, sets, bad);
                current = entry;
                head = head(rs, 5);
                position = rs.getInt(3);
                exercise = rs.getString(4);
                sets = new ArrayList<>();
                bad = false;
            }
            try {
                Double rpe = Sql.getDouble(rs, 16);
                sets.add(new StrengthSet(rs.getInt(14), Mass.kilograms(rs.getDouble(15)),
                        rpe == null ? null : Rpe.of(rpe), Sql.getSeconds(rs, 17),
                        SetKind.valueOf(rs.getString(18)), rs.getInt(19) != 0, SessionLoader.distance(rs, 20),
                        Sql.getSeconds(rs, 21)));
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

    /**
     * Rows of endurance entries, each joined with its intervals (or one row of nulls), an entry's rows together:
     * entry id, session id, position, modality, distance, duration, heart rate, elevation, the session columns,
     * then the interval's repeats, work distance and time, recovery distance and time.
     */
    void endurance(ResultSet rs) throws SQLException {
        long current = -1;
        Head head = null;
        int position = 0;
        Row row = null;
        List<Interval> intervals = new ArrayList<>();
        boolean bad = false;
        while (rs.next()) {
            long entry = rs.getLong(1);
            if (entry != current) {
                addEndurance(head, position, row, intervals, bad);
                current = entry;
                head = head(rs, 9);
                position = rs.getInt(3);
                row = new Row(rs);
                intervals = new ArrayList<>();
                bad = false;
            }
            Integer repeats = Sql.getInt(rs, 18);
            if (repeats != null) {
                try {
                    Double work = Sql.getDouble(rs, 19);
                    Double recovery = Sql.getDouble(rs, 21);
                    intervals.add(new Interval(repeats, work == null ? null : Distance.metres(work),
                            Sql.getSeconds(rs, 20), recovery == null ? null : Distance.metres(recovery),
                            Sql.getSeconds(rs, 22)));
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
            this(rs.getString(4), Sql.getDouble(rs, 5), Sql.getSeconds(rs, 6), Sql.getInt(rs, 7),
                    Sql.getDouble(rs, 8));
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
                    row.distance() == null ? null : Distance.metres(row.distance()), row.duration(), row.heartRate(),
                    row.elevation() == null ? null : Distance.metres(row.elevation()),
                    intervals, ""));
        } catch (IllegalArgumentException | NullPointerException e) {
            unreadable++;
        }
    }

    private Head head(ResultSet rs, int sessionColumns) throws SQLException {
        long id = rs.getLong(2);
        Head head = heads.get(id);
        if (head == null) {
            head = new Head(rs, sessionColumns);
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
            } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
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

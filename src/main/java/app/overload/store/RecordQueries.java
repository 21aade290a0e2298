package app.overload.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.overload.analysis.PersonalRecords;
import app.overload.analysis.PersonalRecords.Lift;
import app.overload.analysis.PersonalRecords.Performance;
import app.overload.analysis.PersonalRecords.Run;
import app.overload.analysis.PersonalRecords.Volume;
import app.overload.domain.ExerciseId;
import app.overload.domain.Modality;
import app.overload.domain.SessionId;

/**
 * The reads personal records need: the bests of the logbook before a moment (or of every session but one), folded
 * in SQL so that ten years of sets come back as a few thousand rows, and the work of the sessions of a stretch of
 * days, as compact rows rather than whole sessions.
 */
public final class RecordQueries {

    /** A lift: a work set for reps under a load, not a carry or a hold. */
    private static final String LIFTS = " AND st.kind <> 'WARM_UP' AND st.distance_m IS NULL AND st.duration_s IS NULL";

    private final Database database;

    RecordQueries(Database database) {
        this.database = database;
    }

    /**
     * The bests of the sessions that started before {@code before} (null: whenever), leaving out {@code except}
     * (null: none), for {@code exercises} (null: every exercise).
     */
    public PersonalRecords.Bests bests(LocalDateTime before, SessionId except, Collection<ExerciseId> exercises) {
        return database.read(c -> {
            PersonalRecords.Bests bests = new PersonalRecords.Bests();
            if (exercises == null || !exercises.isEmpty()) {
                lifts(c, before, except, exercises, bests);
            }
            runs(c, before, except, bests);
            return bests;
        });
    }

    private static void lifts(Connection c, LocalDateTime before, SessionId except, Collection<ExerciseId> exercises,
            PersonalRecords.Bests bests) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(before, except, exercises, params);
        try (PreparedStatement ps = SessionLoader.prepare(c, "SELECT e.exercise, st.load_kg, st.reps, st.rpe, "
                + "min(st.failed) FROM entry e JOIN strength_set st ON st.entry_id = e.id WHERE " + where
                + LIFTS + " AND st.reps > 0 AND st.load_kg > 0 GROUP BY e.exercise, st.load_kg, st.reps, st.rpe",
                params.toArray());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                bests.add(new Lift(ExerciseId.of(rs.getString(1)), rs.getInt(3), rs.getDouble(2),
                        Sql.getDouble(rs, "rpe"), rs.getInt(5) != 0));
            }
        }
        try (PreparedStatement ps = SessionLoader.prepare(c, "SELECT exercise, max(v) FROM (SELECT e.exercise, "
                + "sum(st.reps * st.load_kg) AS v FROM entry e JOIN strength_set st ON st.entry_id = e.id WHERE "
                + where + LIFTS + " GROUP BY e.session_id, e.exercise) GROUP BY exercise", params.toArray());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                bests.add(new Volume(ExerciseId.of(rs.getString(1)), rs.getDouble(2)));
            }
        }
    }

    private static String where(LocalDateTime before, SessionId except, Collection<ExerciseId> exercises,
            List<Object> params) {
        StringBuilder where = new StringBuilder("e.exercise IS NOT NULL");
        if (exercises != null) {
            where.append(" AND e.exercise IN (").append(String.join(", ", Collections.nCopies(
                    exercises.size(), "?"))).append(')');
            exercises.forEach(id -> params.add(id.value()));
        }
        if (before != null) {
            where.append(" AND e.started_at < ?");
            params.add(Sql.timestamp(before));
        }
        if (except != null) {
            where.append(" AND e.session_id IS NOT (SELECT id FROM session WHERE uuid = ?)");
            params.add(except.toString());
        }
        return where.toString();
    }

    private static void runs(Connection c, LocalDateTime before, SessionId except, PersonalRecords.Bests bests)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("e.modality IS NOT NULL AND e.distance_m > 0 AND e.duration_s > 0");
        if (before != null) {
            where.append(" AND e.started_at < ?");
            params.add(Sql.timestamp(before));
        }
        if (except != null) {
            where.append(" AND e.session_id IS NOT (SELECT id FROM session WHERE uuid = ?)");
            params.add(except.toString());
        }
        try (PreparedStatement ps = SessionLoader.prepare(c, "SELECT e.modality, e.distance_m, e.duration_s "
                + "FROM entry e WHERE " + where, params.toArray());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                bests.add(new Run(Modality.valueOf(rs.getString(1)), rs.getDouble(2), rs.getDouble(3)));
            }
        }
    }

    /** What each session starting in [{@code from}, {@code to}) did toward records, oldest first. */
    public List<Performance> performances(LocalDateTime from, LocalDateTime to) {
        return database.read(c -> {
            Map<String, Parts> sessions = new LinkedHashMap<>();
            try (PreparedStatement ps = SessionLoader.prepare(c, "SELECT se.uuid, se.start, e.exercise, st.reps, "
                    + "st.load_kg, st.rpe, st.failed FROM session se JOIN entry e ON e.session_id = se.id "
                    + "JOIN strength_set st ON st.entry_id = e.id WHERE se.start >= ? AND se.start < ? "
                    + "AND e.exercise IS NOT NULL" + LIFTS + " ORDER BY se.start, se.id, e.position, st.position",
                    Sql.timestamp(from), Sql.timestamp(to));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Parts parts = sessions.computeIfAbsent(rs.getString(1), k -> new Parts());
                    parts.start = rs.getString(2);
                    ExerciseId exercise = ExerciseId.of(rs.getString(3));
                    int reps = rs.getInt(4);
                    double kg = rs.getDouble(5);
                    if (reps > 0 && kg > 0) {
                        parts.lifts.add(new Lift(exercise, reps, kg, Sql.getDouble(rs, "rpe"), rs.getInt(7) != 0));
                    }
                    parts.volume.merge(exercise, reps * kg, Double::sum);
                }
            }
            try (PreparedStatement ps = SessionLoader.prepare(c, "SELECT se.uuid, se.start, e.modality, e.distance_m, "
                    + "e.duration_s FROM session se JOIN entry e ON e.session_id = se.id WHERE se.start >= ? "
                    + "AND se.start < ? AND e.modality IS NOT NULL AND e.distance_m > 0 AND e.duration_s > 0 "
                    + "ORDER BY se.start, se.id, e.position", Sql.timestamp(from), Sql.timestamp(to));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Parts parts = sessions.computeIfAbsent(rs.getString(1), k -> new Parts());
                    parts.start = rs.getString(2);
                    parts.runs.add(new Run(Modality.valueOf(rs.getString(3)), rs.getDouble(4), rs.getDouble(5)));
                }
            }
            List<Performance> result = new ArrayList<>();
            sessions.forEach((uuid, parts) -> {
                List<Volume> volumes = new ArrayList<>();
                parts.volume.forEach((id, kg) -> volumes.add(new Volume(id, kg)));
                result.add(new Performance(SessionId.parse(uuid), Sql.timestamp(parts.start), parts.lifts, volumes,
                        parts.runs));
            });
            result.sort(Comparator.comparing(Performance::start));
            return result;
        });
    }

    /** One session's rows as they are read. */
    private static final class Parts {
        private String start;
        private final List<Lift> lifts = new ArrayList<>();
        private final Map<ExerciseId, Double> volume = new LinkedHashMap<>();
        private final List<Run> runs = new ArrayList<>();
    }
}

package app.overload.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.overload.domain.ActivityEntry;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.Routine;
import app.overload.domain.RoutineId;
import app.overload.domain.Rpe;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TimedEntry;

/** The routines of the logbook: saved whole (entries and sets) in one transaction, read in three queries. */
public final class RoutineRepository {

    private final Database database;

    RoutineRepository(Database database) {
        this.database = database;
    }

    /** Every routine, by name. */
    public List<Routine> all() {
        return database.read(c -> load(c, "1 = 1"));
    }

    public Optional<Routine> find(RoutineId id) {
        return database.read(c -> load(c, "r.uuid = ?", id.toString()).stream().findFirst());
    }

    /**
     * Adds the routine, or replaces the stored one with the same id. Refuses, naming it, a name another routine
     * has already (names are told apart ignoring case).
     */
    public void save(Routine routine) {
        database.write("saving the routine " + routine.name(), c -> {
            save(c, routine);
            return null;
        });
    }

    public boolean delete(RoutineId id) {
        return database.write("deleting a routine", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM routine WHERE uuid = ?")) {
                ps.setString(1, id.toString());
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** The routine whose name is {@code name} (ignoring case), if any; inside the caller's transaction. */
    static Optional<RoutineId> named(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT uuid FROM routine WHERE name = ? COLLATE NOCASE")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(RoutineId.parse(rs.getString(1))) : Optional.empty();
            }
        }
    }

    /** Writes the routine inside the caller's transaction. */
    static void save(Connection c, Routine routine) throws SQLException {
        Optional<RoutineId> owner = named(c, routine.name());
        if (owner.isPresent() && !owner.get().equals(routine.id())) {
            throw new StoreException(StoreException.Reason.CONFLICT, "A routine named \"" + routine.name()
                    + "\" already exists; choose another name.");
        }
        Long rowId = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM routine WHERE uuid = ?")) {
            ps.setString(1, routine.id().toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    rowId = rs.getLong(1);
                }
            }
        }
        if (rowId == null) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO routine (uuid, name) VALUES (?, ?)")) {
                ps.setString(1, routine.id().toString());
                ps.setString(2, routine.name());
                ps.executeUpdate();
            }
            rowId = SessionWriter.lastRowId(c);
        } else {
            try (PreparedStatement ps = c.prepareStatement("UPDATE routine SET name = ? WHERE id = ?")) {
                ps.setString(1, routine.name());
                ps.setLong(2, rowId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM routine_entry WHERE routine_id = ?")) {
                ps.setLong(1, rowId);
                ps.executeUpdate();
            }
        }
        writeEntries(c, rowId, routine.entries());
    }

    private static void writeEntries(Connection c, long routineRowId, List<ActivityEntry> entries)
            throws SQLException {
        try (PreparedStatement entry = c.prepareStatement("INSERT INTO routine_entry (routine_id, position, kind, "
                + "exercise, modality, activity, distance_m, duration_s, effort) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement set = c.prepareStatement("INSERT INTO routine_set (entry_id, position, reps, load_kg, "
                     + "rpe, rest_s, kind, failed, distance_m, duration_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < entries.size(); i++) {
                ActivityEntry e = entries.get(i);
                entry.setLong(1, routineRowId);
                entry.setInt(2, i);
                for (int p = 4; p <= 9; p++) {
                    entry.setNull(p, Types.NULL);
                }
                if (e instanceof StrengthEntry s) {
                    entry.setString(3, "STRENGTH");
                    entry.setString(4, s.exercise().value());
                } else if (e instanceof EnduranceEntry en) {
                    entry.setString(3, "ENDURANCE");
                    entry.setString(5, en.modality().name());
                    Sql.setDouble(entry, 7, en.distance() == null ? null : en.distance().metres());
                    Sql.setSeconds(entry, 8, en.duration());
                } else {
                    TimedEntry t = (TimedEntry) e;
                    entry.setString(3, "TIMED");
                    entry.setString(6, t.activity());
                    Sql.setSeconds(entry, 8, t.duration());
                    Sql.setDouble(entry, 9, t.effort() == null ? null : t.effort().value());
                }
                entry.executeUpdate();
                if (e instanceof StrengthEntry s) {
                    long entryId = SessionWriter.lastRowId(c);
                    for (int p = 0; p < s.sets().size(); p++) {
                        StrengthSet st = s.sets().get(p);
                        set.setLong(1, entryId);
                        set.setInt(2, p);
                        set.setInt(3, st.reps());
                        set.setDouble(4, st.load().kilograms());
                        Sql.setDouble(set, 5, st.rpe() == null ? null : st.rpe().value());
                        Sql.setSeconds(set, 6, st.restBefore());
                        set.setString(7, st.kind().name());
                        set.setInt(8, st.failed() ? 1 : 0);
                        Sql.setDouble(set, 9, st.distance() == null ? null : st.distance().metres());
                        Sql.setSeconds(set, 10, st.duration());
                        set.addBatch();
                    }
                }
            }
            set.executeBatch();
        }
    }

    private static List<Routine> load(Connection c, String where, Object... params) throws SQLException {
        Map<Long, String[]> routines = new LinkedHashMap<>();
        try (PreparedStatement ps = SessionLoader.prepare(c, "SELECT r.id, r.uuid, r.name FROM routine r WHERE "
                + where + " ORDER BY r.name COLLATE NOCASE", params);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                routines.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        Map<Long, List<StrengthSet>> sets = new LinkedHashMap<>();
        try (PreparedStatement ps = SessionLoader.prepare(c, "SELECT s.* FROM routine_set s JOIN routine_entry e "
                + "ON e.id = s.entry_id JOIN routine r ON r.id = e.routine_id WHERE " + where
                + " ORDER BY s.entry_id, s.position", params);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Double rpe = Sql.getDouble(rs, "rpe");
                sets.computeIfAbsent(rs.getLong("entry_id"), k -> new ArrayList<>()).add(new StrengthSet(
                        rs.getInt("reps"), Mass.kilograms(rs.getDouble("load_kg")),
                        rpe == null ? null : Rpe.of(rpe), Sql.getSeconds(rs, "rest_s"),
                        SetKind.valueOf(rs.getString("kind")), rs.getInt("failed") != 0,
                        SessionLoader.distance(rs, "distance_m"), Sql.getSeconds(rs, "duration_s")));
            }
        }
        Map<Long, List<ActivityEntry>> entries = new LinkedHashMap<>();
        try (PreparedStatement ps = SessionLoader.prepare(c, "SELECT e.* FROM routine_entry e JOIN routine r "
                + "ON r.id = e.routine_id WHERE " + where + " ORDER BY e.routine_id, e.position", params);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                try {
                    entries.computeIfAbsent(rs.getLong("routine_id"), k -> new ArrayList<>()).add(entry(rs, sets));
                } catch (IllegalArgumentException e) {
                    throw new StoreException(StoreException.Reason.DAMAGED, "A routine holds a value Overload cannot "
                            + "accept: " + e.getMessage(), e);
                }
            }
        }
        List<Routine> result = new ArrayList<>();
        for (Map.Entry<Long, String[]> r : routines.entrySet()) {
            try {
                result.add(new Routine(RoutineId.parse(r.getValue()[0]), r.getValue()[1],
                        entries.getOrDefault(r.getKey(), List.of())));
            } catch (IllegalArgumentException e) {
                throw new StoreException(StoreException.Reason.DAMAGED, "The routine \"" + r.getValue()[1]
                        + "\" holds a value Overload cannot accept: " + e.getMessage(), e);
            }
        }
        return result;
    }

    private static ActivityEntry entry(ResultSet rs, Map<Long, List<StrengthSet>> sets) throws SQLException {
        switch (rs.getString("kind")) {
            case "STRENGTH" -> {
                return new StrengthEntry(ExerciseId.of(rs.getString("exercise")),
                        sets.getOrDefault(rs.getLong("id"), List.of()), "");
            }
            case "ENDURANCE" -> {
                return EnduranceEntry.of(Modality.valueOf(rs.getString("modality")),
                        SessionLoader.distance(rs, "distance_m"), Sql.getSeconds(rs, "duration_s"));
            }
            default -> {
                Double effort = Sql.getDouble(rs, "effort");
                return TimedEntry.of(rs.getString("activity"), Sql.getSeconds(rs, "duration_s"),
                        effort == null ? null : Rpe.of(effort));
            }
        }
    }
}

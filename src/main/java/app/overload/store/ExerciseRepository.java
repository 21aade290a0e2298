package app.overload.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.overload.domain.BodyRegion;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.ExerciseNames;
import app.overload.domain.Mass;
import app.overload.domain.MovementPattern;

/** The exercise catalogue: the shipped fundamentals plus whatever the user or an import added. */
public final class ExerciseRepository {

    private static final String COLUMNS = "key, name, pattern, region, increment_kg, default_rest_s, progresses_to";

    private final Database database;

    ExerciseRepository(Database database) {
        this.database = database;
    }

    /** Every exercise, by name. */
    public List<Exercise> all() {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM exercise ORDER BY name COLLATE NOCASE");
                 ResultSet rs = ps.executeQuery()) {
                List<Exercise> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(map(rs));
                }
                return result;
            }
        });
    }

    /** A snapshot of the catalogue's names for summaries; unknown keys show as themselves. */
    public ExerciseNames names() {
        Map<ExerciseId, String> names = new HashMap<>();
        for (Exercise e : all()) {
            names.put(e.id(), e.name());
        }
        return id -> names.getOrDefault(id, id.value());
    }

    public Optional<Exercise> find(ExerciseId id) {
        return database.read(c -> find(c, id));
    }

    static Optional<Exercise> find(Connection c, ExerciseId id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM exercise WHERE key = ?")) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    /** Adds the exercise, or updates the one with the same key. */
    public void save(Exercise exercise) {
        database.write("saving exercise " + exercise.name(), c -> {
            upsert(c, exercise);
            return null;
        });
    }

    /** Inside a caller's transaction, e.g. an import that brings exercises along. */
    public static void upsert(Connection c, Exercise exercise) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO exercise (" + COLUMNS + ") "
                + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET name = excluded.name, "
                + "pattern = excluded.pattern, region = excluded.region, increment_kg = excluded.increment_kg, "
                + "default_rest_s = excluded.default_rest_s, progresses_to = excluded.progresses_to")) {
            ps.setString(1, exercise.id().value());
            ps.setString(2, exercise.name());
            ps.setString(3, exercise.pattern().name());
            ps.setString(4, exercise.region().name());
            ps.setDouble(5, exercise.increment().kilograms());
            Sql.setSeconds(ps, 6, exercise.defaultRest());
            ps.setString(7, exercise.progressesTo() == null ? null : exercise.progressesTo().value());
            ps.executeUpdate();
        }
    }

    private static Exercise map(ResultSet rs) throws SQLException {
        String next = rs.getString("progresses_to");
        Duration rest = Sql.getSeconds(rs, "default_rest_s");
        return new Exercise(ExerciseId.of(rs.getString("key")), rs.getString("name"),
                MovementPattern.valueOf(rs.getString("pattern")), BodyRegion.valueOf(rs.getString("region")),
                Mass.kilograms(rs.getDouble("increment_kg")), rest, next == null ? null : ExerciseId.of(next));
    }
}

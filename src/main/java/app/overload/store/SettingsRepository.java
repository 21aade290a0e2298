package app.overload.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import app.overload.domain.DistanceUnit;
import app.overload.domain.MassUnit;
import app.overload.domain.UnitPreferences;

/** Preferences kept inside the logbook, so they travel with the user's data. */
public final class SettingsRepository {

    private static final String MASS = "units.mass";
    private static final String DISTANCE = "units.distance";

    private final Database database;

    SettingsRepository(Database database) {
        this.database = database;
    }

    public UnitPreferences units() {
        MassUnit mass = get(MASS).flatMap(v -> parse(MassUnit.class, v)).orElse(MassUnit.KG);
        DistanceUnit distance = get(DISTANCE).flatMap(v -> parse(DistanceUnit.class, v)).orElse(DistanceUnit.KM);
        return new UnitPreferences(mass, distance);
    }

    public void saveUnits(UnitPreferences units) {
        database.write("saving the units", c -> {
            put(c, MASS, units.mass().name());
            put(c, DISTANCE, units.distance().name());
            return null;
        });
    }

    public Optional<String> get(String key) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void put(String key, String value) {
        database.write("saving a setting", c -> {
            put(c, key, value);
            return null;
        });
    }

    private static void put(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // an unknown value falls back to the default rather than failing start-up
        }
    }
}

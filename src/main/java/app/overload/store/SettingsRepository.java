package app.overload.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import app.overload.domain.AthleteSettings;
import app.overload.domain.DistanceUnit;
import app.overload.domain.LoadMeasure;
import app.overload.domain.MassUnit;
import app.overload.domain.Pace;
import app.overload.domain.Plates;
import app.overload.domain.TrimpCurve;
import app.overload.domain.UnitPreferences;
import app.overload.domain.ZoneBasis;
import app.overload.domain.ZoneScheme;

/** Preferences kept inside the logbook, so they travel with the user's data. */
public final class SettingsRepository {

    private static final String MASS = "units.mass";
    private static final String DISTANCE = "units.distance";
    private static final String PLATES_UNIT = "plates.unit";
    private static final String PLATES_BAR = "plates.bar";
    private static final String PLATES_SIZES = "plates.sizes";

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

    /** What the logbook knows of the athlete; {@link AthleteSettings#NONE} until something is saved. */
    public AthleteSettings athlete() {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM athlete WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? athlete(rs) : AthleteSettings.NONE;
            }
        });
    }

    private static AthleteSettings athlete(ResultSet rs) throws SQLException {
        ZoneScheme zones = null;
        String basis = rs.getString("zone_basis");
        try {
            if (basis != null) {
                zones = new ZoneScheme(ZoneBasis.valueOf(basis), List.of(rs.getInt("zone2_pct"),
                        rs.getInt("zone3_pct"), rs.getInt("zone4_pct"), rs.getInt("zone5_pct")));
            }
            Double pace = Sql.getDouble(rs, "threshold_pace_s_per_km");
            return new AthleteSettings(Sql.getInt(rs, "max_hr"), Sql.getInt(rs, "resting_hr"),
                    Sql.getInt(rs, "threshold_hr"), pace == null ? null : new Pace(pace), zones,
                    LoadMeasure.valueOf(rs.getString("load_measure")), TrimpCurve.valueOf(rs.getString("trimp_curve")));
        } catch (IllegalArgumentException e) {
            throw new StoreException(StoreException.Reason.DAMAGED, "The athlete settings hold a value Overload "
                    + "cannot accept: " + e.getMessage() + " Save them again in Athlete settings.", e);
        }
    }

    /** Replaces what the logbook knows of the athlete, in one transaction. */
    public void saveAthlete(AthleteSettings athlete) {
        database.write("saving the athlete settings", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO athlete (id, max_hr, resting_hr, "
                    + "threshold_hr, threshold_pace_s_per_km, zone_basis, zone2_pct, zone3_pct, zone4_pct, zone5_pct, "
                    + "load_measure, trimp_curve) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Sql.setInt(ps, 1, athlete.maxHeartRate());
                Sql.setInt(ps, 2, athlete.restingHeartRate());
                Sql.setInt(ps, 3, athlete.thresholdHeartRate());
                Sql.setDouble(ps, 4, athlete.thresholdPace() == null ? null
                        : athlete.thresholdPace().secondsPerKilometre());
                ZoneScheme zones = athlete.zones();
                ps.setString(5, zones == null ? null : zones.basis().name());
                for (int i = 0; i < 4; i++) {
                    Sql.setInt(ps, 6 + i, zones == null ? null : zones.lowerPercents().get(i));
                }
                ps.setString(10, athlete.loadMeasure().name());
                ps.setString(11, athlete.trimpCurve().name());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The bar and plates the user set, or empty when they never did (the standard set of their unit applies then)
     * or when what is stored no longer reads as a plate set.
     */
    public Optional<Plates> plates() {
        Optional<MassUnit> unit = get(PLATES_UNIT).flatMap(v -> parse(MassUnit.class, v));
        Optional<String> bar = get(PLATES_BAR);
        Optional<String> sizes = get(PLATES_SIZES);
        if (unit.isEmpty() || bar.isEmpty() || sizes.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Plates(unit.get(), Double.parseDouble(bar.get()), Plates.parseSizes(sizes.get())));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a damaged setting falls back to the standard set rather than failing
        }
    }

    /** Keeps the bar and plates in the logbook, in one transaction. */
    public void savePlates(Plates plates) {
        database.write("saving the bar and plates", c -> {
            put(c, PLATES_UNIT, plates.unit().name());
            put(c, PLATES_BAR, Double.toString(plates.bar()));
            put(c, PLATES_SIZES, plates.sizesText());
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

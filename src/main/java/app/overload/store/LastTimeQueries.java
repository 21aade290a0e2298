package app.overload.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.overload.domain.EnduranceEntry;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.Purpose;
import app.overload.domain.Rpe;
import app.overload.domain.Session;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;

/**
 * "What did I do last time?": the latest strength entry of an exercise and the latest endurance entry of a modality
 * (or of a purpose) before a moment. Each lookup walks one index backwards from that moment and stops at the first
 * row, so it costs the same on a week-old logbook and on ten years of it.
 */
public final class LastTimeQueries {

    /** The last time an exercise was done, and the work sets done with it recently (for an e1RM). */
    public record LastStrength(LocalDateTime start, StrengthEntry entry, List<StrengthSet> recentSets) {
        public LastStrength {
            recentSets = List.copyOf(recentSets);
        }

        LastStrength withRecent(List<StrengthSet> sets) {
            return new LastStrength(start, entry, sets);
        }
    }

    /** The last endurance entry of a kind, with the session it belongs to. */
    public record LastEndurance(LocalDateTime start, Session session, EnduranceEntry entry) {
    }

    private final Database database;

    LastTimeQueries(Database database) {
        this.database = database;
    }

    /**
     * For each exercise done before {@code before}, its last entry; exercises never done are left out. Work sets
     * since {@code recentFrom} come along so the form can estimate a current max without another round trip.
     */
    public Map<ExerciseId, LastStrength> lastStrength(Collection<ExerciseId> exercises, LocalDateTime before,
            LocalDateTime recentFrom) {
        return database.read(c -> {
            Map<ExerciseId, LastStrength> found = new LinkedHashMap<>();
            for (ExerciseId id : exercises) {
                Optional<LastStrength> last = lastEntry(c, id, before);
                if (last.isPresent()) {
                    found.put(id, last.get().withRecent(recentSets(c, id, recentFrom, before)));
                }
            }
            return found;
        });
    }

    private static Optional<LastStrength> lastEntry(Connection c, ExerciseId id, LocalDateTime before)
            throws SQLException {
        long entryId;
        LocalDateTime start;
        String notes;
        // entry_by_exercise (exercise, started_at): one step back from `before`.
        try (PreparedStatement ps = c.prepareStatement("SELECT id, started_at, notes FROM entry "
                + "WHERE exercise = ? AND started_at < ? ORDER BY started_at DESC LIMIT 1")) {
            ps.setString(1, id.value());
            ps.setString(2, Sql.timestamp(before));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                entryId = rs.getLong(1);
                start = Sql.timestamp(rs.getString(2));
                notes = rs.getString(3);
            }
        }
        List<StrengthSet> sets = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT reps, load_kg, rpe, rest_s, kind, failed, distance_m, duration_s FROM strength_set "
                        + "WHERE entry_id = ? ORDER BY position")) {
            ps.setLong(1, entryId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sets.add(set(rs));
                }
            }
        }
        if (sets.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LastStrength(start, new StrengthEntry(id, sets, notes), List.of()));
    }

    private static List<StrengthSet> recentSets(Connection c, ExerciseId id, LocalDateTime from,
            LocalDateTime before) throws SQLException {
        List<StrengthSet> sets = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT st.reps, st.load_kg, st.rpe, st.rest_s, st.kind, "
                + "st.failed, st.distance_m, st.duration_s FROM entry e JOIN strength_set st ON st.entry_id = e.id "
                + "WHERE e.exercise = ? AND e.started_at >= ? AND e.started_at < ? AND st.kind <> 'WARM_UP' "
                + "AND st.reps > 0 AND st.distance_m IS NULL AND st.duration_s IS NULL")) {
            ps.setString(1, id.value());
            ps.setString(2, Sql.timestamp(from));
            ps.setString(3, Sql.timestamp(before));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sets.add(set(rs));
                }
            }
        }
        return sets;
    }

    private static StrengthSet set(ResultSet rs) throws SQLException {
        Double rpe = Sql.getDouble(rs, "rpe");
        return new StrengthSet(rs.getInt("reps"), Mass.kilograms(rs.getDouble("load_kg")),
                rpe == null ? null : Rpe.of(rpe), Sql.getSeconds(rs, "rest_s"), SetKind.valueOf(rs.getString("kind")),
                rs.getInt("failed") != 0, SessionLoader.distance(rs, "distance_m"), Sql.getSeconds(rs, "duration_s"));
    }

    /** The last entry of {@code modality} before {@code before}, in any session. */
    public Optional<LastEndurance> lastOfModality(Modality modality, LocalDateTime before) {
        return lastEndurance(modality, "s.id = (SELECT session_id FROM entry WHERE modality = ? AND started_at < ? "
                + "ORDER BY started_at DESC LIMIT 1)", modality.name(), Sql.timestamp(before));
    }

    /**
     * The last training session of {@code purpose} before {@code before} that has a {@code modality} entry: the
     * tempo run to compare this tempo run with, not last Sunday's long run.
     */
    public Optional<LastEndurance> lastOfPurpose(Purpose purpose, Modality modality, LocalDateTime before) {
        return lastEndurance(modality, "s.id = (SELECT p.id FROM session p WHERE p.purpose = ? AND p.start < ? "
                + "AND EXISTS (SELECT 1 FROM entry m WHERE m.session_id = p.id AND m.modality = ?) "
                + "ORDER BY p.start DESC LIMIT 1)", purpose.name(), Sql.timestamp(before), modality.name());
    }

    private Optional<LastEndurance> lastEndurance(Modality modality, String where, Object... params) {
        return database.read(c -> SessionLoader.load(c, where, params).stream().findFirst().flatMap(session ->
                session.entries().stream().filter(e -> e instanceof EnduranceEntry en && en.modality() == modality)
                        .map(e -> new LastEndurance(session.start(), session, (EnduranceEntry) e)).findFirst()));
    }
}

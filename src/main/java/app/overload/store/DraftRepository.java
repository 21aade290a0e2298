package app.overload.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * Unsaved form state, written while the user types so that a crash loses nothing. The payload is opaque text owned
 * by the form that wrote it.
 */
public final class DraftRepository {

    /** A stored draft: which form it belongs to, when it was last written, and the form's own text. */
    public record Draft(String slot, LocalDateTime updatedAt, String payload) {
    }

    private final Database database;

    DraftRepository(Database database) {
        this.database = database;
    }

    /** Replaces the draft of {@code slot}. */
    public void save(String slot, String payload, LocalDateTime at) {
        database.write("keeping the unsaved session", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO draft (slot, updated_at, payload) "
                    + "VALUES (?, ?, ?) ON CONFLICT (slot) DO UPDATE SET updated_at = excluded.updated_at, "
                    + "payload = excluded.payload")) {
                ps.setString(1, slot);
                ps.setString(2, Sql.timestamp(at));
                ps.setString(3, payload);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<Draft> find(String slot) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT updated_at, payload FROM draft WHERE slot = ?")) {
                ps.setString(1, slot);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Draft(slot, Sql.timestamp(rs.getString(1)), rs.getString(2)))
                            : Optional.empty();
                }
            }
        });
    }

    public void delete(String slot) {
        database.write("discarding the unsaved session", c -> {
            delete(c, slot);
            return null;
        });
    }

    /** Drops the draft of {@code slot} inside a transaction already open on {@code c}. */
    static void delete(Connection c, String slot) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM draft WHERE slot = ?")) {
            ps.setString(1, slot);
            ps.executeUpdate();
        }
    }
}

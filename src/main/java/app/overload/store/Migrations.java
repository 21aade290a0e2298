package app.overload.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The numbered SQL scripts that build the schema, applied in order, each in its own transaction, and recorded in
 * {@code schema_migration}. A new script is appended to {@link #SCRIPTS}; a shipped script is never edited.
 */
final class Migrations {

    /** Version n is {@code SCRIPTS.get(n - 1)}. */
    static final List<String> SCRIPTS = List.of("V1__schema.sql", "V2__exercise_catalogue.sql",
            "V3__drafts.sql", "V4__set_distance_time.sql", "V5__athlete_settings.sql",
            "V6__routines.sql");

    static final String VERSION_TABLE = """
            CREATE TABLE IF NOT EXISTS schema_migration (
                version     INTEGER PRIMARY KEY,
                script      TEXT NOT NULL,
                applied_at  TEXT NOT NULL
            )""";

    private Migrations() {
    }

    static int latestVersion() {
        return SCRIPTS.size();
    }

    /** The version recorded in the file; 0 for an empty file. Reads only. */
    static int currentVersion(Connection connection) throws SQLException {
        if (Sql.queryInt(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                + "'schema_migration'") == 0) {
            return 0;
        }
        return Sql.queryInt(connection, "SELECT coalesce(max(version), 0) FROM schema_migration");
    }

    /** True when the file holds tables but no version table: some other program's database. */
    static boolean isForeign(Connection connection) throws SQLException {
        int tables = Sql.queryInt(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table'");
        return tables > 0 && currentVersion(connection) == 0;
    }

    /** Applies script {@code version} in one transaction; on any failure nothing of it remains. */
    static void apply(Connection connection, int version) throws SQLException {
        String script = SCRIPTS.get(version - 1);
        List<String> statements = SqlScript.statements(load(script));
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            st.execute(VERSION_TABLE);
            for (String sql : statements) {
                st.execute(sql);
            }
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT INTO schema_migration (version, script, applied_at) VALUES (?, ?, ?)")) {
                ps.setInt(1, version);
                ps.setString(2, script);
                ps.setString(3, LocalDateTime.now().withNano(0).toString());
                ps.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static String load(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("migration/" + script)) {
            if (in == null) {
                throw new IllegalStateException("Migration script missing from the application: " + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Migration script unreadable: " + script, e);
        }
    }
}

package app.overload.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite's integrity checks, as a list of problems. {@code quick_check} runs on every opening; the full
 * {@code integrity_check}, which also compares every index with its table and so takes longer, runs on every copy
 * made (daily, on request, before a restore) and on a backup before it is offered as healthy (docs/reliability.md).
 * SQLite reports some problems as rows and others as lines of one row under a "*** in database main ***" heading,
 * and a damaged file can have dozens, so a message shows the first and counts the rest.
 */
final class IntegrityCheck {

    private IntegrityCheck() {
    }

    /** One problem a line from the quick check; empty for a sound file. */
    static List<String> problems(Connection connection) throws SQLException {
        return problems(connection, false);
    }

    /** One problem a line; empty for a sound file. {@code full} runs the whole integrity check, indexes included. */
    static List<String> problems(Connection connection, boolean full) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(full ? "PRAGMA integrity_check" : "PRAGMA quick_check")) {
            while (rs.next()) {
                rows.add(String.valueOf(rs.getString(1)));
            }
        } catch (SQLException e) {
            if (rows.isEmpty()) {
                throw e;
            }
            // The check reported damage, then ran into more of it and stopped: that is one more problem.
            rows.add("the check stopped early (" + e.getMessage() + ")");
        }
        if (rows.equals(List.of("ok"))) {
            return List.of();
        }
        List<String> problems = rows.stream().flatMap(String::lines).map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("*** in database")).toList();
        return problems.isEmpty() ? rows : problems;
    }

    /** The first problem and how many more there are, on one line. */
    static String summary(List<String> problems) {
        int more = problems.size() - 1;
        return problems.get(0) + (more == 0 ? "" : "; and " + more + " more problem" + (more == 1 ? "" : "s"));
    }
}

package app.overload.exchange;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.overload.store.Logbook;

/**
 * A fingerprint of everything in a logbook: the row count of every table and the ids and names of its blocks.
 * Equal before and after a failed import means the import wrote nothing.
 */
record LogbookState(Map<String, Integer> rows, String blocks) {

    static LogbookState of(Logbook logbook) {
        return logbook.database().read(c -> {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, Integer> rows = new LinkedHashMap<>();
            for (String table : tables) {
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM \"" + table + "\"");
                     ResultSet rs = ps.executeQuery()) {
                    rows.put(table, rs.next() ? rs.getInt(1) : -1);
                }
            }
            StringBuilder blocks = new StringBuilder();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT uuid, name, weeks, notes FROM training_block ORDER BY uuid");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    blocks.append(rs.getString(1)).append(' ').append(rs.getString(2)).append(' ')
                            .append(rs.getInt(3)).append(' ').append(rs.getString(4).hashCode()).append('\n');
                }
            }
            return new LogbookState(rows, blocks.toString());
        });
    }
}

package app.overload.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import app.overload.domain.Checks;

/** Small JDBC helpers for nullable numbers, durations and ISO times, so repositories read as mappings. */
final class Sql {

    /** Fixed width, so that text order is time order. */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    /** Every stored time is earlier than the start of this day. */
    private static final LocalDate AFTER_LAST_DAY = Checks.LAST_DAY.plusDays(1);

    private Sql() {
    }

    static int queryInt(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static String queryString(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.REAL);
        } else {
            ps.setDouble(index, value);
        }
    }

    static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    static void setSeconds(PreparedStatement ps, int index, Duration value) throws SQLException {
        setDouble(ps, index, value == null ? null : value.toMillis() / 1000.0);
    }

    static Double getDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static Integer getInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** By position, for hot loops where looking columns up by name shows in the profile. */
    static Double getDouble(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static Integer getInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static Duration getSeconds(ResultSet rs, int column) throws SQLException {
        Double seconds = getDouble(rs, column);
        return seconds == null ? null : Duration.ofMillis(Math.round(seconds * 1000));
    }

    static Duration getSeconds(ResultSet rs, String column) throws SQLException {
        Double seconds = getDouble(rs, column);
        return seconds == null ? null : Duration.ofMillis(Math.round(seconds * 1000));
    }

    static String timestamp(LocalDateTime time) {
        return TIMESTAMP.format(time);
    }

    /** A stored time; one that makes no sense was not written by Overload, so the file is damaged. */
    static LocalDateTime timestamp(String text) {
        try {
            return LocalDateTime.parse(text, TIMESTAMP);
        } catch (DateTimeParseException e) {
            throw new StoreException(StoreException.Reason.DAMAGED, "The logbook is damaged: it holds the time \""
                    + text + "\", which Overload never writes (a damaged index can show one). Restore it from a "
                    + "backup.", e);
        }
    }

    /**
     * The first instant of a day, as stored text: lower bound of a date range. A day beyond the logbook's range is
     * moved to its edge, which selects the same sessions; the text of a year without four digits would not compare
     * in date order.
     */
    static String startOf(LocalDate date) {
        LocalDate day = date.isBefore(Checks.FIRST_DAY) ? Checks.FIRST_DAY
                : date.isAfter(AFTER_LAST_DAY) ? AFTER_LAST_DAY : date;
        return timestamp(day.atStartOfDay());
    }

    /** The first instant after a day, as stored text: upper bound, not included, of a range ending that day. */
    static String endOf(LocalDate date) {
        return startOf(date.isBefore(AFTER_LAST_DAY) ? date.plusDays(1) : AFTER_LAST_DAY);
    }
}

package app.overload.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.overload.domain.Session;

/**
 * The history's reads: a range of days at a time, narrowed by a {@link SessionFilter}, so the list pages through
 * years of sessions without holding them all.
 */
public final class HistoryQueries {

    private final Database database;

    HistoryQueries(Database database) {
        this.database = database;
    }

    /** Matching sessions that started on days {@code from} to {@code to}, both included, oldest first. */
    public List<Session> between(LocalDate from, LocalDate to, SessionFilter filter) {
        List<Object> params = new ArrayList<>(List.of(Sql.startOf(from), Sql.endOf(to)));
        String where = "s.start >= ? AND s.start < ? AND " + filter.where(params);
        return database.read(c -> SessionLoader.load(c, where, params.toArray()));
    }

    /** The day of the latest matching session that started before {@code day}. */
    public Optional<LocalDate> lastDayBefore(LocalDate day, SessionFilter filter) {
        List<Object> params = new ArrayList<>(List.of(Sql.startOf(day)));
        String sql = "SELECT max(s.start) FROM session s WHERE s.start < ? AND " + filter.where(params);
        return database.read(c -> {
            try (PreparedStatement ps = SessionLoader.prepare(c, sql, params.toArray());
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1) != null
                        ? Optional.of(Sql.timestamp(rs.getString(1)).toLocalDate()) : Optional.empty();
            }
        });
    }

    /** The day of the latest matching session of all. */
    public Optional<LocalDate> lastDay(SessionFilter filter) {
        return lastDayBefore(LocalDate.of(3000, 1, 1), filter);
    }
}

package app.overload.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.overload.domain.BlockId;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Session;
import app.overload.domain.SessionId;

/** Sessions with their entries and sets. Every save and delete is one transaction. */
public final class SessionRepository {

    private final Database database;

    SessionRepository(Database database) {
        this.database = database;
    }

    /** Stores the session, replacing any stored session with the same id. */
    public void save(Session session) {
        database.write("saving the session of " + session.date(), c -> {
            SessionWriter.save(c, session);
            return null;
        });
    }

    /**
     * Stores the session and drops the draft it was typed in (the draft slot of the form) in one transaction, so
     * there is never a moment where the session is stored twice (once saved, once offered back) or not at all.
     */
    public void saveAndDropDraft(Session session, String draftSlot) {
        database.write("saving the session of " + session.date(), c -> {
            SessionWriter.save(c, session);
            DraftRepository.delete(c, draftSlot);
            return null;
        });
    }

    /** Stores all sessions in one transaction: all of them or none. */
    public void saveAll(Collection<? extends Session> sessions) {
        database.write("saving " + sessions.size() + " sessions", c -> {
            for (Session s : sessions) {
                SessionWriter.save(c, s);
            }
            return null;
        });
    }

    /** Which of {@code ids} are already in the logbook: lets an import skip what it brought before. */
    public Set<SessionId> existing(Collection<SessionId> ids) {
        return database.read(c -> {
            Set<SessionId> found = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM session WHERE uuid = ?")) {
                for (SessionId id : ids) {
                    ps.setString(1, id.toString());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            found.add(id);
                        }
                    }
                }
            }
            return found;
        });
    }

    public Optional<Session> find(SessionId id) {
        return database.read(c -> SessionLoader.load(c, "s.uuid = ?", id.toString()).stream().findFirst());
    }

    /** Deletes the session; returns false when there was none with that id. */
    public boolean delete(SessionId id) {
        return database.write("deleting a session", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM session WHERE uuid = ?")) {
                ps.setString(1, id.toString());
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** Sessions that started on days {@code from} to {@code to}, both included, oldest first. */
    public List<Session> between(LocalDate from, LocalDate to) {
        return database.read(c -> SessionLoader.load(c, "s.start >= ? AND s.start < ?", Sql.startOf(from),
                Sql.endOf(to)));
    }

    /** Every session logged in the block, oldest first. */
    public List<Session> inBlock(BlockId block) {
        return database.read(c -> SessionLoader.load(c,
                "s.block_id = (SELECT id FROM training_block WHERE uuid = ?)", block.toString()));
    }

    /**
     * The planned sessions of {@code block} that logged sessions fulfil, with the day each was first done. Reads
     * three columns through {@code session_by_block}, never whole sessions.
     */
    public Map<PlannedSessionId, LocalDate> fulfilled(BlockId block) {
        return fulfilled("s.block_id = (SELECT id FROM training_block WHERE uuid = ?)", block.toString())
                .getOrDefault(block, Map.of());
    }

    /** {@link #fulfilled(BlockId)} for every block at once, by block. */
    public Map<BlockId, Map<PlannedSessionId, LocalDate>> fulfilled() {
        return fulfilled("s.block_id IS NOT NULL");
    }

    private Map<BlockId, Map<PlannedSessionId, LocalDate>> fulfilled(String where, Object... params) {
        return database.read(c -> {
            Map<BlockId, Map<PlannedSessionId, LocalDate>> done = new HashMap<>();
            try (PreparedStatement ps = SessionLoader.prepare(c, "SELECT b.uuid, s.planned_uuid, s.start "
                    + "FROM session s JOIN training_block b ON b.id = s.block_id WHERE " + where
                    + " AND s.planned_uuid IS NOT NULL ORDER BY s.start", params);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    done.computeIfAbsent(BlockId.parse(rs.getString(1)), b -> new HashMap<>())
                            .putIfAbsent(PlannedSessionId.parse(rs.getString(2)),
                                    Sql.timestamp(rs.getString(3)).toLocalDate());
                }
            }
            return done;
        });
    }

    /** The day of the latest session that started before {@code day}, if any. */
    public Optional<LocalDate> lastDayBefore(LocalDate day) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT max(start) FROM session WHERE start < ?")) {
                ps.setString(1, Sql.startOf(day));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getString(1) != null
                            ? Optional.of(Sql.timestamp(rs.getString(1)).toLocalDate()) : Optional.empty();
                }
            }
        });
    }

    public int count() {
        return database.read(c -> Sql.queryInt(c, "SELECT count(*) FROM session"));
    }

    /** The day of the first and of the last session, or empty for an empty logbook. */
    public Optional<DateSpan> span() {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT min(start), max(start) FROM session");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getString(1) == null) {
                    return Optional.empty();
                }
                return Optional.of(new DateSpan(Sql.timestamp(rs.getString(1)).toLocalDate(),
                        Sql.timestamp(rs.getString(2)).toLocalDate()));
            }
        });
    }

    /** First and last day of the logbook. */
    public record DateSpan(LocalDate first, LocalDate last) {
    }
}

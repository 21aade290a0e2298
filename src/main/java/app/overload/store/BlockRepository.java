package app.overload.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.overload.domain.BlockId;
import app.overload.domain.BlockSummary;
import app.overload.domain.TrainingBlock;

/** Training blocks with their goal, weeks and plan. A save writes the whole block in one transaction. */
public final class BlockRepository {

    private final Database database;

    BlockRepository(Database database) {
        this.database = database;
    }

    /** Stores the block, replacing a stored block with the same id (its plan included). */
    public void save(TrainingBlock block) {
        database.write("saving the block \"" + block.name() + "\"", c -> {
            BlockWriter.save(c, block);
            return null;
        });
    }

    public Optional<TrainingBlock> find(BlockId id) {
        return database.read(c -> BlockLoader.load(c, "b.uuid = ?", id.toString()).stream().findFirst());
    }

    /** The block with this name, ignoring case. */
    public Optional<TrainingBlock> findByName(String name) {
        return database.read(c -> BlockLoader.load(c, "b.name = ? COLLATE NOCASE", name).stream().findFirst());
    }

    /** Every block by name and dates, without plans: cheap enough for filters and pickers. */
    public List<BlockSummary> summaries() {
        return database.read(c -> {
            List<BlockSummary> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT uuid, name, start_date, goal_date, archived_on "
                    + "FROM training_block ORDER BY start_date, id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new BlockSummary(BlockId.parse(rs.getString(1)), rs.getString(2),
                            LocalDate.parse(rs.getString(3)), LocalDate.parse(rs.getString(4)),
                            rs.getString(5) != null));
                }
            }
            return result;
        });
    }

    /** Blocks not archived whose dates overlap {@code from}–{@code to}, with their plans: what a log form offers. */
    public List<TrainingBlock> current(LocalDate from, LocalDate to) {
        return database.read(c -> BlockLoader.load(c, "b.archived_on IS NULL AND b.start_date <= ? AND b.goal_date >= ?",
                to.toString(), from.toString()));
    }

    /** All blocks, by start date. */
    public List<TrainingBlock> all() {
        return database.read(c -> BlockLoader.load(c, "1 = 1"));
    }

    /**
     * Deletes a block and its plan. Sessions logged in it are kept and become workouts, because they still
     * happened; returns false when there was no such block.
     */
    public boolean delete(BlockId id) {
        return database.write("deleting a block", c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE session SET kind = 'WORKOUT', block_id = NULL, "
                    + "purpose = NULL, planned_uuid = NULL WHERE block_id = (SELECT id FROM training_block "
                    + "WHERE uuid = ?)")) {
                ps.setString(1, id.toString());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM training_block WHERE uuid = ?")) {
                ps.setString(1, id.toString());
                return ps.executeUpdate() > 0;
            }
        });
    }
}

package app.overload.store;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;

import app.overload.domain.BlockId;
import app.overload.domain.TrainingBlock;

/** Training blocks with their goal, weeks and plan. A save writes the whole block in one transaction. */
public final class BlockRepository {

    private final Database database;

    public BlockRepository(Database database) {
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

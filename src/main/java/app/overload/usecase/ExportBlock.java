package app.overload.usecase;

import java.nio.file.Path;
import java.util.Optional;

import app.overload.domain.BlockId;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.exchange.BlockExporter;
import app.overload.store.Logbook;

/**
 * Export a training block to a block file, with the exercises it uses and, if asked, the sessions logged in it and
 * the logbook's routines.
 * {@code overload export} and the export dialog both call it.
 */
public final class ExportBlock {

    /** The block an export is about to write, and how many logged sessions could go along. */
    public record Candidate(TrainingBlock block, int sessions) {
    }

    private final Logbook logbook;

    public ExportBlock(Logbook logbook) {
        this.logbook = logbook;
    }

    /** The block with its count of logged sessions, or empty when it is no longer in the logbook. */
    public Optional<Candidate> candidate(BlockId id) {
        return logbook.blocks().find(id).map(b -> new Candidate(b, logbook.sessions().inBlock(id).size()));
    }

    /** How many routines the logbook has, that an export could take along. */
    public int routines() {
        return logbook.routines().all().size();
    }

    /**
     * Writes the block to {@code file}, replacing what was there only once the whole file is written. A failure
     * throws {@link app.overload.exchange.BlockFileException}. Loads that are round numbers in the logbook's units
     * are written in them.
     */
    public BlockExporter.ExportResult export(BlockId id, boolean withSessions, Path file) {
        return export(id, withSessions, false, file);
    }

    /** As {@link #export(BlockId, boolean, Path)}, with every routine of the logbook when asked. */
    public BlockExporter.ExportResult export(BlockId id, boolean withSessions, boolean withRoutines, Path file) {
        return new BlockExporter(logbook).export(id, withSessions, withRoutines, file);
    }

    /** As {@link #export(BlockId, boolean, Path)}, in {@code written}'s units rather than the logbook's. */
    public BlockExporter.ExportResult export(BlockId id, boolean withSessions, Path file, UnitPreferences written) {
        return new BlockExporter(logbook).export(id, withSessions, file, written);
    }

    /** As {@link #export(BlockId, boolean, boolean, Path)}, in {@code written}'s units rather than the logbook's. */
    public BlockExporter.ExportResult export(BlockId id, boolean withSessions, boolean withRoutines, Path file,
            UnitPreferences written) {
        return new BlockExporter(logbook).export(id, withSessions, withRoutines, file, written);
    }
}

package app.overload.usecase;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import app.overload.store.Backups;
import app.overload.store.LogbookLock;

/**
 * Put a backup in place of a logbook file, keeping the replaced file in the backups folder. Works on the file, not
 * on an open logbook: the caller closes it first and holds the logbook's lock alone through the swap.
 * {@code overload restore}, the Backups dialog and the damaged-logbook page all call it.
 */
public final class RestoreLogbook {

    private final Backups backups;
    private final Clock clock;

    public RestoreLogbook(Path logbookFile, Clock clock) {
        this.backups = new Backups(logbookFile);
        this.clock = clock;
    }

    /** The backups folder and its copies. */
    public Backups backups() {
        return backups;
    }

    /** Every copy, newest first. */
    public List<Backups.Backup> list() {
        return backups.list();
    }

    /** The newest copy that opens and passes SQLite's integrity check. */
    public Optional<Backups.Backup> newestGood() {
        return backups.newestGood();
    }

    /**
     * Swaps {@code backup} in.
     *
     * @param damaged the current file failed its check; it is kept under a name that says so
     * @param alone   the logbook's lock, held alone by the caller through the swap
     * @return where the replaced file was kept, or empty when there was none
     */
    public Optional<Path> restore(Backups.Backup backup, boolean damaged, LogbookLock alone) {
        return backups.restore(backup, damaged, alone, clock);
    }
}

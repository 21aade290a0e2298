package app.overload.ui;

import java.util.Optional;

import app.overload.store.Backups;

/**
 * What can be done to the logbook file as a whole while the app runs. The app implements it, because restoring
 * means closing the logbook, swapping the file and opening it again.
 */
public interface LogbookFileActions {

    /** The backups of the open logbook. */
    Backups backups();

    /** Makes a manual copy now; call off the FX thread. */
    Backups.Backup backUpNow();

    /**
     * Closes the logbook, puts {@code backup} in its place (keeping the current file) and reopens; FX thread.
     *
     * @return why it cannot be done now (another window or command has the logbook open, named), or empty when the
     *         restore has begun
     */
    Optional<String> restore(Backups.Backup backup);

    /** For tests and places where the file cannot be handled (read-only). */
    LogbookFileActions NONE = new LogbookFileActions() {
        @Override
        public Backups backups() {
            throw new UnsupportedOperationException("No backups here");
        }

        @Override
        public Backups.Backup backUpNow() {
            throw new UnsupportedOperationException("No backups here");
        }

        @Override
        public Optional<String> restore(Backups.Backup backup) {
            throw new UnsupportedOperationException("No restore here");
        }
    };
}

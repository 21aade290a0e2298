package app.overload.usecase;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import app.overload.store.Backups;
import app.overload.store.Logbook;

/**
 * Back up the open logbook: a copy now into its backups folder or to a file of the user's choosing, and the rolling
 * daily copy. Copies go through SQLite's online backup, so they are consistent while the logbook is in use.
 * {@code overload backup}, the Backups dialog and the app's start all call it.
 */
public final class BackUpLogbook {

    private final Logbook logbook;
    private final Clock clock;

    public BackUpLogbook(Logbook logbook, Clock clock) {
        this.logbook = logbook;
        this.clock = clock;
    }

    /** A manual copy into the backups folder beside the logbook; checked before it counts. */
    public Backups.Backup now() {
        return new Backups(logbook.file()).backUp(logbook.database(), Backups.Kind.MANUAL, clock);
    }

    /**
     * A copy at {@code file}, which must not exist yet unless {@code replace}; returns where it was written. The
     * copy is whole or absent: see {@link Backups#backUpTo}.
     */
    public Path to(Path file, boolean replace) {
        return Backups.backUpTo(logbook.database(), file.toAbsolutePath(), replace);
    }

    /** The daily copy, when the newest one is older than a day; empty when none was due. */
    public Optional<Backups.Backup> dailyIfDue() {
        return new Backups(logbook.file()).dailyIfDue(logbook.database(), clock);
    }
}

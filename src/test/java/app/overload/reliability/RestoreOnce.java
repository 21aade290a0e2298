package app.overload.reliability;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;

import app.overload.store.Backups;
import app.overload.store.LogbookLock;

/**
 * A child process for the crash tests: restores the backup named by its second argument in place of the logbook
 * named by its first, as {@code overload restore --from FILE --yes} does, and prints "restored" once the restore
 * returned. Killed at a random moment by {@link CrashSafetyIT}.
 */
public final class RestoreOnce {

    private RestoreOnce() {
    }

    public static void main(String[] args) {
        Path logbook = Path.of(args[0]);
        Backups.Backup backup = new Backups.Backup(Path.of(args[1]), Backups.Kind.MANUAL, LocalDateTime.now(), 0);
        try (LogbookLock alone = LogbookLock.sole(logbook, LogbookLock.me("overload restore", false),
                Duration.ofSeconds(30), holders -> { })) {
            // Loading SQLite and reading the backup once first puts the kills where the files are handled.
            Backups.contents(backup.file());
            System.out.println("ready");
            System.out.flush();
            new Backups(logbook).restore(backup, false, alone, Clock.systemDefaultZone());
            System.out.println("restored");
            System.out.flush();
        }
    }
}

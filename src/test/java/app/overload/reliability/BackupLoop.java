package app.overload.reliability;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import app.overload.store.Backups;
import app.overload.store.Logbook;

/**
 * A child process for the crash tests: backs the logbook named by its argument up into its backups folder, one copy
 * after another (each a second later on its clock, so each has a name of its own), and prints "saved <file name>"
 * once each copy has its backup name. Runs until killed by {@link CrashSafetyIT}.
 */
public final class BackupLoop {

    private BackupLoop() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        try (Logbook logbook = Logbook.openToWrite(file, "overload backup")) {
            Backups backups = new Backups(file);
            System.out.println("ready");
            System.out.flush();
            for (int i = 0; ; i++) {
                Clock clock = Clock.offset(Clock.systemDefaultZone(), Duration.ofSeconds(i));
                Backups.Backup made = backups.backUp(logbook.database(), Backups.Kind.MANUAL, clock);
                System.out.println("saved " + made.file().getFileName());
                System.out.flush();
            }
        }
    }
}

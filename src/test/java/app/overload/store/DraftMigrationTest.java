package app.overload.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDateTime;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Format 3 adds the draft table; a format-2 logbook is copied aside, upgraded to the latest format, and keeps its
 * sessions.
 */
class DraftMigrationTest {

    @TempDir
    Path folder;

    @Test
    void upgradesAFormatTwoLogbookAndKeepsItsSessions() throws Exception {
        Path file = folder.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.apply(c, 1);
            Migrations.apply(c, 2);
            c.createStatement().execute("INSERT INTO session (uuid, kind, start, duration_s, notes, label) VALUES "
                    + "('0b7f4b1e-8d1c-4f2e-9a43-1c1d2e3f4a5b', 'WORKOUT', '2026-11-20T18:00:00', 1800, '', 'yoga')");
        }

        try (Logbook logbook = Logbook.open(file)) {
            assertThat(logbook.database().version()).isEqualTo(Migrations.latestVersion());
            assertThat(logbook.sessions().count()).isEqualTo(1);
            DraftRepository drafts = new DraftRepository(logbook.database());
            drafts.save("log", "payload", LocalDateTime.of(2026, 11, 23, 18, 0));
            assertThat(drafts.find("log")).isPresent();
        }
        try (Stream<Path> copies = Files.list(Database.backupsFolder(file))) {
            assertThat(copies.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("old-before-upgrade-"));
        }
    }

    @Test
    void aNewLogbookStartsAtTheLatestFormatWithNoDraft() {
        try (Logbook logbook = Logbook.open(folder.resolve("new.db"))) {
            assertThat(logbook.database().version()).isEqualTo(Migrations.latestVersion());
            assertThat(new DraftRepository(logbook.database()).find("log")).isEmpty();
        }
    }
}

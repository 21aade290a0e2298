package app.overload.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import app.overload.Fixtures;
import app.overload.domain.ExerciseId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void createsANewLogbookAtTheLatestVersionWithTheCatalogue() {
        Path file = folder.resolve("new/sub/folder/overload.db");
        try (Logbook logbook = Logbook.open(file)) {
            assertThat(logbook.database().version()).isEqualTo(Migrations.latestVersion());
            assertThat(logbook.exercises().all()).extracting(e -> e.id().value())
                    .contains("back-squat", "deadlift", "bench-press", "overhead-press", "barbell-row", "pull-up",
                            "split-squat", "romanian-deadlift");
            assertThat(logbook.exercises().find(ExerciseId.of("split-squat")).orElseThrow()
                    .progressesTo().value()).isEqualTo("goblet-squat");
        }
        assertThat(file).exists();
    }

    @Test
    void reopeningKeepsTheDataAndRunsNoMigrationTwice() {
        Path file = folder.resolve("overload.db");
        try (Logbook logbook = Logbook.open(file)) {
            logbook.sessions().save(Fixtures.workout(LocalDateTime.of(2026, 11, 20, 18, 0)));
        }
        try (Logbook logbook = Logbook.open(file)) {
            assertThat(logbook.sessions().count()).isEqualTo(1);
            assertThat(logbook.database().<Integer>read(c -> Sql.queryInt(c, "SELECT count(*) FROM schema_migration")))
                    .isEqualTo(Migrations.latestVersion());
        }
        assertThat(Database.backupsFolder(file)).doesNotExist();
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftAlone() throws IOException {
        Path file = folder.resolve("notes.db");
        Files.writeString(file, "Squat 5x5 100kg, felt great\n".repeat(20));
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Logbook.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("not an Overload logbook")
                .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.NOT_A_LOGBOOK));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefusedAndLeftAlone() throws Exception {
        Path file = folder.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE recipe (name TEXT)");
            st.execute("INSERT INTO recipe VALUES ('bread')");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Logbook.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("another program");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aLogbookFromANewerVersionIsRefusedAndLeftAlone() throws Exception {
        Path file = folder.resolve("future.db");
        Logbook.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("INSERT INTO schema_migration VALUES (99, 'V99__future.sql', '2031-01-01T00:00:00')");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Logbook.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("newer version of Overload (logbook format 99")
                .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.NEWER_VERSION));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aDamagedLogbookIsRefusedAndLeftAlone() throws Exception {
        Path file = folder.resolve("damaged.db");
        try (Logbook logbook = Logbook.open(file)) {
            for (int i = 0; i < 40; i++) {
                logbook.sessions().save(Fixtures.workout(LocalDateTime.of(2026, 1, 1, 8, 0).plusDays(i)));
            }
        }
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            // Scribble over the middle of the file, past the header, where table and index pages live.
            byte[] junk = "this page was overwritten by a faulty disk ".repeat(200).getBytes(StandardCharsets.US_ASCII);
            raw.seek(raw.length() / 2);
            raw.write(junk);
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Logbook.open(file)).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.DAMAGED))
                .hasMessageContaining("damaged").hasMessageNotContaining("\n").hasMessageNotContaining("***");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void anOlderLogbookIsCopiedAsideThenMigrated() throws SQLException, IOException {
        Path file = folder.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.apply(c, 1);
        }

        try (Logbook logbook = Logbook.open(file)) {
            assertThat(logbook.database().version()).isEqualTo(Migrations.latestVersion());
            assertThat(logbook.exercises().all()).isNotEmpty();
        }
        Path backups = Database.backupsFolder(file);
        assertThat(backups).isDirectoryContaining(p -> p.getFileName().toString().startsWith("old-before-upgrade-"));
        try (var files = Files.list(backups)) {
            Path copy = files.findFirst().orElseThrow();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
                assertThat(Migrations.currentVersion(c)).isEqualTo(1);
            }
        }
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        try (Logbook logbook = Logbook.open(folder.resolve("overload.db"))) {
            assertThatThrownBy(() -> logbook.database().write("a test", c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO setting VALUES ('a', 'b')");
                    st.execute("INSERT INTO setting VALUES ('a', 'again')");
                }
                return null;
            })).isInstanceOf(StoreException.class).hasMessageContaining("conflicts");
            assertThat(logbook.settings().get("a")).isEmpty();
        }
    }

    @Test
    void anEmptyFileIsNeverSilentlyMadeALogbookOnlyWhenTheUserSaysSo() throws IOException {
        Path file = Files.createFile(folder.resolve("overload.db"));

        for (Database.Options options : List.of(Database.Options.DEFAULT, Database.Options.DEFAULT.lookingOnly(),
                Database.Options.DEFAULT.heldBy("overload demo"))) {
            assertThatThrownBy(() -> Database.open(file, options)).isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("overload.db is an empty file (0 bytes), not a logbook. It was not changed.")
                    .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.EMPTY_FILE));
        }
        assertThat(Files.size(file)).isZero();
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("overload.db");
        }

        try (Logbook logbook = Logbook.open(file, Database.Options.DEFAULT.startingInEmptyFile())) {
            assertThat(logbook.database().version()).isEqualTo(Migrations.latestVersion());
        }
    }

    @Test
    void aLookAtAMissingFileReadsAnEmptyLogbookAndCreatesNothing() throws IOException {
        Path file = folder.resolve("not/yet/overload.db");

        try (Logbook logbook = Logbook.openToRead(file)) {
            assertThat(logbook.sessions().count()).isZero();
            assertThat(logbook.exercises().all()).isNotEmpty();
            assertThatThrownBy(() -> logbook.sessions().save(Fixtures.workout(LocalDateTime.of(2026, 1, 1, 8, 0))))
                    .isInstanceOf(StoreException.class);
        }
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aLookAtAnOlderLogbookReadsItUpgradedAndChangesNothing() throws Exception {
        Path file = folder.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Migrations.apply(c, 1);
            c.createStatement().execute("PRAGMA journal_mode = WAL");
        }
        byte[] before = Files.readAllBytes(file);

        try (Logbook logbook = Logbook.openToRead(file)) {
            assertThat(logbook.database().version()).isEqualTo(Migrations.latestVersion());
            assertThat(logbook.exercises().all()).isNotEmpty();
        }

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("old.db");
        }
    }

    @Test
    void aWriterHoldsTheLockUnderItsNameUntilClosed() {
        Path file = folder.resolve("overload.db");
        try (Logbook logbook = Logbook.openToWrite(file, "overload import")) {
            LogbookLock lock = logbook.database().lock();
            assertThat(lock).isNotNull();
            assertThat(lock.alone()).isTrue();
        }
        LogbookLock.sole(file, LogbookLock.me("overload restore", false), Duration.ZERO, h -> { }).close();
    }

    @Test
    void addingNewSessionsCountsOnlyWhatWasNotThereAlready() {
        var first = Fixtures.workout(LocalDateTime.of(2026, 1, 1, 8, 0));
        var second = Fixtures.workout(LocalDateTime.of(2026, 1, 2, 8, 0));
        try (Logbook logbook = Logbook.open(folder.resolve("overload.db"))) {
            assertThat(logbook.addNew(List.of(), List.of(first))).isEqualTo(new Logbook.Added(0, 1));
            // A second import of the same file, planned before the first one wrote: it adds only what is new.
            assertThat(logbook.addNew(List.of(), List.of(first, second))).isEqualTo(new Logbook.Added(0, 1));
            assertThat(logbook.sessions().count()).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1 | 0 | 0    | 1 exercise
            1 | 0 | 2500 | 1 exercise and 2500 sessions
            2 | 1 | 1    | 2 exercises, 1 block and 1 session
            0 | 0 | 0    | nothing
            """)
    void aWriteIsNamedWithItsCountsInTheRightNumber(int exercises, int blocks, int sessions, String named) {
        assertThat(Logbook.counted(exercises, blocks, sessions)).isEqualTo(named);
    }

    @Test
    void aTimeThatMakesNoSenseReadThroughADamagedIndexIsReportedAsDamage() throws Exception {
        Path file = folder.resolve("overload.db");
        try (Logbook logbook = Logbook.open(file)) {
            for (int i = 0; i < 30; i++) {
                logbook.sessions().save(Fixtures.workout(LocalDateTime.of(2026, 1, 1, 8, 0).plusDays(i)));
            }
        }
        LogbookFiles.damageAnIndex(file);

        try (Logbook logbook = Logbook.openToRead(file)) {
            assertThatThrownBy(() -> logbook.sessions().span()).isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("The logbook is damaged: it holds the time \"")
                    .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.DAMAGED));
        }
    }

    @Test
    void migrationScriptsAreAllListed() throws IOException {
        Path folderOfScripts = Path.of("src/main/resources/app/overload/store/migration");
        try (var files = Files.list(folderOfScripts)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactlyElementsOf(Migrations.SCRIPTS.stream().sorted().toList());
        }
    }
}

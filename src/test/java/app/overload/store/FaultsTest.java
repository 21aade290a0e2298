package app.overload.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import app.overload.Fixtures;
import app.overload.domain.Workout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Disk, permission and concurrency faults: a clear message, nothing half-written, the logbook still readable. */
class FaultsTest {

    @TempDir
    Path folder;

    private Path db() {
        return folder.resolve("overload.db");
    }

    private static Workout workout(int day) {
        return Fixtures.workout(LocalDateTime.of(2026, 1, 1, 18, 0).plusDays(day));
    }

    @Test
    void aFullDiskRefusesTheSaveAndKeepsEverythingElse() {
        try (Logbook logbook = Logbook.open(db())) {
            logbook.sessions().save(workout(0));
            int pages = logbook.database().<Integer>read(c -> Sql.queryInt(c, "PRAGMA page_count"));
            // SQLite reports SQLITE_FULL when the file may not grow: the same error a full disk gives.
            logbook.database().write("limiting the file", c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA max_page_count = " + pages);
                }
                return null;
            });
            List<Workout> many = new ArrayList<>();
            for (int i = 1; i <= 200; i++) {
                many.add(workout(i));
            }
            assertThatThrownBy(() -> logbook.sessions().saveAll(many)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("disk is full").hasMessageContaining("nothing was changed")
                    .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.DISK_FULL));
            assertThat(logbook.sessions().count()).isEqualTo(1);
            assertThat(logbook.database().<String>read(c -> Sql.queryString(c, "PRAGMA integrity_check")))
                    .isEqualTo("ok");

            logbook.database().write("lifting the limit", c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA max_page_count = 1073741823");
                }
                return null;
            });
            logbook.sessions().saveAll(many);
            assertThat(logbook.sessions().count()).isEqualTo(201);
        }
    }

    @Test
    void aReadOnlyLogbookCanBeReadButNotWritten() {
        Workout saved = workout(0);
        try (Logbook logbook = Logbook.open(db())) {
            logbook.sessions().save(saved);
        }
        try (Logbook logbook = Logbook.open(db(), Database.Options.DEFAULT.readOnlyAccess())) {
            assertThat(logbook.database().readOnly()).isTrue();
            assertThat(logbook.sessions().find(saved.id())).contains(saved);
            assertThatThrownBy(() -> logbook.sessions().save(workout(1))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("open read-only").hasMessageContaining("Nothing changed");
        }
        try (Logbook logbook = Logbook.open(db())) {
            assertThat(logbook.sessions().count()).isEqualTo(1);
        }
    }

    @Test
    void aFolderWithoutWritePermissionOpensReadOnly() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path locked = folder.resolve("locked");
        Workout saved = workout(0);
        try (Logbook logbook = Logbook.open(locked.resolve("overload.db"))) {
            logbook.sessions().save(saved);
        }
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try (Logbook logbook = Logbook.open(locked.resolve("overload.db"))) {
            assertThat(logbook.database().readOnly()).isTrue();
            assertThat(logbook.sessions().find(saved.id())).contains(saved);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void writabilityNeedsTheFileAndItsFolder() throws IOException {
        assertThat(Database.canWrite(folder.resolve("not/yet/there.db"))).isTrue();
        Path file = Files.createFile(folder.resolve("plain.db"));
        assertThat(Database.canWrite(file)).isEqualTo(Files.isWritable(file));
    }

    @Test
    void aLogbookInsideAFileIsExplained() throws IOException {
        Path notAFolder = Files.writeString(folder.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> Logbook.open(notAFolder.resolve("overload.db"))).isInstanceOf(StoreException.class)
                .hasMessageContaining("Cannot create");
    }

    @Test
    void twoWindowsWritingAtOnceBothSucceed() throws Exception {
        Logbook.open(db()).close();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Logbook first = Logbook.open(db()); Logbook second = Logbook.open(db())) {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                Logbook window = w == 0 ? first : second;
                int offset = w * 100;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        window.sessions().save(workout(offset + i));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
            assertThat(first.sessions().count()).isEqualTo(50);
            assertThat(second.sessions().count()).isEqualTo(50);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWriterThatWaitsTooLongIsToldTheLogbookIsBusy() throws Exception {
        Logbook.open(db()).close();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Logbook first = Logbook.open(db());
             Logbook impatient = Logbook.open(db(), Database.Options.DEFAULT.waitingAtMost(Duration.ofMillis(200)))) {
            Future<?> longImport = pool.submit(() -> first.database().write("a long import", c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO setting VALUES ('busy', 'yes')");
                }
                holding.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> impatient.sessions().save(workout(0))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("busy").hasMessageContaining("Try again")
                    .satisfies(e -> assertThat(((StoreException) e).reason()).isEqualTo(StoreException.Reason.BUSY));
            release.countDown();
            longImport.get(30, TimeUnit.SECONDS);
            impatient.sessions().save(workout(0));
            assertThat(impatient.sessions().count()).isEqualTo(1);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void namesWithQuotesEmojiAndSqlRoundTripUnchanged() {
        String name = "Coach's \"Block\" 🏃‍♀️ '); DROP TABLE training_block;--";
        try (Logbook logbook = Logbook.open(db())) {
            var block = Fixtures.block(name);
            logbook.blocks().save(block);
            assertThat(logbook.blocks().findByName(name)).contains(block);
            Workout w = workout(0);
            logbook.sessions().save(w);
            assertThat(logbook.sessions().find(w.id()).orElseThrow().notes())
                    .isEqualTo("Robert'); DROP TABLE session;--");
        }
    }

    @Test
    void aWindowsHoldStopsARestoreInTheSameProcessToo() {
        try (Logbook window = Logbook.open(db(), Database.Options.DEFAULT.heldByWindow())) {
            assertThat(window.database().lock()).isNotNull();
            assertThatThrownBy(() -> LogbookLock.sole(db(), LogbookLock.me("overload restore", false),
                    Duration.ZERO, holders -> { })).isInstanceOf(StoreException.class).hasMessageContaining(
                            "Nothing changed");
        }
        LogbookLock.sole(db(), LogbookLock.me("overload restore", false), Duration.ZERO, holders -> { }).close();
    }
}

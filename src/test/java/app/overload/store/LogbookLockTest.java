package app.overload.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Windows and writing commands share the logbook; a restore needs it alone and names what is in its way. File locks
 * are per process, so the other window or command here is a real second process ({@link LockHolder}).
 */
class LogbookLockTest {

    private static final LogbookLock.Holder WINDOW = LogbookLock.me("the Overload app", true);
    private static final LogbookLock.Holder RESTORE = LogbookLock.me("overload restore", false);

    @TempDir
    Path folder;

    private Path db() {
        return folder.resolve("overload.db");
    }

    /** A process holding a shared lock: a window, or the command named; returns once it says it holds it. */
    private Other other(String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), db().toString()));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        String said = out.readLine();
        assertThat(said).startsWith("held");
        return new Other(process, Long.parseLong(said.substring(said.indexOf("pid=") + 4)));
    }

    private record Other(Process process, long pid) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            process.getOutputStream().close();
            try {
                assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private LogbookLock share() {
        return LogbookLock.share(db(), WINDOW, Duration.ofSeconds(5)).orElseThrow();
    }

    private LogbookLock sole(Duration wait) {
        return LogbookLock.sole(db(), RESTORE, wait, holders -> { });
    }

    @Test
    void theFirstWindowIsAloneAndMayRestore() {
        try (LogbookLock window = share()) {
            assertThat(window.alone()).isTrue();
            assertThat(window.others()).isEmpty();
            assertThat(window.takeSole()).isTrue();
        }
        sole(Duration.ZERO).close();
    }

    @Test
    void aWindowThatOpenedSecondKnowsItIsNotAloneAndWhoElseHasIt() throws Exception {
        try (Other first = other(); LogbookLock second = share()) {
            assertThat(second.alone()).isFalse();
            assertThat(second.others()).containsExactly(new LogbookLock.Holder(first.pid(), true, "the Overload app"));
            assertThat(second.takeSole()).isFalse();
        }
    }

    @Test
    @SuppressWarnings("try") // the resource is held for its lock, never read
    void theFirstWindowCannotRestoreWhileASecondOneHasTheLogbookOpen() throws Exception {
        try (LogbookLock first = share()) {
            try (Other second = other()) {
                assertThat(first.takeSole()).isFalse();
            }
            // With the other window closed, the same hold may now go alone.
            assertThat(first.takeSole()).isTrue();
        }
    }

    @Test
    void aRestoreIsRefusedAtOnceWhileAWindowHasTheLogbookNamingIt() throws Exception {
        try (Other window = other()) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> sole(Duration.ofMinutes(5))).isInstanceOf(StoreException.class)
                    .hasMessage("This logbook is open in the Overload app (process " + window.pid() + "); close it, "
                            + "then restore. Nothing changed.");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMinutes(1));
        }
        sole(Duration.ZERO).close();
    }

    @Test
    void aRestoreWaitsForACommandAndNamesItWhenItRunsOutOfTime() throws Exception {
        List<List<LogbookLock.Holder>> told = new ArrayList<>();
        try (Other command = other("overload import")) {
            assertThatThrownBy(() -> LogbookLock.sole(db(), RESTORE, Duration.ofMillis(300), told::add))
                    .isInstanceOf(StoreException.class).hasMessage("This logbook is in use by overload import "
                            + "(process " + command.pid() + "); try again when it has finished. Nothing changed.");
            assertThat(told).containsExactly(List.of(new LogbookLock.Holder(command.pid(), false, "overload import")));
        }
    }

    @Test
    void aKilledHolderLeavesItsNameButNotItsHold() throws Exception {
        Other killed = other("overload demo");
        killed.process().destroyForcibly();
        assertThat(killed.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (LogbookLock restoring = sole(Duration.ZERO)) {
            assertThat(restoring.others()).isEmpty();
        }
    }

    @Test
    void aWindowOpeningDuringARestoreWaitsAndThenSaysWhatIsInItsWay() throws Exception {
        try (Other restore = other("overload restore")) {
            assertThatThrownBy(() -> LogbookLock.share(db(), WINDOW, Duration.ofMillis(200)))
                    .isInstanceOf(StoreException.class).hasMessage("A restore is replacing overload.db (overload "
                            + "restore (process " + restore.pid() + ")). Try again when it is done.");
        }
        share().close();
    }

    @Test
    @SuppressWarnings("try") // the resource is held for its lock, never read
    void inOneProcessTheJvmRefusesASecondHoldAtOnce() {
        try (LogbookLock restoring = sole(Duration.ZERO)) {
            assertThat(LogbookLock.share(db(), WINDOW, Duration.ZERO)).isEmpty();
        }
        share().close();
    }
}

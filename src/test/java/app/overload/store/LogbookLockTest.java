package app.overload.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Windows share the logbook; a restore needs it alone. File locks are per process, so the other window here is a
 * real second process ({@link LockHolder}).
 */
class LogbookLockTest {

    @TempDir
    Path folder;

    private Path db() {
        return folder.resolve("overload.db");
    }

    /** Starts a process that holds a shared lock and returns once it says it holds it. */
    private Process otherWindow() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), db().toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        assertThat(out.readLine()).startsWith("held");
        return process;
    }

    private static void close(Process window) throws Exception {
        window.getOutputStream().close();
        assertThat(window.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theFirstWindowIsAloneAndMayRestore() {
        try (LogbookLock window = LogbookLock.share(db()).orElseThrow()) {
            assertThat(window.alone()).isTrue();
            assertThat(window.takeSole()).isTrue();
        }
        assertThat(LogbookLock.tryAcquire(db())).hasValueSatisfying(LogbookLock::close);
    }

    @Test
    void aWindowThatOpenedSecondKnowsItIsNotAloneAndCannotRestore() throws Exception {
        Process first = otherWindow();
        try (LogbookLock second = LogbookLock.share(db()).orElseThrow()) {
            assertThat(second.alone()).isFalse();
            assertThat(second.takeSole()).isFalse();
        } finally {
            close(first);
        }
    }

    @Test
    void theFirstWindowCannotRestoreWhileASecondOneHasTheLogbookOpen() throws Exception {
        try (LogbookLock first = LogbookLock.share(db()).orElseThrow()) {
            Process second = otherWindow();
            try {
                assertThat(first.takeSole()).isFalse();
            } finally {
                close(second);
            }
            // With the other window closed, the same hold may now go alone.
            assertThat(first.takeSole()).isTrue();
        }
    }

    @Test
    void aRestoreFromTheCommandLineSeesAnyOpenWindow() throws Exception {
        Process window = otherWindow();
        try {
            assertThat(LogbookLock.tryAcquire(db())).isEmpty();
        } finally {
            close(window);
        }
        assertThat(LogbookLock.tryAcquire(db())).hasValueSatisfying(LogbookLock::close);
    }

    @Test
    void aWindowOpeningDuringARestoreGetsNoHold() throws Exception {
        try (LogbookLock restoring = LogbookLock.tryAcquire(db()).orElseThrow()) {
            // Same process here, so the JVM refuses the overlap; between processes the shared lock is refused.
            assertThat(LogbookLock.share(db())).isEmpty();
        }
        assertThat(LogbookLock.share(db())).hasValueSatisfying(LogbookLock::close);
    }
}

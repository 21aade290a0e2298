package app.overload.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import app.overload.cli.OverloadCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The commands on a disk that is full, or too full for what they do, on a real small file system: each says the
 * disk is full, changes nothing, and leaves nothing behind that keeps the disk full.
 *
 * <p>The file system is the one named by {@code OVERLOAD_SMALL_DISK} ({@code .ci/run} mounts a 4 MB tmpfs for it);
 * without it, a test run as root mounts one itself. Anyone else cannot make one, and the tests are skipped.
 */
class FullDiskTest {

    private static final String VARIABLE = "OVERLOAD_SMALL_DISK";
    private static final long KB = 1024;

    @TempDir
    static Path shared;

    private static Path disk;
    private static boolean mountedHere;
    private static Path sample;
    private static Path otherSample;

    private Path work;
    private Path filler;

    @BeforeAll
    static void smallDisk() throws Exception {
        String given = System.getenv(VARIABLE);
        if (given != null && !given.isBlank()) {
            disk = Path.of(given);
        } else {
            disk = Files.createDirectories(shared.resolve("small-disk"));
            mountedHere = run("mount", "-t", "tmpfs", "-o", "size=4m", "overload-test", disk.toString()) == 0;
            assumeTrue(mountedHere, "needs a small file system: set " + VARIABLE + " to an empty, writable one of "
                    + "a few MB (.ci/run mounts one), or run the tests as root so this test can mount a tmpfs");
        }
        sample = shared.resolve("sample.db");
        assertThat(command("demo", "--db", sample.toString(), "--until", "2026-11-23").code()).isZero();
        otherSample = shared.resolve("other.db");
        assertThat(command("demo", "--db", otherSample.toString(), "--seed", "2", "--until", "2025-05-01").code())
                .isZero();
    }

    @AfterAll
    static void unmount() throws Exception {
        if (mountedHere) {
            run("umount", disk.toString());
        }
    }

    @BeforeEach
    void folder() throws IOException {
        work = Files.createDirectories(disk.resolve("work"));
        filler = disk.resolve("filler");
    }

    @AfterEach
    void empty() throws IOException {
        try (Stream<Path> files = Files.walk(work)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.deleteIfExists(filler);
    }

    @Test
    void aBackupThatDoesNotFitSaysTheDiskIsFullAndLeavesNoCopy() throws IOException {
        Path db = Files.copy(sample, work.resolve("logbook.db"));
        leaveRoom(300 * KB);

        Run backup = command("backup", "--db", db.toString());

        assertThat(backup.code()).isEqualTo(1);
        assertThat(backup.err()).startsWith("overload: The disk is full, so making the copy logbook-manual-")
                .endsWith(" did not complete. Free some space and try again; nothing was changed.\n");
        assertThat(names(work.resolve("backups"))).isEmpty();
        assertThat(names(work)).containsExactly("backups", "logbook.db", "logbook.db.lock");
        assertThat(free()).isGreaterThan(250 * KB);
    }

    @Test
    void aDiskFullToTheLastByteIsNamedWhenOpeningAndReadingStillWorks() throws IOException {
        Path db = Files.copy(sample, work.resolve("logbook.db"));
        leaveRoom(0);

        Run sessions = command("sessions", "--db", db.toString());
        Run demo = command("suggest", "--db", db.toString(), "--block", "Linear 5×5 (Oct 2026)", "--week", "9",
                "--accept");

        assertThat(sessions.code()).as(sessions.err()).isZero();
        assertThat(sessions.out()).endsWith("489 sessions.\n");
        assertThat(demo.code()).isEqualTo(1);
        assertThat(demo.err()).isEqualTo("overload: The disk is full, so opening logbook.db did not complete. Free "
                + "some space and try again; nothing was changed.\n");
        assertThat(Files.readAllBytes(db)).isEqualTo(Files.readAllBytes(sample));
    }

    @Test
    void aSampleThatDoesNotFitLeavesNoLogThatKeepsTheDiskFull() throws IOException {
        leaveRoom(1200 * KB);
        long before = free();

        Run demo = command("demo", "--db", work.resolve("new.db").toString(), "--years", "2", "--until",
                "2026-11-23");

        assertThat(demo.code()).isEqualTo(1);
        assertThat(demo.err()).matches("overload: The disk is full, so saving \\d+ blocks and \\d+ sessions did not "
                + "complete\\. Free some space and try again; nothing was changed\\.\n");
        assertThat(names(work)).doesNotContain("new.db-wal", "new.db-journal");
        assertThat(free()).as("room left after the failed write").isGreaterThan(before - 400 * KB);
    }

    @Test
    void aRestoreThatDoesNotFitSaysSoAndLeavesTheLogbookAsItWas() throws IOException {
        Path db = Files.copy(sample, work.resolve("logbook.db"));
        byte[] bytes = Files.readAllBytes(db);
        leaveRoom(300 * KB);

        Run restore = command("restore", "--db", db.toString(), "--from", otherSample.toString(), "--yes");

        assertThat(restore.code()).isEqualTo(1);
        assertThat(restore.err()).isEqualTo("overload: The disk is full, so restoring other.db did not complete. "
                + "Free some space and try again; nothing was changed.\n");
        assertThat(Files.readAllBytes(db)).isEqualTo(bytes);
        assertThat(names(work)).containsExactly("logbook.db", "logbook.db.lock");
        assertThat(free()).isGreaterThan(250 * KB);
    }

    /** Fills the disk, then gives back {@code room} bytes. */
    private void leaveRoom(long room) throws IOException {
        byte[] chunk = new byte[64 * (int) KB];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(chunk);
            }
        } catch (IOException full) {
            // The disk is full: as intended.
        }
        try (FileChannel channel = FileChannel.open(filler, StandardOpenOption.WRITE)) {
            channel.truncate(Math.max(0, channel.size() - room));
        }
    }

    private long free() throws IOException {
        return Files.getFileStore(disk).getUsableSpace();
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private record Run(int code, String out, String err) {
    }

    private static Run command(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = OverloadCommand.commandLine(file -> {
            throw new AssertionError("The app must not open");
        });
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static int run(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException e) {
            return -1; // no such tool here
        }
    }
}

package app.overload.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import app.overload.Fixtures;
import app.overload.domain.Checks;
import app.overload.domain.Session;
import app.overload.domain.Workout;
import app.overload.store.LockHolder;
import app.overload.store.Logbook;
import app.overload.store.LogbookFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code overload backup} and {@code overload restore}, run in-process on real files as a user would run them. */
class BackupCommandsTest {

    private static final Pattern KEPT = Pattern.compile("Restored\\. The previous file is kept as (.+)\\.");

    /** A sample logbook written once by {@code overload demo}; each test works on its own copy. */
    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static Path sample;
    private Path db;
    private Path backups;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @BeforeAll
    static void sampleLogbook() {
        sample = shared.resolve("sample.db");
        assertThat(run("demo", "--db", sample.toString(), "--until", "2026-11-23").code()).isZero();
    }

    @BeforeEach
    void copyOfTheSample() throws IOException {
        db = Files.copy(sample, folder.resolve("logbook.db"));
        backups = folder.resolve("backups");
    }

    private static List<Session> sessions(Path file) {
        try (Logbook logbook = Logbook.open(file)) {
            return logbook.sessions().between(Checks.FIRST_DAY, Checks.LAST_DAY);
        }
    }

    /** Deletes the {@code count} oldest sessions, so the logbook differs from a copy made before. */
    private void deleteOldest(int count) {
        try (Logbook logbook = Logbook.open(db)) {
            logbook.sessions().between(Checks.FIRST_DAY, Checks.LAST_DAY).stream().limit(count)
                    .forEach(s -> assertThat(logbook.sessions().delete(s.id())).isTrue());
        }
    }

    private List<String> backupNames() throws IOException {
        return names(backups);
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path backUp() {
        CommandRun backup = run("backup", "--db", db.toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        String out = backup.out().strip();
        return Path.of(out.substring(out.lastIndexOf(" to ") + 4, out.length() - 1));
    }

    @Test
    void backupWritesACopyIntoTheBackupsFolderThatHoldsTheSameSessions() throws IOException {
        List<Session> before = sessions(db);

        CommandRun backup = run("backup", "--db", db.toString());

        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backupNames()).singleElement().asString().matches("logbook-manual-\\d{8}-\\d{6}\\.db");
        Path copy = backups.resolve(backupNames().get(0));
        assertThat(backup.out().lines()).singleElement().asString()
                .startsWith("Backed up " + before.size() + " sessions from 2025-").endsWith(" to " + copy + ".");
        assertThat(before).hasSizeGreaterThan(400);
        assertThat(sessions(copy)).isEqualTo(before);
    }

    @Test
    void backupToAFileWritesThereAndNeverOverwrites() throws IOException {
        List<Session> before = sessions(db);
        Path elsewhere = Files.createDirectory(folder.resolve("usb")).resolve("copy.db");

        CommandRun backup = run("backup", "--db", db.toString(), "--to", elsewhere.toString());

        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(sessions(elsewhere)).isEqualTo(before);
        assertThat(backups).doesNotExist();
        byte[] written = Files.readAllBytes(elsewhere);
        CommandRun again = run("backup", "--db", db.toString(), "--to", elsewhere.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err().lines())
                .containsExactly("overload: " + elsewhere + " already exists; choose a new file name, or add --replace.");
        assertThat(Files.readAllBytes(elsewhere)).isEqualTo(written);
    }

    @Test
    void backupToAFolderThatDoesNotExistSaysSo() {
        Path missing = folder.resolve("no-such-folder");

        CommandRun backup = run("backup", "--db", db.toString(), "--to", missing.resolve("copy.db").toString());

        assertThat(backup.code()).isEqualTo(1);
        assertThat(backup.err().lines()).containsExactly("overload: Cannot write the copy to "
                + missing.resolve("copy.db") + ": " + missing + " does not exist.");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aFileWhereTheBackupsFolderShouldBeIsNamedAsTheReason() throws IOException {
        Files.writeString(backups, "a note that happens to be called backups");

        CommandRun backup = run("backup", "--db", db.toString());

        assertThat(backup.code()).isEqualTo(1);
        assertThat(backup.err().lines()).containsExactly("overload: Cannot create the backup folder " + backups
                + ": a file of that name is in the way; move or rename it.");
        assertThat(Files.readString(backups)).isEqualTo("a note that happens to be called backups");
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamedAsTheReason() throws IOException {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"), "needs POSIX permissions");
        Path locked = Files.createDirectory(folder.resolve("locked"));
        Path inside = Files.copy(sample, locked.resolve("logbook.db"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "permissions are not enforced for this user (root)");

            CommandRun backup = run("backup", "--db", inside.toString());

            assertThat(backup.code()).isEqualTo(1);
            assertThat(backup.err().lines()).containsExactly("overload: Cannot create the backup folder "
                    + locked.resolve("backups") + ": permission denied; " + locked + " is not writable.");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void restoreWithoutYesOnlyShowsWhatItWouldReplace() throws IOException {
        int all = sessions(db).size();
        Path copy = backUp();
        deleteOldest(3);
        byte[] bytes = Files.readAllBytes(db);
        List<String> names = backupNames();
        List<String> beside = names(folder);

        CommandRun preview = run("restore", "--db", db.toString(), "--latest");

        assertThat(preview.code()).as(preview.err()).isZero();
        List<String> lines = preview.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("Logbook: " + db);
        assertThat(lines.get(1)).startsWith("  now:   " + (all - 3) + " sessions from ");
        assertThat(lines.get(2)).startsWith("  after: " + all + " sessions from ")
                .endsWith("(from " + copy.getFileName() + ")");
        assertThat(lines.get(3)).isEqualTo("Nothing changed. Run again with --yes to restore.");
        assertThat(Files.readAllBytes(db)).isEqualTo(bytes);
        assertThat(backupNames()).isEqualTo(names);
        assertThat(names(folder)).isEqualTo(beside);
    }

    @Test
    void restoreLatestWithYesPutsTheNewestBackupBackAndKeepsTheReplacedFile() throws IOException {
        backUp();
        deleteOldest(3);
        List<Session> newestBackup = sessions(db);
        Path newest = backUp();
        deleteOldest(2);
        List<Session> current = sessions(db);

        CommandRun restore = run("restore", "--db", db.toString(), "--latest", "--yes");

        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("(from " + newest.getFileName() + ")");
        Matcher kept = KEPT.matcher(restore.out().strip().lines().reduce((a, b) -> b).orElse(""));
        assertThat(kept.matches()).as(restore.out()).isTrue();
        Path replaced = Path.of(kept.group(1));
        assertThat(replaced.getParent()).isEqualTo(backups);
        assertThat(replaced.getFileName().toString()).matches("logbook-replaced-\\d{8}-\\d{6}(-\\d+)?\\.db");
        assertThat(sessions(db)).isEqualTo(newestBackup);
        assertThat(sessions(replaced)).isEqualTo(current);
    }

    @Test
    void restoreIsRefusedWhileAnAppWindowHasTheLogbookOpen() throws Exception {
        backUp();
        deleteOldest(3);
        byte[] bytes = Files.readAllBytes(db);
        List<String> names = backupNames();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), db.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            String held = said.readLine();
            assertThat(held).startsWith("held");
            String pid = held.substring(held.indexOf("pid=") + 4);

            CommandRun refused = run("restore", "--db", db.toString(), "--latest", "--yes");

            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.err().lines()).containsExactly("overload: This logbook is open in the Overload app (process "
                    + pid + "); close it, then restore. Nothing changed.");
            assertThat(Files.readAllBytes(db)).isEqualTo(bytes);
            assertThat(backupNames()).isEqualTo(names);
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(10, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }

        CommandRun afterwards = run("restore", "--db", db.toString(), "--latest", "--yes");
        assertThat(afterwards.code()).as(afterwards.err()).isZero();
    }

    @Test
    void restoreFromACopyWhoseLastSessionsLiveOnlyInItsLogBringsThemBack() throws IOException {
        Path source = folder.resolve("laptop.db");
        Files.copy(sample, source);
        List<Session> older = sessions(source);
        List<Workout> later = List.of(Fixtures.workout(LocalDateTime.of(2026, 11, 24, 18, 0)),
                Fixtures.workout(LocalDateTime.of(2026, 11, 25, 18, 0)));
        Path copy = Files.createDirectory(folder.resolve("usb")).resolve("copy.db");
        LogbookFiles.copyWithSessionsOnlyInItsLog(source, later, copy);

        CommandRun preview = run("restore", "--db", db.toString(), "--from", copy.toString());
        CommandRun restore = run("restore", "--db", db.toString(), "--from", copy.toString(), "--yes");

        int all = older.size() + later.size();
        assertThat(preview.out()).contains("  after: " + all + " sessions from ");
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(sessions(db)).hasSize(all).containsAll(later).containsAll(older);
    }

    @Test
    void aRestoreRunWhileAnImportWritesNeverLosesWhatTheImportConfirmed() throws Exception {
        Path backup = backUp();
        Path other = folder.resolve("coach.db");
        assertThat(run("demo", "--db", other.toString(), "--seed", "2", "--until", "2025-05-01").code()).isZero();
        Path file = folder.resolve("block.json");
        String block = run("blocks", "--db", other.toString()).out().lines().findFirst().orElseThrow();
        String name = block.substring(0, block.indexOf("  [")).strip();
        assertThat(run("export", "--db", other.toString(), "--block", name, "--out", file.toString(),
                "--with-sessions").code()).isZero();
        List<Session> before = sessions(db);

        Process importing = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommandChild.class.getName(), "import", "--db",
                db.toString(), file.toString()).redirectErrorStream(true).start();
        StringBuilder imported = new StringBuilder();
        CommandRun restore;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(importing.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            // The preview is printed with the logbook open, so the import holds the lock from here on.
            while ((line = out.readLine()) != null && !line.startsWith("Sessions: ")) {
                imported.append(line).append('\n');
            }
            assertThat(line).as(imported.toString()).isNotNull();
            restore = run("restore", "--db", db.toString(), "--from", backup.toString(), "--yes");
            out.lines().forEach(l -> imported.append(l).append('\n'));
        }
        assertThat(importing.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(importing.exitValue()).as(imported.toString()).isZero();
        assertThat(imported.toString()).contains("Imported the block");
        assertThat(restore.code()).as(restore.err()).isZero();
        if (restore.out().startsWith("Waiting")) {
            assertThat(restore.out()).startsWith("Waiting for overload import (process " + importing.pid()
                    + ") to finish…");
        }
        // The import came first (the restore waited for it, or began after it): the logbook is the backup, and
        // the file the restore replaced holds the logbook as it was plus everything the import confirmed.
        Matcher kept = KEPT.matcher(restore.out().strip().lines().reduce((a, b) -> b).orElse(""));
        assertThat(kept.matches()).as(restore.out()).isTrue();
        assertThat(sessions(db)).isEqualTo(sessions(backup));
        List<Session> replaced = sessions(Path.of(kept.group(1)));
        assertThat(replaced).containsAll(before).hasSizeGreaterThan(before.size());
        try (Logbook logbook = Logbook.openToRead(Path.of(kept.group(1)))) {
            assertThat(logbook.blocks().findByName(name)).isPresent();
        }
    }

    @Test
    void backupToADanglingLinkIsRefusedAndNothingIsWrittenWhereItPoints() throws IOException {
        Path target = folder.resolve("elsewhere/copy.db");
        Path link = Files.createSymbolicLink(folder.resolve("copy.db"), target);

        CommandRun backup = run("backup", "--db", db.toString(), "--to", link.toString());

        assertThat(backup.code()).isEqualTo(1);
        assertThat(backup.err().lines()).containsExactly("overload: " + link + " is a symbolic link; name the file "
                + "itself. Nothing was written.");
        assertThat(folder.resolve("elsewhere")).doesNotExist();
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }
}

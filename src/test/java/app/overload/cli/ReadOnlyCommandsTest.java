package app.overload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import app.overload.store.LogbookFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that only read, and dry runs, leave the logbook's folder exactly as it was: no upgrade, no copy, no new
 * file, not even for an empty or missing logbook; and writing a file elsewhere never replaces one by surprise.
 */
class ReadOnlyCommandsTest {

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static Path coach;
    private static Path blockFile;
    private static Path csv;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @BeforeAll
    static void files() throws Exception {
        coach = shared.resolve("coach.db");
        assertThat(run("demo", "--db", coach.toString(), "--until", "2026-11-23").code()).isZero();
        blockFile = shared.resolve("block.json");
        assertThat(run("export", "--db", coach.toString(), "--block", "Linear 5×5 (Apr 2026)", "--out",
                blockFile.toString(), "--with-sessions").code()).isZero();
        csv = Path.of(ReadOnlyCommandsTest.class.getResource("/app/overload/exchange/history/hevy-kg.csv").toURI());
    }

    private List<String> everything() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void dryRunsOnAnOlderLogbookNeitherUpgradeNorCopyIt() throws Exception {
        Path db = folder.resolve("old.db");
        LogbookFiles.formatOne(db);
        byte[] bytes = Files.readAllBytes(db);
        List<String> before = everything();

        CommandRun block = run("import", "--db", db.toString(), blockFile.toString(), "--dry-run");
        CommandRun history = run("import-history", "--db", db.toString(), csv.toString(), "--dry-run");

        assertThat(block.code()).as(block.err()).isZero();
        assertThat(block.out()).contains("Sessions: 32 to add.").contains("Dry run: nothing was written to old.db.");
        assertThat(history.code()).as(history.err()).isZero();
        assertThat(history.out()).contains("Dry run: nothing was written.");
        assertThat(Files.readAllBytes(db)).isEqualTo(bytes);
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void anEmptyFileGivenAsTheLogbookIsRefusedByEveryCommandAndLeftEmpty() throws IOException {
        Path db = Files.createFile(folder.resolve("logbook.db"));
        String refusal = "overload: logbook.db is an empty file (0 bytes), not a logbook. It was not changed.";

        List<CommandRun> runs = List.of(run("sessions", "--db", db.toString()), run("blocks", "--db", db.toString()),
                run("import", "--db", db.toString(), blockFile.toString(), "--dry-run"),
                run("import", "--db", db.toString(), blockFile.toString()),
                run("demo", "--db", db.toString()), run("backup", "--db", db.toString()));

        assertThat(runs).allSatisfy(r -> {
            assertThat(r.code()).as(r.out()).isEqualTo(1);
            assertThat(r.err()).startsWith(refusal);
        });
        assertThat(Files.size(db)).isZero();
        assertThat(everything()).containsExactly("", "logbook.db");
    }

    @Test
    void readingAMissingLogbookCreatesNothing() throws IOException {
        Path db = folder.resolve("typo.db");

        CommandRun sessions = run("sessions", "--db", db.toString());
        CommandRun blocks = run("blocks", "--db", db.toString());
        CommandRun dry = run("import-history", "--db", db.toString(), csv.toString(), "--dry-run");

        assertThat(sessions.out()).startsWith("No sessions in ");
        assertThat(blocks.code()).isZero();
        assertThat(dry.out()).contains("typo.db does not exist yet and was not created.");
        assertThat(everything()).containsExactly("");
    }

    @Test
    void exportNeverReplacesAFileUnlessAskedNorFollowsALink() throws IOException {
        Path out = Files.writeString(folder.resolve("block.json"), "the coach's notes");
        Path link = Files.createSymbolicLink(folder.resolve("link.json"), folder.resolve("gone/block.json"));

        CommandRun refused = run("export", "--db", coach.toString(), "--block", "Linear 5×5 (Apr 2026)", "--out",
                out.toString());
        CommandRun linked = run("export", "--db", coach.toString(), "--block", "Linear 5×5 (Apr 2026)", "--out",
                link.toString(), "--replace");

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err().lines()).containsExactly("overload: " + out + " already exists; choose a new file "
                + "name, or add --replace.");
        assertThat(Files.readString(out)).isEqualTo("the coach's notes");
        assertThat(linked.code()).isEqualTo(1);
        assertThat(linked.err()).contains("is a symbolic link");
        assertThat(folder.resolve("gone")).doesNotExist();

        CommandRun replaced = run("export", "--db", coach.toString(), "--block", "Linear 5×5 (Apr 2026)", "--out",
                out.toString(), "--replace");

        assertThat(replaced.code()).as(replaced.err()).isZero();
        assertThat(Files.readString(out)).startsWith("{");
        assertThat(everything()).containsExactly("", "block.json", "link.json");
    }
}

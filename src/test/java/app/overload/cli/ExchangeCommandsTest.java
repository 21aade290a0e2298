package app.overload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code overload export} and {@code overload import}, end to end on real files, without a display. */
class ExchangeCommandsTest {

    /** The coach's logbook, written once by {@code overload demo}; tests only read it. */
    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static Path coach;
    private Path athlete;
    private Path file;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @BeforeAll
    static void sampleLogbook() {
        coach = shared.resolve("coach.db");
        assertThat(run("demo", "--db", coach.toString(), "--until", "2026-11-23").code()).isZero();
    }

    @BeforeEach
    void paths() {
        athlete = folder.resolve("athlete.db");
        file = folder.resolve("block.json");
    }

    private int sessionsIn(Path db) {
        CommandRun listed = run("sessions", "--db", db.toString());
        return listed.out().lines().filter(l -> l.matches("\\d{4}-.*")).toList().size();
    }

    @Test
    void exportsABlockWithItsSessionsAndImportsIt() throws Exception {
        CommandRun export = run("export", "--db", coach.toString(), "--block", "linear 5×5 (apr 2026)", "--out",
                file.toString(), "--with-sessions");

        assertThat(export.code()).isZero();
        assertThat(export.out()).startsWith("Exported \"Linear 5×5 (Apr 2026)\" (36 planned sessions, 32 logged "
                + "sessions, 11 exercises) to ");
        assertThat(Files.readString(file)).startsWith("{\n  \"format\": \"overload-block\",\n  \"version\": \"1.1\",\n"
                + "  \"units\": {\"mass\": \"kg\", \"distance\": \"km\"},");

        CommandRun imported = run("import", "--db", athlete.toString(), file.toString());

        assertThat(imported.code()).isZero();
        assertThat(imported.out()).contains("Read block.json (block format 1.1).")
                .contains("New block \"Linear 5×5 (Apr 2026)\": 12 weeks from 2026-04-06 to 2026-06-28, "
                        + "36 planned sessions.")
                .contains("Sessions: 32 to add.")
                .contains("Imported the block \"Linear 5×5 (Apr 2026)\" with 36 planned sessions; added 32 sessions "
                        + "and 0 exercises.");
        assertThat(sessionsIn(athlete)).isEqualTo(32);
    }

    @Test
    void aDryRunShowsThePreviewAndWritesNothing() {
        run("export", "--db", coach.toString(), "--block", "Linear 5×5 (Apr 2026)", "--out", file.toString(),
                "--with-sessions");

        CommandRun dry = run("import", "--db", athlete.toString(), file.toString(), "--dry-run");

        assertThat(dry.code()).isZero();
        assertThat(dry.out()).contains("New block \"Linear 5×5 (Apr 2026)\"").contains("Sessions: 32 to add.")
                .contains("Dry run: nothing was written to athlete.db, which does not exist yet and was not created.");
        assertThat(athlete).doesNotExist();
        assertThat(folder.toFile().list()).containsExactly("block.json");
    }

    @Test
    void aDryRunOnAnExistingLogbookComparesWithItAndLeavesItAlone() throws Exception {
        run("export", "--db", coach.toString(), "--block", "Linear 5×5 (Apr 2026)", "--out", file.toString(),
                "--with-sessions");
        assertThat(run("import", "--db", athlete.toString(), file.toString()).code()).isZero();
        byte[] before = Files.readAllBytes(athlete);

        CommandRun dry = run("import", "--db", athlete.toString(), file.toString(), "--dry-run");

        assertThat(dry.code()).isZero();
        assertThat(dry.out()).contains("Sessions: 0 to add, 32 already in the logbook (skipped).")
                .contains("Dry run: nothing was written to athlete.db.");
        assertThat(Files.readAllBytes(athlete)).isEqualTo(before);
    }

    @Test
    void importingTwiceAddsNothingTheSecondTime() {
        run("export", "--db", coach.toString(), "--block", "Linear 5×5 (Apr 2026)", "--out", file.toString(),
                "--with-sessions");
        run("import", "--db", athlete.toString(), file.toString());

        CommandRun again = run("import", "--db", athlete.toString(), file.toString());

        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("Sessions: 0 to add, 32 already in the logbook (skipped).")
                .contains("Nothing to import");
        assertThat(sessionsIn(athlete)).isEqualTo(32);
    }

    @Test
    void withoutSessionsOnlyThePlanTravels() {
        CommandRun export = run("export", "--db", coach.toString(), "--block", "Linear 5×5 (Apr 2026)", "--out",
                file.toString());

        assertThat(export.out()).contains("without logged sessions");
        assertThat(run("import", "--db", athlete.toString(), file.toString()).out())
                .contains("The file has no logged sessions.");
        assertThat(sessionsIn(athlete)).isZero();
    }

    @Test
    void aBadFileFailsWithOneLineNamingThePlaceAndLeavesNoLogbookBehind() throws Exception {
        Files.writeString(file, "{\n  \"format\": \"overload-block\",\n  \"version\": \"1.0\",\n  \"block\": 12\n}\n");

        CommandRun bad = run("import", "--db", athlete.toString(), file.toString());

        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err().strip()).isEqualTo("overload: Cannot import block.json: $.block (line 4, column 12): "
                + "Expected an object, found a whole number.");
        assertThat(athlete).doesNotExist();
    }

    @Test
    void aNewerFormatIsRefused() throws Exception {
        Files.writeString(file, "{\"format\": \"overload-block\", \"version\": \"3.1\"}");

        CommandRun newer = run("import", "--db", athlete.toString(), file.toString(), "--dry-run");

        assertThat(newer.code()).isEqualTo(1);
        assertThat(newer.err()).contains("newer version of Overload (block format 3.1");
    }

    @Test
    void anUnknownBlockNameListsTheBlocksThereAre() {
        CommandRun missing = run("export", "--db", coach.toString(), "--block", "Marathon", "--out", file.toString());

        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).startsWith("overload: There is no block called \"Marathon\" in coach.db. Its "
                + "blocks: ").contains("\"Linear 5×5 (Apr 2026)\"");
        assertThat(file).doesNotExist();
    }

    @Test
    void aMissingFileIsAClearError() {
        CommandRun missing = run("import", "--db", athlete.toString(), folder.resolve("nope.json").toString());

        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("Cannot import nope.json: There is no file");
    }

    @Test
    void exportNeedsABlockAndAFile() {
        CommandRun usage = run("export", "--db", coach.toString());

        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).contains("Missing required options").contains("--block").contains("--out");
    }
}

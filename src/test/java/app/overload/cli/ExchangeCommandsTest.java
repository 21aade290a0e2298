package app.overload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import app.overload.exchange.BlockFormat;
import app.overload.store.Logbook;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        assertThat(Files.readString(file)).startsWith("{\n  \"format\": \"overload-block\",\n  \"version\": \""
                + BlockFormat.VERSION + "\",\n  \"units\": {\"mass\": \"kg\", \"distance\": \"km\"},");

        CommandRun imported = run("import", "--db", athlete.toString(), file.toString());

        assertThat(imported.code()).isZero();
        assertThat(imported.out()).contains("Read block.json (block format " + BlockFormat.VERSION + ").")
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
                .contains("The file has no logged sessions.")
                .contains("Imported the block \"Linear 5×5 (Apr 2026)\" with 36 planned sessions; added 0 sessions "
                        + "and 0 exercises.");
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

    /** The coach's revision of the exported block: a heavier, renamed first day and no last session. */
    private void reviseExport() throws Exception {
        ObjectMapper json = new ObjectMapper();
        var root = (ObjectNode) json.readTree(file.toFile());
        var plan = (ArrayNode) root.get("plan");
        var first = (ObjectNode) plan.get(0);
        first.put("title", "Heavy A");
        for (var set : first.get("prescriptions").get(0).get("sets")) {
            ((ObjectNode) set).put("loadKg", set.get("loadKg").asDouble() + 2.5);
        }
        plan.remove(plan.size() - 1);
        Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private String firstPlannedRef() throws Exception {
        String id = new ObjectMapper().readTree(file.toFile()).get("plan").get(0)
                .get("id").asText();
        return id.substring(0, 8);
    }

    @Test
    void aDryRunOfARevisedPlanPrintsWhatChangesAndWritesNothing() throws Exception {
        run("export", "--db", coach.toString(), "--block", "Linear 5×5 (Apr 2026)", "--out", file.toString());
        run("import", "--db", athlete.toString(), file.toString());
        reviseExport();
        byte[] before = Files.readAllBytes(athlete);

        CommandRun dry = run("import", "--db", athlete.toString(), file.toString(), "--dry-run");

        assertThat(dry.code()).isZero();
        assertThat(dry.out()).contains("Block \"Linear 5×5 (Apr 2026)\" is already in the logbook; the file differs "
                + "from it in 2 planned sessions (1 removed, 1 changed).")
                .contains("Planned sessions the file changes:\n  [" + firstPlannedRef() + "] Changed: Week 1, Mon 6 Apr "
                        + "· Workout A: title \"Workout A\" → \"Heavy A\"; back squat 5×5 @ 67.5 kg → 5×5 @ 70 kg\n")
                .containsPattern("  \\[[0-9a-f]{8}\\] Removed: Week 12, Fri 26 Jun · Workout [AB]: Back squat")
                .contains("The file's version is taken wherever it differs. To keep yours: --keep-mine")
                .contains("Dry run: nothing was written to athlete.db.");
        assertThat(Files.readAllBytes(athlete)).isEqualTo(before);
    }

    @Test
    void theDiffIsShownInTheUnitsAskedFor() throws Exception {
        run("export", "--db", coach.toString(), "--block", "Linear 5×5 (Apr 2026)", "--out", file.toString());
        run("import", "--db", athlete.toString(), file.toString());
        reviseExport();

        CommandRun dry = run("import", "--db", athlete.toString(), file.toString(), "--dry-run", "--units", "lb");

        assertThat(dry.out()).contains("back squat 5×5 @ 150 lb → 5×5 @ 155 lb");
    }

    @Test
    void keepMineForKeepsOnePlannedSessionAndTakesTheRest() throws Exception {
        run("export", "--db", coach.toString(), "--block", "Linear 5×5 (Apr 2026)", "--out", file.toString());
        run("import", "--db", athlete.toString(), file.toString());
        reviseExport();

        CommandRun kept = run("import", "--db", athlete.toString(), file.toString(), "--keep-mine-for",
                firstPlannedRef());

        assertThat(kept.code()).isZero();
        assertThat(kept.out()).contains("Changed: Week 1, Mon 6 Apr · Workout A").contains("— keeping yours")
                .contains("Updated the block \"Linear 5×5 (Apr 2026)\" (35 planned sessions; took 1 change from the "
                        + "file, kept yours for 1); added 0 sessions and 0 exercises.");
        try (Logbook logbook = Logbook.open(athlete)) {
            var block = logbook.blocks().findByName("Linear 5×5 (Apr 2026)").orElseThrow();
            assertThat(block.plan()).hasSize(35);
            assertThat(block.plan().get(0).title()).isEqualTo("Workout A");
        }
    }

    @Test
    void keepMineKeepsTheWholeBlockAndAnUnknownReferenceIsAnError() throws Exception {
        run("export", "--db", coach.toString(), "--block", "Linear 5×5 (Apr 2026)", "--out", file.toString());
        run("import", "--db", athlete.toString(), file.toString());
        reviseExport();

        CommandRun wrong = run("import", "--db", athlete.toString(), file.toString(), "--keep-mine-for", "zzzz");
        CommandRun kept = run("import", "--db", athlete.toString(), file.toString(), "--keep-mine");

        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).startsWith("overload: --keep-mine-for zzzz names none of the planned sessions the file "
                + "changes; use one of: ").contains(firstPlannedRef()).contains(", or details.");
        assertThat(kept.code()).isZero();
        assertThat(kept.out()).contains("Nothing imported: you kept your version of \"Linear 5×5 (Apr 2026)\"");
        try (Logbook logbook = Logbook.open(athlete)) {
            assertThat(logbook.blocks().findByName("Linear 5×5 (Apr 2026)").orElseThrow().plan()).hasSize(36);
        }
    }

    @Test
    void aNewBlockIsListedWeekByWeekWithItsSessions() {
        run("export", "--db", coach.toString(), "--block", "Linear 5×5 (Apr 2026)", "--out", file.toString());

        CommandRun dry = run("import", "--db", athlete.toString(), file.toString(), "--dry-run");

        assertThat(dry.out()).contains("Plan:\n  Week 1 · Mon 6 Apr to Sun 12 Apr, Base\n    Mon 6 Apr · Workout A: "
                + "Back squat 5×5 @ 67.5 kg · Bench press 5×5 @ 50 kg").contains("  Week 4 · Mon 27 Apr to Sun 3 May "
                + "(deload), Base\n").contains("  Week 12 · Mon 22 Jun to Sun 28 Jun");
    }

    @Test
    void exportWritesTheUnitsItIsAskedFor() throws Exception {
        CommandRun export = run("export", "--db", coach.toString(), "--block", "Linear 5×5 (Apr 2026)", "--out",
                file.toString(), "--units", "lb");

        assertThat(export.code()).isZero();
        assertThat(export.out()).contains("11 exercises, units lb) to ");
        assertThat(Files.readString(file)).contains("\"units\": {\"mass\": \"lb\", \"distance\": \"km\"}");
        assertThat(run("export", "--db", coach.toString(), "--block", "Linear 5×5 (Apr 2026)", "--out",
                file.toString(), "--units", "stone").err()).contains("'stone' is not a unit; use kg or lb");
    }

    @Test
    void exportNeedsABlockAndAFile() {
        CommandRun usage = run("export", "--db", coach.toString());

        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).contains("Missing required options").contains("--block").contains("--out");
    }
}

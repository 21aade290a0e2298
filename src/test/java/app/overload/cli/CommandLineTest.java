package app.overload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless commands, run as a user would, with no display. */
class CommandLineTest {

    @TempDir
    Path folder;

    private final List<Path> opened = new ArrayList<>();

    private CommandRun run(String... args) {
        return CommandRun.of(opened::add, args);
    }

    private String db() {
        return folder.resolve("logbook.db").toString();
    }

    @Test
    void demoWritesASampleThatSessionsLists() {
        CommandRun demo = run("demo", "--db", db(), "--until", "2026-11-23", "--seed", "5");
        assertThat(demo.code()).isZero();
        assertThat(demo.out()).containsPattern("Wrote \\d+ sessions \\(\\d+ sets, \\d+ runs\\) in \\d+ blocks");

        CommandRun list = run("sessions", "--db", db(), "--from", "2026-11-16", "--to", "2026-11-22");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("2026-11-16").contains("Training").contains("Workout")
                .containsPattern("Back squat \\d").containsPattern("Run \\d+\\.\\d km in")
                .doesNotContain("2026-11-23").containsPattern("\\d+ sessions\\.");
    }

    @Test
    void sessionsAsJson() throws Exception {
        run("demo", "--db", db(), "--until", "2026-11-23");
        CommandRun json = run("sessions", "--db", db(), "--from", "2026-11-22", "--json");
        JsonNode rows = new ObjectMapper().readTree(json.out());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows).isNotEmpty();
        for (JsonNode row : rows) {
            assertThat(row.get("start").asText()).startsWith("2026-11-2");
            assertThat(row.get("kind").asText()).isIn("workout", "training");
            assertThat(row.get("summary").asText()).isNotBlank();
            assertThat(row.get("id").asText()).hasSize(36);
        }
    }

    @Test
    void demoOnlyWritesIntoAnEmptyLogbook() {
        run("demo", "--db", db(), "--until", "2026-11-23");
        CommandRun again = run("demo", "--db", db(), "--until", "2026-11-23");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("already holds").contains("only written into an empty logbook");
    }

    @Test
    void badOptionsGetAClearMessage() {
        assertThat(run("demo", "--db", db(), "--years", "0").err()).contains("--years must be between 1 and 30");
        CommandRun badDate = run("sessions", "--db", db(), "--from", "23/11/2026");
        assertThat(badDate.code()).isEqualTo(2);
        assertThat(badDate.err()).contains("'23/11/2026' is not a date; write it as YYYY-MM-DD");
        CommandRun reversed = run("sessions", "--db", db(), "--from", "2026-11-23", "--to", "2026-11-01");
        assertThat(reversed.code()).isEqualTo(1);
        assertThat(reversed.err()).contains("--from (2026-11-23) is after --to (2026-11-01)");
    }

    @Test
    void aFileThatIsNotALogbookIsExplained() throws Exception {
        Path text = folder.resolve("notes.txt");
        Files.writeString(text, "not a database, just notes about squats");
        CommandRun run = run("sessions", "--db", text.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("overload: notes.txt is not an Overload logbook");
    }

    @Test
    void aDamagedLogbookIsExplainedInOneLineWithTheFirstProblemAndACountOfTheRest() throws Exception {
        run("demo", "--db", db(), "--until", "2026-11-23");
        try (RandomAccessFile raw = new RandomAccessFile(db(), "rw")) {
            // A few pages in the middle of the file, where tables and indexes live, overwritten as a bad disk might.
            raw.seek(raw.length() / 2);
            raw.write("this page was overwritten by a faulty disk ".repeat(200).getBytes(StandardCharsets.US_ASCII));
        }
        byte[] damaged = Files.readAllBytes(Path.of(db()));

        CommandRun run = run("sessions", "--db", db());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().lines()).singleElement().asString()
                .matches("overload: logbook\\.db is damaged \\(SQLite integrity check: [^;*]+; and \\d+ more "
                        + "problems\\)\\. It was not changed; restore it from a backup\\.");
        assertThat(Files.readAllBytes(Path.of(db()))).isEqualTo(damaged);
    }

    @Test
    void anEmptyLogbookSaysSo() {
        assertThat(run("sessions", "--db", db()).out()).startsWith("No sessions in ");
    }

    @Test
    void withoutACommandItOpensTheAppOnTheGivenLogbook() {
        assertThat(run("--db", db()).code()).isZero();
        assertThat(opened).containsExactly(Path.of(db()));
    }

    @Test
    void helpListsTheCommands() {
        CommandRun help = run("--help");
        assertThat(help.out()).contains("demo").contains("sessions").contains("--db");
    }
}

package app.overload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code overload export-history} and {@code overload export-plan}, end to end on real files, without a display. */
class ExportCommandsTest {

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static Path logbook;

    @BeforeAll
    static void sampleLogbook() {
        logbook = shared.resolve("athlete.db");
        assertThat(CommandRun.of("demo", "--db", logbook.toString(), "--until", "2026-11-23").code()).isZero();
    }

    private static List<String> sessionLines(Path db, String... range) {
        String[] args = new String[3 + range.length];
        args[0] = "sessions";
        args[1] = "--db";
        args[2] = db.toString();
        System.arraycopy(range, 0, args, 3, range.length);
        return CommandRun.of(args).out().lines().filter(l -> l.matches("\\d{4}-.*")).toList();
    }

    @Test
    void theJsonHistoryImportsBackIntoAnEmptyLogbookWithEverySession() {
        Path file = folder.resolve("history.json");
        CommandRun export = CommandRun.of("export-history", "--db", logbook.toString(), "--out", file.toString());

        assertThat(export.code()).isZero();
        assertThat(export.out()).startsWith("Exported " + sessionLines(logbook).size() + " sessions (");

        Path fresh = folder.resolve("fresh.db");
        CommandRun imported = CommandRun.of("import-history", "--db", fresh.toString(), file.toString());

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Read history.json (history format 1.0)").contains("Imported ");
        assertThat(sessionLines(fresh)).isEqualTo(sessionLines(logbook));

        CommandRun again = CommandRun.of("import-history", "--db", fresh.toString(), file.toString());
        assertThat(again.out()).contains("Nothing new to import");
    }

    @Test
    void theCsvOfARangeImportsBackAsWorkoutsOfThatRange() {
        Path file = folder.resolve("october.csv");
        CommandRun export = CommandRun.of("export-history", "--db", logbook.toString(), "--out", file.toString(),
                "--from", "2026-10-01", "--to", "2026-10-31", "--format", "csv");
        assertThat(export.code()).isZero();

        Path fresh = folder.resolve("fresh.db");
        CommandRun imported = CommandRun.of("import-history", "--db", fresh.toString(), file.toString());

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(sessionLines(fresh)).hasSameSizeAs(sessionLines(logbook, "--from", "2026-10-01", "--to",
                "2026-10-31")).allSatisfy(line -> assertThat(line).startsWith("2026-10-").contains("Workout"));
    }

    @Test
    void theCalendarAndTheWatchFilesOfABlock() throws Exception {
        Path ics = folder.resolve("plan.ics");
        CommandRun calendar = CommandRun.of("export-plan", "--db", logbook.toString(), "--block",
                "half marathon (oct 2026)", "--format", "ics", "--out", ics.toString());
        assertThat(calendar.code()).as(calendar.err()).isZero();
        assertThat(calendar.out()).startsWith("Wrote ").contains("planned sessions of \"Half marathon (Oct 2026)\"");
        assertThat(Files.readString(ics)).startsWith("BEGIN:VCALENDAR\r\n");

        Path watch = folder.resolve("watch");
        CommandRun fit = CommandRun.of("export-plan", "--db", logbook.toString(), "--block",
                "Half marathon (Oct 2026)", "--format", "fit", "--week", "3", "--out", watch.toString());
        assertThat(fit.code()).as(fit.err()).isZero();
        assertThat(fit.out()).contains("watch workout");
        try (var files = Files.list(watch)) {
            assertThat(files.map(p -> p.getFileName().toString())).isNotEmpty()
                    .allMatch(n -> n.startsWith("w03-") && n.endsWith(".fit"));
        }
    }

    @Test
    void mistakesAreSaidInOneLineAndNothingIsWritten() {
        Path out = folder.resolve("x.csv");
        CommandRun backwards = CommandRun.of("export-history", "--db", logbook.toString(), "--out", out.toString(),
                "--from", "2026-10-31", "--to", "2026-10-01");
        assertThat(backwards.code()).isEqualTo(1);
        assertThat(backwards.err()).startsWith("overload: --from (2026-10-31) is after --to (2026-10-01).");

        CommandRun format = CommandRun.of("export-history", "--db", logbook.toString(), "--out", out.toString(),
                "--format", "xlsx");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("'xlsx' is not a format; use csv or json");

        CommandRun block = CommandRun.of("export-plan", "--db", logbook.toString(), "--block", "Marathon",
                "--format", "ics", "--out", out.toString());
        assertThat(block.code()).isEqualTo(1);
        assertThat(block.err()).startsWith("overload: There is no block called \"Marathon\"").contains("Its blocks: ");

        CommandRun week = CommandRun.of("export-plan", "--db", logbook.toString(), "--block",
                "Half marathon (Oct 2026)", "--format", "ics", "--week", "99", "--out", out.toString());
        assertThat(week.code()).isEqualTo(1);
        assertThat(week.err()).contains("there is no week 99");

        CommandRun folderAsFile = CommandRun.of("export-history", "--db", logbook.toString(), "--out",
                folder.toString());
        assertThat(folderAsFile.code()).isEqualTo(1);
        assertThat(folderAsFile.err()).contains("is a folder");
        assertThat(out).doesNotExist();
    }
}

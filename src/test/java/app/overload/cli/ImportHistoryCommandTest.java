package app.overload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.overload.store.Logbook;
import picocli.CommandLine;

class ImportHistoryCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = OverloadCommand.commandLine(path -> { });
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("import-history", "--db", folder.resolve("log.db").toString()));
        all.addAll(List.of(args));
        return line.execute(all.toArray(String[]::new));
    }

    private static String fixture(String name) {
        try {
            return Path.of(ImportHistoryCommandTest.class.getResource("/app/overload/exchange/history/" + name).toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private int sessions() {
        try (Logbook logbook = Logbook.open(folder.resolve("log.db"))) {
            return logbook.sessions().count();
        }
    }

    @Test
    void importsFilesAndSaysWhatItAdded() {
        int code = run(fixture("strong-comma.csv"), fixture("hevy-kg.csv"), fixture("walk-1.0.gpx"));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("Strong CSV, 3 sessions")
                .contains("6 sessions from 4 Mar 2024 to 30 Mar 2025: 19 sets, 6,418 kg lifted, 8.0 km.")
                .contains("Bench Press (Barbell) → Bench press (in the catalogue")
                .contains("Cable Crossover → Cable Crossover (new exercise, 1 set)")
                .contains("Imported 6 sessions as workouts and added 2 exercises.");
        assertThat(sessions()).isEqualTo(6);
    }

    @Test
    void aSecondRunAddsNothing() {
        run(fixture("hevy-kg.csv"));

        int code = run(fixture("hevy-kg.csv"));

        assertThat(code).isZero();
        assertThat(out.toString()).contains("2 sessions are already in the logbook")
                .contains("Nothing new to import");
        assertThat(sessions()).isEqualTo(2);
    }

    @Test
    void aDryRunWritesNothingAndDoesNotCreateTheLogbook() {
        int code = run("--dry-run", fixture("hevy-lbs.csv"));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 session on 2 Apr 2025").contains("Dry run: nothing was written. log.db does not exist "
                + "yet and was not created.");
        assertThat(folder.resolve("log.db")).doesNotExist();
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aDryRunOnAnExistingLogbookSkipsWhatItHoldsAndLeavesItAlone() throws Exception {
        run(fixture("hevy-kg.csv"));
        byte[] before = Files.readAllBytes(folder.resolve("log.db"));

        int code = run("--dry-run", fixture("hevy-kg.csv"));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2 sessions are already in the logbook")
                .endsWith("Dry run: nothing was written." + System.lineSeparator());
        assertThat(Files.readAllBytes(folder.resolve("log.db"))).isEqualTo(before);
        assertThat(sessions()).isEqualTo(2);
    }

    /** strong-bad-rows.csv loads 60, which does not tell kilograms from pounds, so the unit is named. */
    @Test
    void badRowsStopTheImportUnlessSkipBadIsGiven() {
        int refused = run("--unit", "kg", fixture("strong-bad-rows.csv"));

        assertThat(refused).isEqualTo(1);
        assertThat(out.toString()).contains("strong-bad-rows.csv:line 3: Weight is not a number");
        assertThat(err.toString()).contains("nothing was imported").contains("--skip-bad");
        assertThat(sessions()).isZero();

        int accepted = run("--unit", "kg", "--skip-bad", fixture("strong-bad-rows.csv"));

        assertThat(accepted).isZero();
        assertThat(sessions()).isEqualTo(1);
    }

    @Test
    void theUnitOptionReadsAStrongExportAsPounds() {
        run("--unit", "lb", fixture("strong-comma.csv"));

        assertThat(out.toString()).contains("as chosen").contains("1,541 kg lifted");
    }

    @Test
    void aFolderStandsForTheHistoryFilesInside() throws Exception {
        Path exports = Files.createDirectories(folder.resolve("exports"));
        Files.copy(Path.of(fixture("hevy-kg.csv")), exports.resolve("hevy.csv"));
        Files.copy(Path.of(fixture("run-hr-1.1.gpx")), exports.resolve("run.gpx"));
        Files.writeString(exports.resolve("readme.txt"), "not history");

        int code = run(exports.toString());

        assertThat(code).as(out.toString()).isZero();
        assertThat(sessions()).isEqualTo(3);
    }

    @Test
    void anUnknownUnitIsRefusedWithTheChoices() {
        int code = run("--unit", "stone", fixture("hevy-kg.csv"));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("use kg or lb");
    }
}

package app.overload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.Session;
import app.overload.domain.StrengthEntry;
import app.overload.domain.Workout;
import app.overload.exchange.history.ImportTotals;
import app.overload.store.Logbook;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    private List<Session> stored() {
        try (Logbook logbook = Logbook.open(folder.resolve("log.db"))) {
            return logbook.sessions().between(LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31));
        }
    }

    @Test
    void aPoundExportWithoutUnitsIsToldFromItsLoadsAndStoredAsLifted() {
        int code = run(fixture("strong-2024-lb.csv"));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Weights read as pounds and distances as miles, told from the loads:"
                + " 37.49999999999999 on line 6 is 37.5 lb saved as kilograms and converted back")
                .contains("Pass --unit kg or --unit lb if that is wrong.");
        // work sets only: the 45 lb warm-up and the run add no volume
        double pounds = (8 + 8 + 7) * 115 + (10 + 9) * 37.5 + 12 * 15 + 10 * 185 + 8 * 95 + 10 * 75;
        assertThat(ImportTotals.of(stored()).volumeKilograms())
                .isCloseTo(pounds * 0.45359237, Assertions.within(1e-6));
    }

    @Test
    void aFileWhoseLoadsDoNotTellItsUnitIsRefusedNamingTheOptionAndADryRunEndsTheSame() {
        int dry = run("--dry-run", fixture("strong-untold.csv"));

        assertThat(dry).isEqualTo(1);
        assertThat(out.toString()).contains("strong-untold.csv: Strong CSV, 1 session")
                .contains("its loads do not tell").contains("Dry run: nothing was written.");
        assertThat(err.toString()).isEqualTo("overload: strong-untold.csv does not say whether its weights are"
                + " kilograms or pounds, and the loads do not tell. Run again with --unit kg or --unit lb. Nothing was"
                + " imported." + System.lineSeparator());
        assertThat(folder.resolve("log.db")).doesNotExist();

        int real = run(fixture("strong-untold.csv"));

        assertThat(real).isEqualTo(1);
        assertThat(sessions()).isZero();
        assertThat(run("--unit", "kg", fixture("strong-untold.csv"))).isZero();
        assertThat(sessions()).isEqualTo(1);
    }

    @Test
    void aDryRunOfAFileThatCannotBeReadExitsLikeTheRealRun() throws Exception {
        Path junk = Files.write(folder.resolve("junk.gpx"), new byte[] {'<', 'g', 'p', 'x', ' ', 'v', '=', 0x01});

        int dry = run("--dry-run", junk.toString());
        int real = run(junk.toString());

        assertThat(dry).isEqualTo(1);
        assertThat(real).isEqualTo(dry);
        assertThat(err.toString()).contains("1 row or point could not be read; nothing was imported.")
                .contains("--skip-bad");
        assertThat(out.toString()).doesNotContain("ParseError").doesNotContain("Message:");
    }

    @Test
    void aDamagedFileWhoseEverySessionWasDroppedIsNotSaidToBeInTheLogbook() throws Exception {
        String whole = Files.readString(Path.of(fixture("hevy-lbs.csv")));
        Path cut = Files.writeString(folder.resolve("cut.csv"), whole.substring(0, whole.length() - 10));

        int code = run("--skip-bad", cut.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("Nothing was imported: 1 row or point could not be read and no session was"
                + " left to import.").doesNotContain("already in the logbook");
        assertThat(sessions()).isZero();
    }

    @Test
    void carriesAndEncodingsComeThroughTheCommandLineAsTheFilesSay() {
        int code = run(fixture("hevy-carry.csv"), fixture("bom-run.gpx"), fixture("bom-ride.tcx"),
                fixture("latin1-walk.gpx"));

        assertThat(code).as(err.toString()).isZero();
        List<Session> all = stored();
        assertThat(all).extracting(s -> ((Workout) s).label())
                .containsExactlyInAnyOrder("Strongman", "Morning Run", "Ride", "Sankt Pölten Runde");
        StrengthEntry walk = all.stream().filter(s -> ((Workout) s).label()
                .equals("Strongman")).map(s -> (StrengthEntry) s.entries().get(0)).findFirst()
                .orElseThrow();
        assertThat(walk.sets()).allSatisfy(set -> {
            assertThat(set.load().kilograms()).isEqualTo(40);
            assertThat(set.distance().metres()).isEqualTo(40);
            assertThat(set.reps()).isZero();
            assertThat(set.failed()).isFalse();
        });
    }

    @Test
    void everyChangeToTheFileIsListedAsAWarningAndResultsReadInTheRightNumber() {
        int code = run("--skip-bad", fixture("strong-silent-changes.csv"));

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("strong-silent-changes.csv: Strong CSV, 2 sessions, 1 problem, 2 warnings")
                .contains("2 warnings: changed on the way in:")
                .contains("strong-silent-changes.csv:line 2: Workout \"Forgot to finish\" lasts \"999h\" by the file")
                .contains("1 problem:")
                .contains("strong-silent-changes.csv:line 6: Seconds is 86,401 seconds");
        assertThat(out.toString()).doesNotContain("1 problems").doesNotContain("1 rows").doesNotContain("1 sessions");
    }

    @Test
    void aLoadTooLargeToReadPrintsAShortNumber() throws Exception {
        Path file = Files.writeString(folder.resolve("huge.csv"), "Date,Workout Name,Duration,Exercise Name,Set Order,"
                + "Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n2024-03-04 18:00:00,\"Push\",45m,"
                + "\"Bench Press (Barbell)\",1,17976931348623157" + "0".repeat(292) + ",5,0,0,\"\",,\n");

        run("--unit", "kg", file.toString());

        assertThat(out.toString()).contains("Load must be between 0 and 1,000 kg (was 1.8e308 kg).");
        assertThat(out.toString().lines()).allMatch(line -> line.length() < 300);
    }
}

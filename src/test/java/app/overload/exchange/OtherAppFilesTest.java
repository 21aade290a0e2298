package app.overload.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import app.overload.exchange.history.HistoryFileReader;
import app.overload.exchange.history.ImportOptions;
import app.overload.exchange.history.ImportProgress;
import app.overload.exchange.history.ParsedHistory;
import app.overload.store.Logbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Files other apps write, given to either import: each is named for what it is, with what Overload reads instead,
 * by the block import and the history import alike, and neither writes anything.
 */
class OtherAppFilesTest {

    @TempDir
    Path folder;

    private Path resource(String name) {
        Path file = folder.resolve(name);
        try (InputStream in = OtherAppFilesTest.class.getResourceAsStream("/app/overload/exchange/other/" + name)) {
            Files.copy(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String blockImportSays(Path file) {
        return catchThrowableOfType(BlockFileException.class, () -> new BlockFileReader().read(file)).getMessage();
    }

    private static String historyImportSays(Path file) {
        ParsedHistory parsed = new HistoryFileReader(ImportOptions.defaults()).read(file, ImportProgress.NONE);
        assertThat(parsed.workouts()).isEmpty();
        return parsed.problems().get(0).toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            liftosaur-program.json            | a Liftosaur program                                       | Overload cannot read plans made in other apps
            liftosaur-backup.json             | a Liftosaur backup (its programs and history)             | Overload cannot read Liftosaur's files.
            liftosaur-history.csv             | a Liftosaur history export (CSV)                          | Overload cannot read Liftosaur's columns.
            intervals-icu-workout.json        | an intervals.icu workout or activity in JSON              | Download the activity's original file
            intervals-icu-activity.json       | an intervals.icu workout or activity in JSON              | Download the activity's original file
            trainingpeaks-workout.json        | a TrainingPeaks workout                                   | Download the completed workout's file
            trainingpeaks-workouts.csv        | a TrainingPeaks list of workouts (CSV)                    | Download each completed workout's file
            garmin-summarized-activities.json | a Garmin Connect export of activity summaries             | DI_CONNECT/DI-Connect-Uploaded-Files
            garmin-workout.json               | a Garmin Connect workout, a plan rather than what was done | Overload cannot read plans made in other apps
            garmin-activity.json              | a Garmin Connect activity in JSON                         | Export Original (a FIT file)
            strava-activity.json              | a Strava activity in JSON                                 | Export GPX or Export Original
            strava-activities.csv             | Strava's list of activities (activities.csv)              | activities folder of the same export
            zwift-workout.zwo                 | a structured workout for Zwift (.zwo)                     | Overload cannot read plans made in other apps
            """)
    void bothImportsNameAnotherAppsFileAndSayWhatToImportInstead(String name, String what, String instead) {
        Path file = resource(name);

        String block = blockImportSays(file);
        String history = historyImportSays(file);

        assertThat(block).startsWith(name + " is " + what).contains(", not an Overload block file. ")
                .contains(instead).doesNotContain("\"format\"");
        assertThat(history).contains("Not a file the import knows: this is " + what).contains(instead);
    }

    @Test
    void aGpxTrackGivenToTheBlockImportIsSentToTheHistoryImport() throws Exception {
        Path gpx = folder.resolve("run.gpx");
        try (InputStream in = OtherAppFilesTest.class.getResourceAsStream(
                "/app/overload/exchange/history/walk-1.0.gpx")) {
            Files.copy(in, gpx);
        }

        assertThat(blockImportSays(gpx)).isEqualTo("run.gpx is a GPX file, history from another app or a watch, not an "
                + "Overload block file. Import it as history: overload import-history (in the app, Logbook → Import "
                + "history…).");
    }

    @Test
    void anOverloadHistoryFileGivenToTheBlockImportIsSentToTheHistoryImport() throws Exception {
        Path json = folder.resolve("overload-history.json");
        Files.writeString(json, "{\n  \"format\": \"overload-history\",\n  \"version\": \"1.0\",\n"
                + "  \"sessions\": []\n}\n");

        assertThat(blockImportSays(json)).isEqualTo("overload-history.json is an Overload history file (what Export "
                + "history writes as JSON), not an Overload block file. Import it as history: overload import-history "
                + "(in the app, Logbook → Import history…).");
    }

    @Test
    void aBlockFileGivenToTheHistoryImportIsSentToTheBlockImport() throws Exception {
        Path block = folder.resolve("block.txt");
        Files.writeString(block, SilentChangesTest.SMALL);

        assertThat(historyImportSays(block)).contains("this is an Overload block file (a training block). Import it "
                + "with overload import (in the app, Logbook → Import a training block…).");
    }

    @Test
    void archivesCompressedFilesAndLogbooksAreNamedToo() throws Exception {
        Path zip = folder.resolve("export.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("activities/1.gpx"));
            out.write("<gpx/>".getBytes());
        }
        Path gz = folder.resolve("1234.gpx.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("<gpx/>".getBytes());
        }
        Path logbook = folder.resolve("overload.db");
        Logbook.open(logbook).close();

        assertThat(blockImportSays(zip)).startsWith("export.zip is a ZIP archive").contains("Unpack it");
        assertThat(historyImportSays(zip)).contains("this is a ZIP archive");
        assertThat(historyImportSays(gz)).contains("this is compressed with gzip").contains("1234.gpx.gz becomes 1234.gpx");
        assertThat(blockImportSays(logbook)).startsWith("overload.db is an SQLite database, such as an Overload "
                + "logbook").contains("overload restore");
    }

    @Test
    void aJsonFileOfNoKnownShapeKeepsTheBlockReadersOwnWords() {
        Path file = resource("unknown.json");

        assertThat(blockImportSays(file)).isEqualTo("$.format: This is not an Overload block file: it has no "
                + "\"format\" field (expected \"overload-block\").");
        assertThat(historyImportSays(file)).contains("expected a Strong or Hevy CSV export, or a GPX, TCX or FIT "
                + "activity");
    }

    @Test
    void onlyTheStartOfAFileIsNeededAndJunkIsNotRecognised() {
        byte[] cut = "[{\"summarizedActivitiesExport\": [{\"activityId\": 1, \"na".getBytes();

        assertThat(OtherAppFiles.recognise(cut, cut.length, "x.json")).get()
                .extracting(OtherAppFiles.Recognised::kind).isEqualTo(OtherAppFiles.Kind.OTHER_APP);
        for (String junk : List.of("", "{", "\u0000\u0001\u0002", "<html><body>hi</body></html>", "a,b,c\n1,2,3")) {
            byte[] bytes = junk.getBytes();
            assertThat(OtherAppFiles.recognise(bytes, bytes.length, "x")).as(junk).isEmpty();
        }
    }
}

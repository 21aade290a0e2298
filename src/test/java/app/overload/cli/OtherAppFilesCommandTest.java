package app.overload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another app's file given to either command is named for what it is, and no logbook is created. */
class OtherAppFilesCommandTest {

    @TempDir
    Path folder;

    private Path copy(String name) throws Exception {
        Path file = folder.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/app/overload/exchange/other/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void importNamesAGarminExportAndSaysWhatToImportInstead() throws Exception {
        Path file = copy("garmin-summarized-activities.json");
        Path logbook = folder.resolve("logbook.db");

        CommandRun run = CommandRun.of("import", "--db", logbook.toString(), file.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("overload: Cannot import garmin-summarized-activities.json: "
                + "garmin-summarized-activities.json is a Garmin Connect export of activity summaries, which has no "
                + "sets, laps or tracks, not an Overload block file. Import the activities' FIT files instead: in the "
                + "same export under DI_CONNECT/DI-Connect-Uploaded-Files, or one at a time with Export Original in "
                + "Garmin Connect.");
        assertThat(logbook).doesNotExist();
    }

    @Test
    void importHistoryNamesALiftosaurProgram() throws Exception {
        Path file = copy("liftosaur-program.json");
        Path logbook = folder.resolve("logbook.db");

        CommandRun run = CommandRun.of("import-history", "--db", logbook.toString(), file.toString(), "--dry-run");

        assertThat(run.out() + run.err()).contains("Not a file the import knows: this is a Liftosaur program. Overload "
                + "cannot read plans made in other apps: set the block up under Blocks → New block");
        assertThat(logbook).doesNotExist();
    }
}

package app.overload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import app.overload.store.DefaultLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path folder;

    private static Path logbookOf(String... args) {
        return Main.appOnly(args).orElseThrow().logbook();
    }

    @Test
    void opensTheAppDirectlyWhenOnlyALogbookIsGiven() {
        assertThat(logbookOf()).isEqualTo(DefaultLocation.logbook());
        assertThat(logbookOf("--db", "/tmp/a.db")).isEqualTo(Path.of("/tmp/a.db"));
        assertThat(logbookOf("--db=/tmp/b.db")).isEqualTo(Path.of("/tmp/b.db"));
        assertThat(Main.appOnly(new String[0]).orElseThrow().files()).isEmpty();
    }

    @Test
    void opensFilesHandedOverByTheDesktopInTheApp() throws IOException {
        Path block = Files.writeString(folder.resolve("From the coach.overload-block.json"), "{}");
        Path run = Files.writeString(folder.resolve("run.gpx"), "<gpx/>");

        assertThat(Main.appOnly(new String[] {block.toString()})).hasValueSatisfying(start -> {
            assertThat(start.logbook()).isEqualTo(DefaultLocation.logbook());
            assertThat(start.files()).containsExactly(block);
        });
        assertThat(Main.appOnly(new String[] {"--db", "/tmp/a.db", block.toString(), run.toString()}))
                .hasValueSatisfying(start -> {
                    assertThat(start.logbook()).isEqualTo(Path.of("/tmp/a.db"));
                    assertThat(start.files()).isEqualTo(List.of(block, run));
                });
    }

    @Test
    void leavesEverythingElseToTheCommandLine() throws IOException {
        assertThat(Main.appOnly(new String[] {"sessions", "--db", "x.db"})).isEmpty();
        assertThat(Main.appOnly(new String[] {"--db"})).isEmpty();
        assertThat(Main.appOnly(new String[] {"--db", ""})).isEmpty();
        assertThat(Main.appOnly(new String[] {"--db", "--help"})).isEmpty();
        assertThat(Main.appOnly(new String[] {"--help"})).isEmpty();
        assertThat(Main.appOnly(new String[] {"--db=bad\u0007.db"})).isEmpty();
        // Not a file to open: missing, a folder, or a name without an extension, which could be a command.
        assertThat(Main.appOnly(new String[] {folder.resolve("gone.overload-block.json").toString()})).isEmpty();
        assertThat(Main.appOnly(new String[] {folder.toString()})).isEmpty();
        Path sessions = Files.writeString(folder.resolve("sessions"), "");
        assertThat(Main.appOnly(new String[] {sessions.toString()})).isEmpty();
        assertThat(Main.appOnly(new String[] {"--db", "x.db", "--from", "2026-11-01"})).isEmpty();
    }
}

package app.overload.exchange.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export replaces a file only once the new one is whole; a failure half-way leaves the old one and no litter. */
class AtomicFileTest {

    @TempDir
    Path folder;

    @Test
    void aFailureHalfWayLeavesThePreviousFileAsItWas() throws Exception {
        Path file = Files.writeString(folder.resolve("history.csv"), "the export of last week\n");

        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write("Date;Workout Name\n".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(ExportException.class).hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("No space left on device");

        assertThat(Files.readString(file)).isEqualTo("the export of last week\n");
        try (var listing = Files.list(folder)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("history.csv");
        }
    }

    @Test
    void aWholeFileReplacesTheOldOneAndMissingFoldersAreMade() throws Exception {
        Path file = folder.resolve("exports/2026/history.csv");

        AtomicFile.write(file, out -> out.write("new\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(file)).isEqualTo("new\n");
    }

    @Test
    void aFolderIsNotAFileName() {
        assertThatThrownBy(() -> AtomicFile.write(folder, out -> { })).isInstanceOf(ExportException.class)
                .hasMessageContaining("is a folder");
    }
}

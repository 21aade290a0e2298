package app.overload.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.OSInfo;

/** The unpacked copy of SQLite's native library: made once, whole, and replaced when it is not intact. */
class NativeSqliteTest {

    @TempDir
    Path folder;

    private static byte[] fromTheJar() throws Exception {
        try (InputStream in = OSInfo.class.getResourceAsStream("/org/sqlite/native/"
                + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + System.mapLibraryName("sqlitejdbc"))) {
            return in.readAllBytes();
        }
    }

    @Test
    void unpacksTheDriversLibraryOnceAndThenReusesIt() throws Exception {
        Path lib = NativeSqlite.copyIn(folder).orElseThrow();
        assertThat(Files.readAllBytes(lib)).isEqualTo(fromTheJar());
        FileTime earlier = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        Files.setLastModifiedTime(lib, earlier);

        assertThat(NativeSqlite.copyIn(folder)).contains(lib);
        assertThat(Files.getLastModifiedTime(lib)).isEqualTo(earlier);
        try (var files = Files.list(lib.getParent())) {
            assertThat(files).containsExactly(lib);
        }
    }

    @Test
    void replacesACopyThatIsNotWhole() throws Exception {
        Path lib = NativeSqlite.copyIn(folder).orElseThrow();
        Files.write(lib, new byte[100]);

        assertThat(NativeSqlite.copyIn(folder)).contains(lib);
        assertThat(Files.readAllBytes(lib)).isEqualTo(fromTheJar());
    }

    @Test
    void removesCopiesOfOtherDriverVersions() throws Exception {
        Path old = Files.createDirectories(folder.resolve("sqlite-1234abcd-99"));
        Files.writeString(old.resolve(System.mapLibraryName("sqlitejdbc")), "an older library");

        Path lib = NativeSqlite.copyIn(folder).orElseThrow();

        assertThat(old).doesNotExist();
        assertThat(lib).exists();
    }

    @Test
    void givesUpQuietlyWhereNoCopyCanBeMade() throws Exception {
        Path inTheWay = Files.writeString(folder.resolve("native"), "a file where the folder should be");

        assertThat(NativeSqlite.copyIn(inTheWay)).isEmpty();
    }
}

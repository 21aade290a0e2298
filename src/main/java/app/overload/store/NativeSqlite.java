package app.overload.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.stream.Stream;

import org.sqlite.util.OSInfo;

/**
 * SQLite's native library, kept unpacked in Overload's data folder. Left alone, the driver unpacks it from the jar
 * into the temporary folder on every start and reads both copies back to compare them: about a tenth of a second
 * before the first logbook can open, on every start of the app and of every command. A copy named after the jar
 * entry's checksum is made once; later starts point the driver at it. Should that copy fail to load, the driver
 * falls back to unpacking as it always did.
 */
public final class NativeSqlite {

    private static final String LIB_PATH = "org.sqlite.lib.path";
    private static final String LIB_NAME = "org.sqlite.lib.name";
    private static final String PREFIX = "sqlite-";

    private NativeSqlite() {
    }

    /**
     * Points the driver at the copy in {@code folder}, making it first if needed. Does nothing when the library
     * location was already chosen, or when the copy cannot be made (a read-only folder, say).
     */
    public static void useCopyIn(Path folder) {
        if (System.getProperty(LIB_PATH) != null) {
            return;
        }
        copyIn(folder).ifPresent(lib -> {
            System.setProperty(LIB_PATH, lib.getParent().toString());
            System.setProperty(LIB_NAME, lib.getFileName().toString());
        });
    }

    /** The unpacked library in {@code folder}, unpacked now unless an intact copy is there; empty if that fails. */
    static Optional<Path> copyIn(Path folder) {
        try {
            String name = System.mapLibraryName("sqlitejdbc");
            URL url = OSInfo.class.getResource("/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS()
                    + "/" + name);
            if (url == null) {
                return Optional.empty();
            }
            URLConnection connection = url.openConnection();
            if (!(connection instanceof JarURLConnection jar)) {
                return Optional.empty();
            }
            JarEntry entry = jar.getJarEntry();
            if (entry.getCrc() < 0 || entry.getSize() < 0) {
                return Optional.empty();
            }
            String tag = PREFIX + Long.toHexString(entry.getCrc()) + "-" + entry.getSize();
            Path lib = folder.resolve(tag).resolve(name);
            if (Files.isRegularFile(lib) && Files.size(lib) == entry.getSize()) {
                return Optional.of(lib);
            }
            unpack(connection, lib, entry.getSize());
            removeOtherCopies(folder, tag);
            return Optional.of(lib);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Into a part file first and then moved, so a copy is either whole or absent, even with two starts at once. */
    private static void unpack(URLConnection connection, Path lib, long size) throws IOException {
        Files.createDirectories(lib.getParent());
        Path part = Files.createTempFile(lib.getParent(), lib.getFileName().toString(), ".part");
        try {
            try (InputStream in = connection.getInputStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            if (Files.size(part) != size) {
                throw new IOException("unpacked " + Files.size(part) + " of " + size + " bytes");
            }
            Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Copies for other driver versions, left by earlier versions of Overload. */
    private static void removeOtherCopies(Path folder, String keep) {
        try (Stream<Path> copies = Files.list(folder)) {
            for (Path old : copies.filter(p -> p.getFileName().toString().startsWith(PREFIX)
                    && !p.getFileName().toString().equals(keep)).toList()) {
                try (Stream<Path> files = Files.list(old)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                }
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            // A copy in use elsewhere (Windows keeps loaded libraries locked): the next upgrade tries again.
        }
    }
}

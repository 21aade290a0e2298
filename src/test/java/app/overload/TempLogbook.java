package app.overload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import app.overload.store.Logbook;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A logbook in a folder of its own for each test, closed and deleted afterwards.
 *
 * <p>Register it as a field ({@code @RegisterExtension final TempLogbook temp = new TempLogbook();}) and call
 * {@link #open()} where the test needs the logbook. Every logbook it opened is closed after the test's own
 * {@code @AfterEach} methods have run, so a view that still reads the logbook while its stage closes never
 * finds it closed under it.
 */
public final class TempLogbook implements BeforeEachCallback, AfterEachCallback {

    private final String fileName;
    private final List<Logbook> opened = new ArrayList<>();
    private Path folder;

    /** A logbook file called {@code overload.db}. */
    public TempLogbook() {
        this("overload.db");
    }

    /** A logbook file of the given name, for tests whose messages or snapshots show it. */
    public TempLogbook(String fileName) {
        this.fileName = fileName;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("overload-test-");
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        RuntimeException closing = null;
        for (Logbook logbook : opened) {
            try {
                logbook.close();
            } catch (RuntimeException e) {
                closing = e;
            }
        }
        opened.clear();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (closing != null) {
            throw closing;
        }
    }

    /** Opens (creating on first use) the test's logbook; it is closed after the test. */
    public Logbook open() {
        Logbook logbook = Logbook.open(file());
        opened.add(logbook);
        return logbook;
    }

    /** The logbook's file, which need not exist yet. */
    public Path file() {
        return folder().resolve(fileName);
    }

    /** The test's own folder, for other files the test writes beside the logbook. */
    public Path folder() {
        if (folder == null) {
            throw new IllegalStateException("the temporary logbook is used outside a test");
        }
        return folder;
    }
}

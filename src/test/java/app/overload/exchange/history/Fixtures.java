package app.overload.exchange.history;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Objects;

/** The hand-written history files under src/test/resources, and options that make times predictable. */
final class Fixtures {

    /** UTC, so GPS times read the same on every machine. */
    static final ImportOptions OPTIONS = ImportOptions.defaults().withZone(ZoneOffset.UTC);

    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Objects.requireNonNull(Fixtures.class.getResource(name), name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static ParsedHistory read(String name) {
        return read(name, OPTIONS);
    }

    static ParsedHistory read(String name, ImportOptions options) {
        return new HistoryFileReader(options).read(path(name), ImportProgress.NONE);
    }
}

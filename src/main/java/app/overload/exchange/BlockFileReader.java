package app.overload.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Reads block files, refusing anything that is not a whole, valid block with a message that names the place.
 * The size is checked before a byte is parsed, the file is read through a bounded stream, and every failure is a
 * {@link BlockFileException}: a broken file never escapes as another exception.
 */
public final class BlockFileReader {

    private final long maxBytes;

    public BlockFileReader() {
        this(BlockFormat.MAX_BYTES);
    }

    /** A reader with another size limit (in bytes), for tests; at most {@link BlockFormat#MAX_BYTES}. */
    public BlockFileReader(long maxBytes) {
        if (maxBytes < 1 || maxBytes > BlockFormat.MAX_BYTES) {
            throw new IllegalArgumentException("The size limit must be between 1 byte and " + BlockFormat.MAX_BYTES);
        }
        this.maxBytes = maxBytes;
    }

    public BlockFile read(Path file) {
        String source = String.valueOf(file.getFileName());
        try {
            if (Files.isDirectory(file)) {
                throw BlockFileException.whole(source + " is a folder, not a block file.", null);
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(source, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, source);
            }
        } catch (NoSuchFileException e) {
            throw BlockFileException.whole("There is no file " + file + ".", e);
        } catch (IOException e) {
            throw BlockFileException.whole("Cannot read " + file + ": " + BlockFileWriter.describe(e), e);
        }
    }

    /** Reads a block file from a stream (which stays open), stopping as soon as it passes the size limit. */
    public BlockFile read(InputStream in, String source) {
        byte[] bytes;
        try {
            bytes = readBounded(in, source);
        } catch (IOException e) {
            throw BlockFileException.whole("Cannot read " + source + ": " + BlockFileWriter.describe(e), e);
        }
        return parse(bytes, source);
    }

    private byte[] readBounded(InputStream in, String source) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxBytes) {
                throw tooLarge(source, total);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private BlockFileException tooLarge(String source, long size) {
        return BlockFileException.whole(source + " is too large to be a block file (" + megabytes(size)
                + " or more; the limit is " + megabytes(maxBytes) + ").", null);
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024))
                : bytes + " bytes";
    }

    BlockFile parse(byte[] bytes, String source) {
        Warnings warnings = new Warnings();
        Locator locator = new Locator(bytes);
        try {
            FormatHeader.Header header = header(bytes, source, warnings);
            String version = header.version();
            if (header.nulls() > 0) {
                refuseNull(bytes);
            }
            UnknownFields unknown = new UnknownFields();
            BlockDocument document = BlockFormat.json().readerFor(BlockDocument.class).withHandler(unknown)
                    .readValue(bytes);
            unknown.warnAbout(bytes, warnings);
            BlockContents contents = new DocumentReader(warnings).read(document);
            return new BlockFile(source, version, contents, located(warnings, locator));
        } catch (BlockFileException e) {
            throw e.unlocated() != null ? e.locatedAt(locator.place(e.unlocated())) : e;
        } catch (JsonProcessingException e) {
            throw JsonErrors.translate(e, locator);
        } catch (IOException e) {
            throw BlockFileException.whole("Cannot read " + source + ": " + BlockFileWriter.describe(e), e);
        }
    }

    /**
     * The first look at the file; a file that is not a block file at all is named for what it is (a GPX track,
     * a Garmin export, a Liftosaur program…) rather than for the field it lacks.
     */
    private static FormatHeader.Header header(byte[] bytes, String source, Warnings warnings) throws IOException {
        try {
            return FormatHeader.check(bytes, warnings);
        } catch (BlockFileException | JsonProcessingException e) {
            Optional<OtherAppFiles.Recognised> other = OtherAppFiles.recognise(bytes,
                    Math.min(bytes.length, OtherAppFiles.PEEK_BYTES), source);
            if (other.isPresent() && other.get().kind() != OtherAppFiles.Kind.BLOCK_FILE) {
                throw BlockFileException.whole(other.get().sentence(source, "an Overload block file"), e);
            }
            throw e;
        }
    }

    /** A block file leaves out what it does not have; a null would be read as absent, which the file may not mean. */
    private static void refuseNull(byte[] bytes) throws IOException {
        Optional<JsonPath> at = UnknownFieldScan.firstNull(bytes);
        if (at.isPresent()) {
            JsonPath path = at.get();
            String text = path.toString();
            throw BlockFileException.at(path, text.endsWith("]")
                    ? "A list item is null; remove it or give its value."
                    : "null is not a value in a block file; leave the field out when it has no value.");
        }
    }

    private static List<FileWarning> located(Warnings warnings, Locator locator) {
        List<FileWarning> result = new ArrayList<>();
        for (Warnings.Entry entry : warnings.entries()) {
            Place place = entry.place() != null ? entry.place() : locator.place(entry.path());
            result.add(new FileWarning(place, entry.message()));
        }
        if (warnings.dropped() > 0) {
            result.add(new FileWarning(new Place("$", 0, 0), warnings.dropped() + " more warnings were left out."));
        }
        return result;
    }

    /**
     * Unknown fields are skipped with a warning that names them: a newer writer may add fields. Binding only counts
     * them; {@link UnknownFieldScan} finds where they are, since the parser Jackson hands over here may be replaying
     * a buffer and cannot be trusted to know the path.
     */
    private static final class UnknownFields extends DeserializationProblemHandler {
        /** How often each unknown name was met; a file of junk may hold many, so no list to search. */
        private final Map<String, Integer> met = new HashMap<>();

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                JsonDeserializer<?> deserializer, Object beanOrClass, String name) throws IOException {
            met.merge(name, 1, Integer::sum);
            parser.skipChildren();
            return true;
        }

        void warnAbout(byte[] bytes, Warnings warnings) throws IOException {
            if (met.isEmpty()) {
                return;
            }
            for (UnknownFieldScan.Found field : UnknownFieldScan.scan(bytes)) {
                met.computeIfPresent(field.name(), (name, count) -> count > 1 ? count - 1 : null);
                warnings.add(field.place(), message(field.name()));
            }
            // Left only if the scan and Jackson ever disagree about a name: the warning still says what was dropped.
            met.keySet().forEach(name -> warnings.add(JsonPath.ROOT, message(name)));
        }

        private static String message(String name) {
            return "Unknown field \"" + Values.quoted(name) + "\" was ignored.";
        }
    }
}

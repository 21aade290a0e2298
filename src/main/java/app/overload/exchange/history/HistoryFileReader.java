package app.overload.exchange.history;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import app.overload.exchange.OtherAppFiles;

/**
 * Reads one history file of any supported format into workouts and problems. Never throws for a bad file: an
 * unreadable, empty, oversized or unknown file comes back as a problem that names it.
 */
public final class HistoryFileReader {

    private final ImportOptions options;

    public HistoryFileReader(ImportOptions options) {
        this.options = options;
    }

    /**
     * @param progress told the fraction of this file's bytes read so far
     */
    public ParsedHistory read(Path path, ImportProgress progress) {
        String name = String.valueOf(path.getFileName());
        String file = path.toString();
        long size;
        try {
            if (!Files.isRegularFile(path)) {
                return ParsedHistory.unreadable(file, null, "Not a file (missing, or a folder).");
            }
            size = Files.size(path);
        } catch (IOException e) {
            return ParsedHistory.unreadable(file, null, cannotRead(e));
        }
        if (size == 0) {
            return ParsedHistory.unreadable(file, null, "The file is empty.");
        }
        if (size > options.maxBytes()) {
            return ParsedHistory.unreadable(file, null, String.format(Locale.ROOT,
                    "The file is %.0f MB, more than the %d MB an import reads; no export of training history is that"
                            + " large. Split it or check that it is the right file.",
                    size / 1048576.0, options.maxBytes() / 1048576));
        }
        try (InputStream raw = Files.newInputStream(path)) {
            return read(file, name, raw, size, progress);
        } catch (IOException e) {
            return ParsedHistory.unreadable(file, null, cannotRead(e));
        }
    }

    /** Reads an already opened file of {@code size} bytes; the caller closes the stream. */
    ParsedHistory read(String file, String name, InputStream raw, long size, ImportProgress progress) {
        try {
            InputStream in = new BufferedInputStream(new Counting(raw, size, name, progress), 64 * 1024);
            in.mark(FormatDetector.PEEK_BYTES);
            byte[] head = in.readNBytes(FormatDetector.PEEK_BYTES);
            in.reset();
            Optional<HistoryFormat> format = FormatDetector.detect(head, head.length, name);
            if (format.isEmpty()) {
                return ParsedHistory.unreadable(file, null, OtherAppFiles.recognise(head, head.length, name)
                        .map(r -> "Not a file the import knows: this is " + r.what() + ". " + r.instead())
                        .orElse("Not a file the import knows: expected a Strong or Hevy CSV export, or a GPX, TCX or "
                                + "FIT activity."));
            }
            ParsedHistory parsed = switch (format.get()) {
                case STRONG_CSV -> StrongCsvParser.parse(file, in, options);
                case HEVY_CSV -> HevyCsvParser.parse(file, in);
                case GPX -> GpxParser.parse(file, in, options.zone());
                case TCX -> TcxParser.parse(file, in, options.zone());
                case FIT -> FitParser.parse(file, in, options.zone());
            };
            progress.update(1, "Read " + name);
            if (parsed.workouts().isEmpty() && parsed.problems().isEmpty()) {
                // a header with no rows, a GPX with no track: say so rather than import nothing silently
                return ParsedHistory.unreadable(file, parsed.format(), "The file holds no sessions.");
            }
            return parsed;
        } catch (IOException e) {
            return ParsedHistory.unreadable(file, null, cannotRead(e));
        } catch (RuntimeException | StackOverflowError e) {
            // a reader bug must not take the import down with it; the file is named and nothing is written
            return ParsedHistory.unreadable(file, null, "Overload could not read this file because of an error in"
                    + " Overload itself, not necessarily in the file. Nothing of it was imported.");
        }
    }

    /** Why the system would not hand over the bytes, in words that need no knowledge of Java. */
    private static String cannotRead(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "The file cannot be read: Overload is not allowed to open it (check its permissions).";
        }
        if (e instanceof NoSuchFileException) {
            return "The file cannot be read: it is no longer there.";
        }
        return "The file cannot be read: the system reported an error while reading it (is it on a disk or share"
                + " that went away?).";
    }

    /** Counts bytes read so the progress bar moves with a large file, at most every 256 KB. */
    private static final class Counting extends FilterInputStream {
        private static final long STEP = 256 * 1024;
        private final long size;
        private final String name;
        private final ImportProgress progress;
        private long read;
        private long reported;

        Counting(InputStream in, long size, String name, ImportProgress progress) {
            super(in);
            this.size = size;
            this.name = name;
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(long n) {
            read += n;
            if (read - reported >= STEP) {
                reported = read;
                progress.update(Math.min(1, (double) read / size), "Reading " + name);
            }
        }
    }
}

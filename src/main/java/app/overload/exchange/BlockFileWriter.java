package app.overload.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes block contents as a block file: UTF-8 JSON laid out for reading, in a fixed key order. */
public final class BlockFileWriter {

    private BlockFileWriter() {
    }

    /** The whole file as text; the same contents always give the same text. */
    public static String toJson(BlockContents contents) {
        try {
            return JsonLayout.layout(BlockFormat.json().valueToTree(BlockToJson.document(contents)));
        } catch (IllegalArgumentException e) {
            throw BlockFileException.whole("The block could not be written as JSON: " + e.getMessage(), e);
        }
    }

    public static void write(BlockContents contents, OutputStream out) throws IOException {
        out.write(toJson(contents).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes the file next to its final name and moves it into place, so that a failure half-way (a full disk)
     * never leaves a cut-off file where a good one, or none, was.
     */
    public static void write(BlockContents contents, Path file) {
        Path target = file.toAbsolutePath();
        byte[] bytes = toJson(contents).getBytes(StandardCharsets.UTF_8);
        Path temporary = null;
        try {
            Path folder = target.getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            // Not Files.createTempFile: its owner-only permissions would stay on the exported file.
            temporary = target.resolveSibling("." + target.getFileName() + "." + System.nanoTime() + ".part");
            Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw BlockFileException.whole("Cannot write " + target + ": " + describe(e), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // Only the leftover temporary file; the error that matters was reported above.
                }
            }
        }
    }

    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
    }
}

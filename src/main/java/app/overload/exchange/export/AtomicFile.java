package app.overload.exchange.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file next to its final name and moves it into place only once it is whole, so a crash, a full disk or an
 * error half-way never leaves a cut-off export where a good file, or none, was. Exports of ten years of history are
 * streamed through this rather than built in memory.
 */
public final class AtomicFile {

    /** Writes the file's bytes; the stream is buffered and closed by {@link #write}. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes {@code file} through {@code body}. The temporary file is flushed to the disk before the move, so what
     * the move puts in place survives a power cut too.
     *
     * @throws ExportException naming the file when it cannot be written; the target is then untouched
     */
    public static void write(Path file, Body body) {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new ExportException(target + " is a folder; choose a file name to export to.");
        }
        Path temporary = null;
        try {
            Path folder = target.getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            // Not Files.createTempFile: its owner-only permissions would stay on the exported file.
            temporary = target.resolveSibling("." + target.getFileName() + "." + System.nanoTime() + ".part");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 256 * 1024);
                body.write(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ExportException("Cannot write " + target + ": " + describe(e), e);
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

    /** "Access denied (/x/y)" rather than a class name: what happened, then where. */
    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
    }
}

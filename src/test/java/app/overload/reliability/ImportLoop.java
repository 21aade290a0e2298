package app.overload.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import app.overload.exchange.BlockImporter;
import app.overload.exchange.ImportPreview;
import app.overload.store.Logbook;

/**
 * A child process for the crash tests: imports every block file of a folder (coach's blocks with the athlete's
 * sessions), one after another, and prints "saved <block id>" only after each import returned, as the app reports
 * an import done. Killed at a random moment by {@link CrashSafetyIT}.
 */
public final class ImportLoop {

    private ImportLoop() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        List<Path> blocks;
        try (Stream<Path> files = Files.list(Path.of(args[1]))) {
            blocks = files.sorted().toList();
        }
        try (Logbook logbook = Logbook.open(file)) {
            BlockImporter importer = new BlockImporter(logbook);
            System.out.println("ready");
            System.out.flush();
            for (Path block : blocks) {
                ImportPreview preview = importer.preview(block);
                importer.apply(preview);
                System.out.println("saved " + preview.block().id());
                System.out.flush();
            }
        }
    }
}

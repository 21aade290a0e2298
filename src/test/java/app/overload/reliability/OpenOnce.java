package app.overload.reliability;

import java.nio.file.Path;

import app.overload.store.Logbook;

/** A child process for the crash tests: opens (and so migrates) a logbook, then says so. */
public final class OpenOnce {

    private OpenOnce() {
    }

    public static void main(String[] args) {
        try (Logbook logbook = Logbook.open(Path.of(args[0]))) {
            System.out.println("opened " + logbook.database().version());
        }
    }
}

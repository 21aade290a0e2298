package app.overload.reliability;

import java.nio.file.Path;
import java.time.LocalDateTime;

import app.overload.Fixtures;
import app.overload.domain.Workout;
import app.overload.store.Logbook;

/**
 * A child process for the crash tests: saves sessions one after another and prints "saved <id>" only after each
 * commit returned, exactly as the app confirms a save to the user. It runs until it is killed.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        try (Logbook logbook = Logbook.open(file)) {
            System.out.println("ready");
            System.out.flush();
            LocalDateTime start = LocalDateTime.of(2020, 1, 1, 18, 0);
            for (int i = 0; ; i++) {
                Workout w = Fixtures.workout(start.plusMinutes(i));
                logbook.sessions().save(w);
                System.out.println("saved " + w.id());
                System.out.flush();
            }
        }
    }
}

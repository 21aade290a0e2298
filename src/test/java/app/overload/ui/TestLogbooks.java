package app.overload.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import app.overload.sample.SampleLogbook;
import app.overload.store.Logbook;

/** Logbooks and services for view tests: a fresh file, optionally holding a sample year, and a clock that stands still. */
public final class TestLogbooks {

    private TestLogbooks() {
    }

    /** A new logbook at {@code file} holding a year of the sample athlete up to {@code until}. */
    public static Logbook sample(Path file, long seed, LocalDate until) {
        Logbook logbook = Logbook.open(file);
        SampleLogbook sample = SampleLogbook.generate(1, seed, until);
        logbook.saveAll(sample.blocks(), sample.sessions());
        return logbook;
    }

    /**
     * Takes back what was logged on {@code day}, so that day's planned sessions are still to do: the log form then
     * offers them, as it does before a session is logged.
     */
    public static void notYetLogged(Logbook logbook, LocalDate day) {
        logbook.sessions().between(day, day).forEach(s -> logbook.sessions().delete(s.id()));
    }

    /** Services over {@code logbook} that run work at once and whose clock reads {@code now} (UTC). */
    public static AppServices services(Logbook logbook, LocalDateTime now) {
        return new AppServices(logbook, new CurrentThreadTaskExecutor(),
                Clock.fixed(now.toInstant(ZoneOffset.UTC), ZoneOffset.UTC), logbook.settings().units());
    }
}

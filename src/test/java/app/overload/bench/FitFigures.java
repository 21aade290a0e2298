package app.overload.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import app.overload.exchange.fit.FitFixtures;
import app.overload.exchange.history.HistoryFileReader;
import app.overload.exchange.history.ImportOptions;
import app.overload.exchange.history.ImportProgress;
import app.overload.exchange.history.ParsedHistory;

/**
 * Reading a long FIT activity: a 4-hour run with a record every second (14,400 records, developer fields in each,
 * laps of about a kilometre), from the file on disk to the workout the import would save: checksums, decoding and
 * summing the track.
 */
final class FitFigures {

    private FitFigures() {
    }

    static Figure fourHourActivity(Path work) throws Exception {
        System.out.println("Reading a 4-hour FIT activity…");
        Path file = Files.write(work.resolve("four-hours.fit"), FitFixtures.run(FitFixtures.GARMIN_WATCH, 14_399,
                true));
        HistoryFileReader reader = new HistoryFileReader(ImportOptions.defaults());
        double ms = Timing.steady(() -> {
            ParsedHistory parsed = reader.read(file, ImportProgress.NONE);
            if (parsed.workouts().size() != 1) {
                throw new IllegalStateException("the 4-hour FIT file gave " + parsed);
            }
        });
        return Figure.under("Read a 4-hour FIT activity (14,400 records) into a workout", ms, 300);
    }
}

package app.overload.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import app.overload.domain.SessionSummary;
import app.overload.notation.NotationContext;
import app.overload.store.Logbook;
import app.overload.usecase.LogSessions;

/**
 * The quick-entry box reads its line on every key press: reading a line and writing the preview the box shows under
 * it must stay under 5 ms (issue 23), against the catalogue and blocks of the 10-year logbook, read once beforehand as
 * the log form does when it opens. A line with an unknown exercise also measures finding the closest names.
 */
final class NotationFigures {

    static final String LINE = "2026-11-20 18:00 workout \"lunch\": Back squat w: 20x10, 60x5 + 5x5 @ 100 rest 3:00 "
            + "· Bench press 3x8 @ 60 rpe 8 · run 6 x 800 m @ 3:15 rest 90 s, 8 km in 40:00 # felt strong";
    static final String UNKNOWN = "Back squat 5x5 @ 100 · Zercher squat 3x5 @ 80";

    private NotationFigures() {
    }

    static List<Figure> measure(Path logbookFile) throws Exception {
        try (Logbook logbook = Logbook.open(logbookFile)) {
            LogSessions log = new LogSessions(logbook, Clock.fixed(BenchData.UNTIL.atTime(21, 0)
                    .toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
            NotationContext context = log.context(LogSessions.Options.defaults());
            SessionSummary summary = new SessionSummary(context.units(), context.catalogue().names());
            double read = Timing.steady(() -> {
                LogSessions.Result result = LogSessions.read(LINE, context);
                if (!result.understood()) {
                    throw new IllegalStateException("The benchmark line no longer reads: " + result.problems());
                }
                summary.describe(result.sessions().get(0).session());
            });
            double refused = Timing.steady(() -> {
                LogSessions.Result result = LogSessions.read(UNKNOWN, context);
                if (result.problems().isEmpty() || result.problems().get(0).suggestions().isEmpty()) {
                    throw new IllegalStateException("The unknown exercise was not refused with names to offer");
                }
            });
            return List.of(
                    Figure.under("Quick entry: read a 3-entry session line and write its preview (10-year logbook)",
                            read, 5),
                    Figure.under("Quick entry: refuse an unknown exercise with the closest catalogue names", refused,
                            5));
        }
    }
}

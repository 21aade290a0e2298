package app.overload.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import app.overload.domain.Session;
import app.overload.domain.TrainingBlock;
import app.overload.store.Logbook;
import app.overload.usecase.FindRecords;

/**
 * Opening the log form for a planned six-exercise session, pre-filled (issue 19): the work it does off the FX thread
 * must stay under 50 ms on the 10-year logbook. That is the form's two reads, done here in one go: the reference
 * (the catalogue, the blocks a year either side of today with what of their plans is done, the routines) and last
 * time for the six exercises over the last 26 weeks, which the sets are filled from. Filling the rows and working out
 * plates is pure and happens on the FX thread. Also the records lookup that follows a save of the 30-set session.
 */
final class LiftingDayFigures {

    /** As the log form's BlocksAround.WINDOW_DAYS and LastTimeLoader.RECENT_DAYS. */
    private static final int AROUND_DAYS = 366;
    private static final int RECENT_DAYS = 182;

    private LiftingDayFigures() {
    }

    static List<Figure> measure(Path logbookFile) throws Exception {
        LocalDate day = BenchData.UNTIL;
        LocalDateTime now = day.atTime(18, 0);
        try (Logbook logbook = Logbook.open(logbookFile)) {
            double open = Timing.steady(() -> {
                logbook.exercises().all();
                for (TrainingBlock block : logbook.blocks().current(day.minusDays(AROUND_DAYS),
                        day.plusDays(AROUND_DAYS))) {
                    logbook.sessions().fulfilled(block.id());
                }
                logbook.routines().all();
                if (logbook.lastTime().lastStrength(BenchData.SIX, now, now.minusDays(RECENT_DAYS)).isEmpty()) {
                    throw new IllegalStateException("The sample logbook has no last time for the six exercises");
                }
            });
            Session saved = BenchData.thirtySets(now.plusHours(2));
            logbook.sessions().save(saved);
            FindRecords records = new FindRecords(logbook);
            double lookUp = Timing.steady(() -> records.setBy(saved));
            return List.of(
                    Figure.under("Log form: open a planned six-exercise session, pre-filled: reads off the FX thread "
                            + "(10-year logbook)", open, 50),
                    Figure.under("Records set by a saved 30-set session, for the notice after the save (10-year "
                            + "logbook)", lookUp, 100));
        }
    }
}

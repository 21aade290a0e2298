package app.overload.ui.log;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

import app.overload.domain.TrainingBlock;
import app.overload.store.Logbook;
import app.overload.ui.TaskExecutor;

/**
 * The blocks the log form can attach a session to: those not archived whose dates overlap a year either side of
 * the form's date, with their plans. Reading every block's plan would cost a long logbook hundreds of milliseconds;
 * when the date is moved far away, the blocks around it are read instead.
 */
final class BlocksAround {

    static final int WINDOW_DAYS = 366;

    private final Logbook logbook;
    private final TaskExecutor executor;
    /** The day the current blocks were read around; null before the first read. */
    private LocalDate around;

    BlocksAround(Logbook logbook, TaskExecutor executor) {
        this.logbook = logbook;
        this.executor = executor;
    }

    /** Reads the blocks around {@code day}; off the FX thread. */
    List<TrainingBlock> read(LocalDate day) {
        return logbook.blocks().current(day.minusDays(WINDOW_DAYS), day.plusDays(WINDOW_DAYS));
    }

    /** Notes that the form now holds the blocks read around {@code day}. */
    void readAround(LocalDate day) {
        around = day;
    }

    /** When {@code day} is far from what was read, reads the blocks around it and hands them to {@code show}. */
    void follow(LocalDate day, Consumer<List<TrainingBlock>> show, Consumer<Throwable> failed) {
        if (around == null || Math.abs(ChronoUnit.DAYS.between(around, day)) < WINDOW_DAYS / 2) {
            return;
        }
        around = day;
        executor.submit("Reading the blocks of " + day, p -> read(day), show, failed);
    }
}

package app.overload.ui.history;

import java.time.LocalDate;
import java.time.LocalDateTime;

import app.overload.domain.SessionId;

/** A line of the history table: a week's totals, or one session in it. Text is already in the user's units. */
public sealed interface HistoryRow permits HistoryRow.Week, HistoryRow.Entry {

    /** The header of a week with what it added up to. */
    record Week(LocalDate weekStart, String title, String totals) implements HistoryRow {
    }

    /**
     * One session: when, which kind, what for, what was done.
     *
     * @param records the personal records it set, one per line; empty when it set none (or they are not known yet)
     */
    record Entry(SessionId id, LocalDateTime start, boolean training, String purposeOrLabel, String summary,
            String duration, String rpe, String records) implements HistoryRow {
    }
}

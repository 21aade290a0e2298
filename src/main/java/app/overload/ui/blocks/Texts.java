package app.overload.ui.blocks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import app.overload.domain.BlockStatus;
import app.overload.domain.TrainingBlock;
import app.overload.domain.WeekKind;

/** Dates and labels as the blocks screens write them. */
final class Texts {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private Texts() {
    }

    /** "12 Oct 2026 – 3 Jan 2027 · 12 weeks". */
    static String dates(TrainingBlock block) {
        return DAY.format(block.start()) + " – " + DAY.format(block.goalDate()) + " · " + block.weeks() + " weeks";
    }

    static String status(BlockStatus status) {
        return switch (status) {
            case ACTIVE -> "Active";
            case PLANNED -> "Planned";
            case FINISHED -> "Finished";
            case ARCHIVED -> "Archived";
        };
    }

    static String kind(WeekKind kind) {
        return switch (kind) {
            case NORMAL -> "";
            case DELOAD -> "Deload";
            case TAPER -> "Taper";
        };
    }

    static String day(LocalDate date) {
        return WEEKDAY.format(date);
    }
}

package app.overload.sample;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Block names and the athlete's training age, shared by the block builders. */
final class Names {

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private Names() {
    }

    /** "(Mar 2026)": blocks of one kind never start in the same month, so names stay unique. */
    static String monthYear(LocalDate start) {
        return "(" + MONTH_YEAR.format(start) + ")";
    }

    /** How fast the athlete still adapts: quickly in the first years, slower later. */
    static double experience(SampleContext context) {
        long blocks = context.blocks.size();
        return 1.0 / (1 + blocks / 8.0);
    }
}

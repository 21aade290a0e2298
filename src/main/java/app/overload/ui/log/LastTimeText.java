package app.overload.ui.log;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import app.overload.domain.Purpose;
import app.overload.domain.SessionSummary;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.UnitPreferences;
import app.overload.store.LastTimeQueries.LastEndurance;
import app.overload.store.LastTimeQueries.LastStrength;

/** "Last time Tue 17 Nov: 5×5 @ 100 kg @ RPE 8" — what the lifter or runner did before, in their units. */
final class LastTimeText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private LastTimeText() {
    }

    static String strength(LastStrength last, SessionSummary summary) {
        return "Last time " + day(last.start()) + ": " + summary.setsText(last.entry());
    }

    /** "Last tempo / threshold Wed 11 Nov 2026: Run 6.0 km in 27:00, 4:30 /km", or "Last run …" for a workout. */
    static String endurance(LastEndurance last, Purpose purpose, SessionSummary summary) {
        String what = purpose == null ? last.entry().modality().label().toLowerCase(Locale.ROOT)
                : purpose.label().toLowerCase(Locale.ROOT);
        return "Last " + what + " " + day(last.start()) + ": " + summary.describe(last.entry());
    }

    /** The top work set of last time, as hints in an empty first set: "5" and "100". */
    static StrengthSet topSet(StrengthEntry entry) {
        return entry.workSets().stream().max((a, b) -> a.load().compareTo(b.load()))
                .orElse(entry.sets().get(0));
    }

    static String hintLoad(StrengthSet set, UnitPreferences units) {
        return units.number(set.load());
    }

    private static String day(LocalDateTime start) {
        return DAY.format(start);
    }
}

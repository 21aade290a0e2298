package app.overload.exchange.history;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import app.overload.domain.ActivityEntry;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Session;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TimedEntry;
import app.overload.domain.Workout;
import app.overload.store.Logbook;

/**
 * Imports fixtures into a logbook and reads back what was stored, written out so a test can compare the numbers:
 * "5 × 62.5 kg", "warm-up 10 × 20 kg", "40 kg over 40 m", "run 5000 m in 1500 s".
 */
final class Stored {

    private Stored() {
    }

    /** Imports the fixtures (skipping bad rows) and returns every stored session, oldest first. */
    static List<Session> importing(Logbook logbook, ImportOptions options, String... fixtures) {
        List<Path> files = Arrays.stream(fixtures).map(Fixtures::path).toList();
        ImportPlan plan = new HistoryImporter(options).preview(files, logbook, ImportProgress.NONE);
        plan.apply(logbook, true);
        return sessions(logbook);
    }

    static List<Session> sessions(Logbook logbook) {
        List<Session> all = new ArrayList<>(logbook.sessions().between(LocalDate.of(1900, 1, 1),
                LocalDate.of(2999, 12, 31)));
        all.sort(Comparator.comparing(Session::start));
        return all;
    }

    /** Each entry of a session as one line: "bench-press: warm-up 10 × 20 kg, 5 × 62.5 kg". */
    static List<String> entries(Session session) {
        return session.entries().stream().map(Stored::entry).toList();
    }

    static String entry(ActivityEntry e) {
        if (e instanceof StrengthEntry s) {
            return s.exercise().value() + ": " + String.join(", ", s.sets().stream().map(Stored::set).toList());
        }
        if (e instanceof EnduranceEntry en) {
            return en.modality().name().toLowerCase(Locale.ROOT) + (en.distance() == null ? ""
                    : " " + number(en.distance().metres()) + " m") + " in " + en.duration().toSeconds() + " s";
        }
        TimedEntry t = (TimedEntry) e;
        return t.activity() + " for " + t.duration().toSeconds() + " s";
    }

    /** "5 × 62.5 kg", with the kind when not a working set, "failed" when failed, a carry's distance and time. */
    static String set(StrengthSet s) {
        StringBuilder sb = new StringBuilder();
        if (s.kind() != SetKind.WORKING) {
            sb.append(s.kind().label().toLowerCase(Locale.ROOT)).append(' ');
        }
        if (s.isLift()) {
            sb.append(s.reps()).append(" × ").append(number(s.load().kilograms())).append(" kg");
        } else {
            sb.append(number(s.load().kilograms())).append(" kg");
            if (s.reps() > 0) {
                sb.append(" × ").append(s.reps());
            }
            if (s.distance() != null) {
                sb.append(" over ").append(number(s.distance().metres())).append(" m");
            }
            if (s.duration() != null) {
                sb.append(" for ").append(s.duration().toSeconds()).append(" s");
            }
        }
        if (s.failed()) {
            sb.append(" failed");
        }
        return sb.toString();
    }

    /** Kilograms and metres to three decimals, without trailing zeros: 52.163, 62.5, 40. */
    static String number(double value) {
        return new BigDecimal(String.format(Locale.ROOT, "%.3f", value)).stripTrailingZeros()
                .toPlainString();
    }

    static Workout workout(List<Session> sessions, String label) {
        return sessions.stream().map(Workout.class::cast).filter(w -> w.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no workout " + label));
    }
}

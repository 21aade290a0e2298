package app.overload.ui.log;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import app.overload.domain.Distance;
import app.overload.domain.DistanceUnit;
import app.overload.domain.Durations;
import app.overload.domain.Interval;
import app.overload.domain.InvalidValueException;
import app.overload.domain.UnitPreferences;

/**
 * Intervals the way a runner writes them: "8 × 400 m @ 1:35 / 200 m jog; 4 × 3:00 / 2:00". Each piece is repeats,
 * the work as a distance or a time, optionally "@ time" for a distance, and after a slash (or "with") the recovery
 * as a distance or a time. Pieces are separated by semicolons.
 */
final class IntervalText {

    private static final Pattern PIECE = Pattern.compile(
            "(?:(\\d+)\\s*[x×*]\\s*)?([^@/]+?)\\s*(?:@\\s*([^/]+?))?\\s*(?:(?:/|\\bwith\\b|\\bw/)\\s*(.+?))?");
    private static final Pattern DISTANCE = Pattern.compile("([\\d.,]+)\\s*(m|km|mi|k)");
    private static final Pattern RECOVERY_WORDS = Pattern.compile("\\s*\\b(jog|rest|recovery|easy|walk|float)\\b\\s*");

    private IntervalText() {
    }

    static List<Interval> parse(String text, DistanceUnit unit) {
        List<Interval> result = new ArrayList<>();
        String[] pieces = text.strip().split("\\s*;\\s*");
        for (int i = 0; i < pieces.length; i++) {
            if (!pieces[i].isBlank()) {
                result.add(piece(pieces[i].toLowerCase(Locale.ROOT).strip(), i + 1));
            }
        }
        return result;
    }

    private static Interval piece(String text, int number) {
        Matcher m = PIECE.matcher(text);
        if (!m.matches()) {
            throw refused(number, text);
        }
        int repeats = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
        String work = m.group(2).strip();
        Distance workDistance = distanceOrNull(work);
        Duration workDuration = workDistance == null ? timeOrNull(work) : null;
        if (workDistance == null && workDuration == null) {
            throw refused(number, text);
        }
        if (m.group(3) != null) {
            workDuration = timeOrNull(m.group(3).strip());
            if (workDuration == null) {
                throw new InvalidValueException("intervals", "Interval " + number + ": after @ comes the time of one "
                        + "repeat, such as 1:35 (was \"" + m.group(3).strip() + "\").");
            }
        }
        Distance recoveryDistance = null;
        Duration recoveryDuration = null;
        if (m.group(4) != null) {
            String recovery = RECOVERY_WORDS.matcher(m.group(4)).replaceAll(" ").strip();
            recoveryDistance = distanceOrNull(recovery);
            recoveryDuration = recoveryDistance == null ? timeOrNull(recovery) : null;
            if (recoveryDistance == null && recoveryDuration == null) {
                throw new InvalidValueException("intervals", "Interval " + number + ": the recovery after / must be a "
                        + "distance or a time, such as 200 m or 1:30 (was \"" + m.group(4).strip() + "\").");
            }
        }
        try {
            return new Interval(repeats, workDistance, workDuration, recoveryDistance, recoveryDuration);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("intervals", "Interval " + number + ": " + e.getMessage());
        }
    }

    private static InvalidValueException refused(int number, String text) {
        return new InvalidValueException("intervals", "Interval " + number + " should read like 8 × 400 m @ 1:35 / "
                + "200 m jog or 4 × 3:00 / 2:00 (was \"" + text + "\").");
    }

    private static Distance distanceOrNull(String text) {
        Matcher m = DISTANCE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        double value = Inputs.number(m.group(1), "intervals");
        return switch (m.group(2)) {
            case "m" -> Distance.metres(value);
            case "mi" -> Distance.miles(value);
            default -> Distance.kilometres(value);
        };
    }

    private static Duration timeOrNull(String text) {
        if (text.matches("[\\d.,]+")) {
            return null; // "8 × 400" is more likely metres than seconds: ask for the unit
        }
        try {
            return Inputs.duration(text, "intervals", Inputs.Plain.SECONDS, true);
        } catch (InvalidValueException e) {
            return null;
        }
    }

    /** Writes intervals back in the same notation, distances in metres below a kilometre. */
    static String format(List<Interval> intervals, UnitPreferences units) {
        return intervals.stream().map(i -> format(i, units)).collect(Collectors.joining("; "));
    }

    private static String format(Interval i, UnitPreferences units) {
        StringBuilder text = new StringBuilder();
        if (i.repeats() > 1) {
            text.append(i.repeats()).append(" × ");
        }
        if (i.workDistance() != null) {
            text.append(distance(i.workDistance(), units));
            if (i.workDuration() != null) {
                text.append(" @ ").append(Durations.clock(i.workDuration()));
            }
        } else {
            text.append(Durations.clock(i.workDuration()));
        }
        if (i.recoveryDistance() != null) {
            text.append(" / ").append(distance(i.recoveryDistance(), units)).append(" jog");
        } else if (i.recoveryDuration() != null) {
            text.append(" / ").append(Durations.clock(i.recoveryDuration())).append(" rest");
        }
        return text.toString();
    }

    private static String distance(Distance d, UnitPreferences units) {
        if (d.metres() < 1000 || units.distance() == DistanceUnit.KM && d.metres() % 1000 != 0 && d.metres() < 5000) {
            return UnitPreferences.number(d.metres(), 0) + " m";
        }
        return UnitPreferences.number(d.in(units.distance()), 2) + " " + units.distance().symbol();
    }
}

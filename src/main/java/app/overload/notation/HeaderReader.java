package app.overload.notation;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import app.overload.domain.Purpose;
import app.overload.notation.Token.Type;

/**
 * The optional start of a session's text, before its first entry and ended by a colon or a line break: its date
 * ({@code 2026-11-23}, {@code today}, {@code yesterday}), start time ({@code 18:00}), kind ({@code workout "spin
 * class"} or {@code training "Linear 5×5" heavy strength}), purpose, duration ({@code for 1:10:00}) and session RPE
 * ({@code rpe 7}).
 */
final class HeaderReader {

    /** What the header said; null where it said nothing. */
    static final class Header {
        LocalDate date;
        Token dateToken;
        LocalTime time;
        Boolean training;
        Token kindToken;
        String label;
        String block;
        Token blockToken;
        Purpose purpose;
        String purposeText;
        Duration duration;
        Double rpe;
    }

    private HeaderReader() {
    }

    static Header read(Cursor in, LocalDate today) {
        Header h = new Header();
        while (!in.done()) {
            Token t = in.peek();
            if (t.is(Type.DATE)) {
                h.date = date(in, in.next());
                h.dateToken = t;
            } else if (t.isWord("today", "yesterday")) {
                in.next();
                h.date = t.isWord("today") ? today : today.minusDays(1);
                h.dateToken = t;
            } else if (t.is(Type.CLOCK) || t.isWord("at") && in.at(1, Type.CLOCK)) {
                if (t.isWord("at")) {
                    in.next();
                }
                h.time = timeOfDay(in, in.next());
            } else if (t.isWord("workout")) {
                in.next();
                h.training = false;
                h.kindToken = t;
                if (in.at(Type.QUOTED)) {
                    h.label = in.next().text();
                }
            } else if (t.isWord("training")) {
                in.next();
                h.training = true;
                h.kindToken = t;
                if (in.at(Type.QUOTED)) {
                    h.blockToken = in.peek();
                    h.block = in.next().text();
                }
            } else if (t.isWord("for") && in.remaining() > 1) {
                in.next();
                h.duration = in.duration("for 1:10:00 or for 70 min");
            } else if (t.isWord("rpe") && in.at(1, Type.NUMBER)) {
                in.next();
                h.rpe = in.rpe(t);
            } else if (t.is(Type.COLON) || t.is(Type.SEP)) {
                in.next();
                return h;
            } else if (!purpose(in, h)) {
                return h;
            }
        }
        return h;
    }

    /**
     * A purpose phrase in the header: after "training" or "workout", before a colon, or before a modality ("easy run
     * 8 km"). "long run 20 km" is the purpose "long run" before a run of 20 km. Anything else is the first entry's
     * name, so an activity such as "Technique work 30 min" keeps its name.
     */
    private static boolean purpose(Cursor in, Header h) {
        int before = in.position();
        Purposes.Match match = Purposes.at(in);
        if (match == null) {
            return false;
        }
        Token after = in.peek();
        boolean taken = h.training != null || in.done() || after.is(Type.COLON) || after.is(Type.SEP)
                || after.is(Type.WORD) && Words.modality(after.text()).isPresent();
        if (Words.modality(match.last().text()).isPresent() && in.position() - before > 1
                && (after.is(Type.NUMBER) || after.is(Type.CLOCK))) {
            in.reset(in.position() - 1); // the run of "long run 20 km" is the entry's
            taken = true;
        }
        if (!taken) {
            in.reset(before);
            return false;
        }
        h.purpose = match.purpose();
        h.purposeText = in.source(match.first(), match.last());
        return true;
    }

    private static LocalDate date(Cursor in, Token t) {
        try {
            return LocalDate.parse(t.text());
        } catch (DateTimeException e) {
            throw in.refuse(t, "a date such as 2026-11-23");
        }
    }

    private static LocalTime timeOfDay(Cursor in, Token t) {
        String[] parts = t.text().split(":");
        int hours = Integer.parseInt(parts[0]);
        int minutes = Integer.parseInt(parts[1]);
        if (parts.length > 2 || hours > 23 || minutes > 59) {
            throw in.refuse(t, "a start time of day such as 18:30 (a session's length goes after for: for 40:00)");
        }
        return LocalTime.of(hours, minutes);
    }
}

package app.overload.notation;

import java.time.Duration;
import java.util.List;

import app.overload.domain.Distance;
import app.overload.domain.DistanceUnit;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Interval;
import app.overload.domain.InvalidValueException;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.Purpose;
import app.overload.domain.UnitPreferences;
import app.overload.notation.Token.Type;

/**
 * A run, ride, row or swim after its modality word: "8 km in 40:12", "40:00 easy", "1:30:00 42 km hr 142",
 * "6 x 800 m @ 3:15 rest 90 s", and the summary's "8 × 400 m @ 1:35, 8.0 km in 40:00, 5:00 /km". Up to three
 * parts split by commas: the intervals, the whole distance and time, and a pace, which is checked, not stored.
 */
final class EnduranceReader {

    private static final String EXAMPLE = "run 8 km in 40:12";
    private static final double FEET = 0.3048;

    /** The entry, and the purpose a word such as "easy" or "tempo" gave it (or null) with the word as typed. */
    record Result(EnduranceEntry entry, Purpose purpose, String purposeText) {
    }

    private final Cursor whole;
    private final Modality modality;
    private final UnitPreferences units;
    private final Token name;
    private Distance distance;
    private Token distanceNumber;
    private double distanceUnit;
    private Duration duration;
    private Integer heartRate;
    private Integer maxHeartRate;
    private Distance elevation;
    private Purpose purpose;
    private String purposeText;
    private Pace atPace;

    private EnduranceReader(Cursor whole, Modality modality, UnitPreferences units, Token name) {
        this.whole = whole;
        this.modality = modality;
        this.units = units;
        this.name = name;
    }

    static Result read(Cursor in, Modality modality, UnitPreferences units, Token name) {
        return new EnduranceReader(in, modality, units, name).read();
    }

    private Result read() {
        if (whole.done()) {
            throw whole.refuse(name, "a distance or a time after it, e.g. " + EXAMPLE);
        }
        List<List<Token>> parts = whole.restByComma();
        for (List<Token> part : parts) {
            if (withoutComma(part).isEmpty()) {
                Token at = part.isEmpty() ? whole.last() : part.get(0);
                throw whole.refuse(at, "a distance, a time or a pace after the comma, e.g. " + EXAMPLE);
            }
        }
        summaryHeartRate(parts);
        List<Token> pace = null;
        if (parts.size() > 1 && isPace(withoutComma(parts.get(parts.size() - 1)))) {
            pace = withoutComma(parts.remove(parts.size() - 1));
        }
        List<Interval> intervals = List.of();
        if (parts.size() == 2) {
            intervals = IntervalReader.read(whole.over(withoutComma(parts.get(0))));
            total(withoutComma(parts.get(1)));
        } else if (parts.size() == 1 && looksLikeIntervals(parts.get(0))) {
            intervals = IntervalReader.read(whole.over(parts.get(0)));
        } else if (parts.size() == 1) {
            total(parts.get(0));
        } else {
            throw whole.refuse(parts.get(2).get(0), whole.last(), "at most the intervals, then the distance and "
                    + "time, then the pace, e.g. run 6 x 800 m @ 3:15, 8 km in 40:00, 5:00 /km");
        }
        if (duration == null) {
            derive(intervals);
        }
        if (pace != null) {
            checkPace(pace);
        }
        try {
            EnduranceEntry.checkPace(modality, distance, duration, p -> units.format(p, modality));
            return new Result(new EnduranceEntry(modality, distance, duration, heartRate, elevation, intervals, "",
                    maxHeartRate, null), purpose, purposeText);
        } catch (InvalidValueException e) {
            throw whole.refuse(name, whole.last(), e.getMessage());
        }
    }

    /**
     * Takes the history summary's heart rate off the end: ", HR 148 avg, 171 max", ", HR 148 avg" or ", HR 171 max"
     * (SessionSummary.heartRate), so a summary line reads back with its average and maximum.
     */
    private void summaryHeartRate(List<List<Token>> parts) {
        while (parts.size() > 1) {
            List<Token> last = withoutComma(parts.get(parts.size() - 1));
            boolean named = last.size() == 3 && last.get(0).isWord("hr") && last.get(1).is(Type.NUMBER)
                    && last.get(2).isWord("avg", "max");
            boolean max = last.size() == 2 && last.get(0).is(Type.NUMBER) && last.get(1).isWord("max");
            if (!named && !max) {
                return;
            }
            Cursor in = whole.over(last);
            if (named) {
                in.next();
            }
            int bpm = in.whole(in.next(), 25, 250, "heart rate");
            Token which = in.next();
            if (which.isWord("avg")) {
                if (heartRate != null) {
                    throw in.refuse(last.get(0), which, "one average heart rate");
                }
                heartRate = bpm;
            } else {
                if (maxHeartRate != null) {
                    throw in.refuse(last.get(0), which, "one maximum heart rate");
                }
                maxHeartRate = bpm;
            }
            parts.remove(parts.size() - 1);
        }
    }

    private static List<Token> withoutComma(List<Token> part) {
        return !part.isEmpty() && part.get(0).is(Type.COMMA) ? part.subList(1, part.size()) : part;
    }

    /** "5:01 /km", "1:52 /500 m", "28.4 km/h", "17.6 mph". */
    private static boolean isPace(List<Token> part) {
        if (part.size() >= 2 && part.get(0).is(Type.CLOCK) && part.get(1).is(Type.SLASH)) {
            return true;
        }
        return part.size() >= 2 && part.get(0).is(Type.NUMBER) && (part.get(1).isWord("mph", "kph")
                || part.size() >= 4 && part.get(1).isWord("km") && part.get(2).is(Type.SLASH)
                && part.get(3).isWord("h"));
    }

    private static boolean looksLikeIntervals(List<Token> part) {
        return part.stream().anyMatch(t -> t.is(Type.TIMES) || t.isWord("rest", "jog", "recovery", "float"));
    }

    private void total(List<Token> part) {
        Cursor in = whole.over(part);
        while (!in.done()) {
            Token t = in.peek();
            if (in.atDistance() || in.at(Type.NUMBER) && in.at(1, Type.WORD) && in.peek(1).isWord("in")) {
                if (distance != null) {
                    throw in.refuse(t, in.peek(1), "one distance; " + units.format(distance) + " is given already");
                }
                distanceNumber = t;
                if (in.atDistance()) {
                    distanceUnit = Words.metresPer(in.peek(1));
                    distance = distance(in, in.metres("8 km"));
                } else {
                    in.next();
                    distanceUnit = units.distance().metres();
                    distance = distance(in, t.number() * distanceUnit);
                }
            } else if (t.isWord("in") || in.atDuration()) {
                if (t.isWord("in")) {
                    in.next();
                }
                Duration read = in.duration("40:12");
                if (duration != null) {
                    throw in.refuse(t, in.last(), "one time; " + units.format(duration) + " is given already");
                }
                duration = read;
            } else if (t.is(Type.AT)) {
                in.next();
                atPace = pace(in, t);
            } else if (t.isWord("hr", "bpm", "avg", "heart")) {
                heartRate(in);
            } else if (in.at(Type.NUMBER) && in.at(1, Type.WORD) && in.peek(1).isWord("bpm")) {
                heartRate = in.whole(in.next(), 25, 250, "heart rate");
                in.next();
            } else if (t.isWord("elev", "elevation", "climb", "gain", "ascent")) {
                elevation(in);
            } else if (purposeWord(in)) {
                continue;
            } else if (t.is(Type.NUMBER)) {
                throw in.refuse(t, "a unit after " + t.text() + ", e.g. 8 km, 800 m or 40 min");
            } else {
                throw in.refuse(t, "a distance, a time, hr or elev, e.g. " + EXAMPLE + " hr 150");
            }
        }
    }

    private Distance distance(Cursor in, double metres) {
        if (metres > Distance.MAX_METRES) {
            throw in.refuse(distanceNumber, in.last(), "a distance up to 1,000 km");
        }
        return Distance.metres(metres);
    }

    private boolean purposeWord(Cursor in) {
        Purposes.Match match = Purposes.at(in);
        if (match == null || match.purpose() == Purpose.OTHER) {
            return false;
        }
        purpose = match.purpose();
        purposeText = in.source(match.first(), match.last());
        return true;
    }

    private void heartRate(Cursor in) {
        Token first = in.next();
        if (first.isWord("avg") || first.isWord("heart")) {
            if (!in.atWord("hr", "rate")) {
                throw in.refuseHere(first, "hr and the average heart rate, e.g. hr 150");
            }
            in.next();
        }
        if (!in.at(Type.NUMBER)) {
            throw in.refuseHere(first, "the average heart rate after hr, e.g. hr 150");
        }
        heartRate = in.whole(in.next(), 25, 250, "heart rate");
    }

    private void elevation(Cursor in) {
        Token first = in.next();
        if (!in.at(Type.NUMBER)) {
            throw in.refuseHere(first, "the metres or feet climbed, e.g. elev 120 m");
        }
        Token number = in.next();
        double value = number.number();
        if (in.atWord("ft", "feet")) {
            in.next();
            value *= FEET;
        } else if (in.atWord("m", "metres", "meters")) {
            in.next();
        } else if (units.distance() == DistanceUnit.MI) {
            value *= FEET;
        }
        if (value > EnduranceEntry.MAX_ELEVATION_METRES) {
            throw in.refuse(first, in.last(), "an elevation gain up to 20,000 m");
        }
        elevation = Distance.metres(value);
    }

    /** After @ in the whole: a pace per km or mile ("@ 5:00", "@ 8:05 /mi") or a speed ("@ 28 km/h"). */
    private Pace pace(Cursor in, Token at) {
        if (in.at(Type.CLOCK)) {
            Duration per = in.clock(in.next());
            if (per.isZero()) {
                throw in.refuse(at, in.last(), "a pace longer than zero, e.g. @ 5:00");
            }
            DistanceUnit unit = units.distance();
            if (in.at(Type.SLASH) && in.at(1, Type.WORD)) {
                in.next();
                Token u = in.next();
                double per1 = Words.metresPer(u);
                if (per1 != 1000 && per1 != DistanceUnit.MI.metres()) {
                    throw in.refuse(at, u, "a pace per km or per mile, e.g. @ 5:00 /km");
                }
                unit = per1 == 1000 ? DistanceUnit.KM : DistanceUnit.MI;
            }
            return Pace.per(per, unit);
        }
        if (in.at(Type.NUMBER) && in.peek().number() > 0) {
            Token speed = in.next();
            double perHour = speedUnit(in, at);
            return Pace.fromSpeed(speed.number() * perHour / 1000);
        }
        throw in.refuseHere(at, "a pace or a speed after the @, e.g. @ 5:00 /km or @ 28 km/h");
    }

    /** Metres an hour in the speed unit at the cursor (km/h, kph, mph); the user's when none is written. */
    private double speedUnit(Cursor in, Token since) {
        if (in.atWord("mph")) {
            in.next();
            return DistanceUnit.MI.metres();
        }
        if (in.atWord("kph")) {
            in.next();
            return 1000;
        }
        if (in.atWord("km") && in.at(1, Type.SLASH) && in.peek(2).isWord("h")) {
            in.next();
            in.next();
            in.next();
            return 1000;
        }
        if (in.done() || in.at(Type.COMMA)) {
            return units.distance().metres();
        }
        throw in.refuseHere(since, "km/h or mph after the speed");
    }

    /**
     * A line with intervals but no whole time: the time is the repeats and the recoveries between them, the distance
     * that of the repeats (and of recoveries run between them), when every repeat gives one.
     */
    private void derive(List<Interval> intervals) {
        if (intervals.isEmpty()) {
            if (distance != null && atPace != null) {
                duration = atPace.timeFor(distance);
                return;
            }
            throw whole.refuse(name, whole.last(), "a time as well, e.g. " + EXAMPLE + " (or a pace: @ 5:00)");
        }
        Duration time = Duration.ZERO;
        double metres = 0;
        boolean allDistances = true;
        for (Interval i : intervals) {
            if (i.workDuration() == null) {
                throw whole.refuse(name, whole.last(), "the time of each repeat (6 x 800 m @ 3:15) or the whole "
                        + "time after a comma, e.g. run 6 x 800 m, 8 km in 40:00");
            }
            time = time.plus(i.workDuration().multipliedBy(i.repeats()));
            if (i.recoveryDuration() != null) {
                time = time.plus(i.recoveryDuration().multipliedBy(i.repeats() - 1L));
            }
            if (i.workDistance() == null) {
                allDistances = false;
            } else {
                metres += i.workDistance().metres() * i.repeats();
                if (i.recoveryDistance() != null) {
                    metres += i.recoveryDistance().metres() * (i.repeats() - 1);
                }
            }
        }
        duration = time;
        if (distance == null && allDistances && metres > 0) {
            distance = Distance.metres(metres);
        }
    }

    /**
     * The pace the summary writes after the whole ("5:01 /km") is worked out again from the distance and time: it
     * is accepted when the two agree within the rounding of the numbers as written, and stored nowhere.
     */
    private void checkPace(List<Token> part) {
        Cursor in = whole.over(part);
        Token first = in.peek();
        double[] written;
        if (in.at(Type.CLOCK)) {
            double seconds = in.clock(in.next()).toSeconds();
            in.next(); // the slash
            double per = paceUnit(in, first);
            written = new double[] {(seconds - 0.5) * 1000 / per, (seconds + 0.5) * 1000 / per};
        } else {
            Token speed = in.next();
            double perHour = speedUnit(in, first);
            double half = 0.5 * Math.pow(10, -decimals(speed));
            double low = (speed.number() - half) * perHour / 1000;
            double high = (speed.number() + half) * perHour / 1000;
            written = new double[] {3600 / high, low <= 0 ? Double.MAX_VALUE : 3600 / low};
        }
        if (!in.done()) {
            throw in.refuse(in.peek(), whole.last(), "nothing after the pace");
        }
        if (distance == null || distance.isZero()) {
            throw in.refuse(first, in.last(), "a distance before the pace, e.g. " + EXAMPLE + ", 5:02 /km");
        }
        double half = distanceNumber == null ? 0.5 : 0.5 * Math.pow(10, -decimals(distanceNumber)) * distanceUnit;
        double seconds = duration.toMillis() / 1000.0;
        double low = (seconds - 0.5) / ((distance.metres() + half) / 1000);
        double high = distance.metres() - half <= 0 ? Double.MAX_VALUE
                : (seconds + 0.5) / ((distance.metres() - half) / 1000);
        if (written[1] < low - 1e-9 || written[0] > high + 1e-9) {
            throw in.refuse(first, in.last(), "not the pace of " + units.format(distance) + " in "
                    + units.format(duration) + ", which is " + units.format(Pace.of(distance, duration), modality)
                    + "; leave the pace out or check the numbers");
        }
    }

    /** Metres in the unit after a pace's slash: km, mi, or "500 m" / "100 m" for rows and swims. */
    private double paceUnit(Cursor in, Token since) {
        if (in.at(Type.NUMBER) && in.at(1, Type.WORD) && Words.metresPer(in.peek(1)) > 0) {
            return in.metres("500 m");
        }
        if (in.at(Type.WORD) && Words.metresPer(in.peek()) > 0) {
            return Words.metresPer(in.next());
        }
        throw in.refuseHere(since, "a pace per km, mile, 500 m or 100 m, e.g. 5:01 /km");
    }

    private static int decimals(Token number) {
        int dot = number.text().indexOf('.');
        return dot < 0 ? 0 : number.text().length() - dot - 1;
    }
}

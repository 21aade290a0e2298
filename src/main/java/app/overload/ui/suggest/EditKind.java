package app.overload.ui.suggest;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.overload.domain.Distance;
import app.overload.domain.DistanceUnit;
import app.overload.domain.Durations;
import app.overload.domain.InvalidValueException;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.PaceTarget;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.UnitPreferences;
import app.overload.progression.Decision;
import app.overload.progression.Prescriptions;
import app.overload.progression.Suggestion;

/**
 * Which number of a suggestion the user may type over before accepting it: the load of a lift, the pace, distance
 * or time of an endurance session, whichever the decision moved (or, when it moved nothing, the one the session is
 * prescribed by). Reps, intervals, %TM and RPE loads stay as the engine wrote them.
 */
enum EditKind {
    NONE, LOAD, PACE, DISTANCE, DURATION;

    private static final Pattern NUMBER = Pattern.compile("\\d+([.,]\\d*)?|[.,]\\d+");
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d+):)?(\\d+):(\\d{1,2})");

    static EditKind of(Suggestion suggestion) {
        Prescription rx = suggestion.suggested();
        Decision decision = suggestion.decision();
        if (rx.rule() instanceof ProgressionRule.Hold) {
            return NONE; // kept as written by the block: a number to change in the plan, not a suggestion to edit
        }
        if (rx instanceof Prescription.Strength s) {
            Mass top = PrescribedLoads.topFixed(s);
            return decision instanceof Decision.AddReps || top == null || top.isZero() ? NONE : LOAD;
        }
        if (!(rx instanceof Prescription.Endurance e)) {
            return NONE;
        }
        boolean atPace = e.target() instanceof PaceTarget.AtPace;
        if ((decision instanceof Decision.FasterPace || decision instanceof Decision.EasePace) && atPace) {
            return PACE;
        }
        if ((decision instanceof Decision.LongerDuration || decision instanceof Decision.ShorterDuration)
                && e.duration() != null) {
            return DURATION;
        }
        if (!e.intervals().isEmpty()) {
            return atPace ? PACE : NONE; // a longer interval session is more repeats, which is not a typed number
        }
        if ((decision instanceof Decision.LongerDistance || decision instanceof Decision.ShorterDistance)
                && e.distance() != null) {
            return DISTANCE;
        }
        if (atPace) {
            return PACE;
        }
        return e.distance() != null ? DISTANCE : DURATION;
    }

    /** The unit shown after the field: "kg", "/km", "km/h", "/500 m", "km", "h:mm:ss". */
    String unit(Prescription rx, UnitPreferences units) {
        switch (this) {
            case LOAD:
                return units.mass().symbol();
            case PACE:
                Modality m = ((Prescription.Endurance) rx).modality();
                if (m.showsSpeed()) {
                    return units.distance() == DistanceUnit.KM ? "km/h" : "mph";
                }
                return m.paceMetres() > 0 ? "/" + m.paceMetres() + " m" : "/" + units.distance().symbol();
            case DISTANCE:
                return units.distance().symbol();
            case DURATION:
                return "time";
            default:
                return "";
        }
    }

    /** The value as it would be typed: "102.5", "4:26", "23.0", "45:00". */
    String text(Prescription rx, UnitPreferences units) {
        switch (this) {
            case LOAD:
                return units.targetNumber(PrescribedLoads.topFixed((Prescription.Strength) rx));
            case PACE:
                Prescription.Endurance e = (Prescription.Endurance) rx;
                return paceText(((PaceTarget.AtPace) e.target()).pace(), e.modality(), units);
            case DISTANCE:
                return String.format(Locale.ROOT, "%.1f", ((Prescription.Endurance) rx).distance().in(
                        units.distance()));
            case DURATION:
                return Durations.clock(((Prescription.Endurance) rx).duration());
            default:
                return "";
        }
    }

    /**
     * The prescription with the typed value in place of its number.
     *
     * @throws InvalidValueException with a message for the field when the text is not a usable value
     */
    Prescription apply(Prescription rx, String typed, UnitPreferences units) {
        String t = typed.strip();
        switch (this) {
            case LOAD:
                return Prescriptions.withTopLoad((Prescription.Strength) rx, Mass.of(number(t, "Load"), units.mass()),
                        units.mass());
            case PACE:
                Prescription.Endurance e = (Prescription.Endurance) rx;
                return Prescriptions.withPace(e, pace(t, e.modality(), units));
            case DISTANCE:
                double value = number(t, "Distance");
                if (value == 0) {
                    throw new InvalidValueException("distance", "Distance must be more than zero.");
                }
                return Prescriptions.withDistance((Prescription.Endurance) rx, Distance.of(value, units.distance()));
            case DURATION:
                return Prescriptions.withDuration((Prescription.Endurance) rx, clock(t, "Time"));
            default:
                return rx;
        }
    }

    private static String paceText(Pace pace, Modality modality, UnitPreferences units) {
        if (modality.showsSpeed()) {
            return UnitPreferences.number(3600 / pace.secondsPer(units.distance()), 1);
        }
        if (modality.paceMetres() > 0) {
            return Durations.clock(Duration.ofMillis(Math.round(pace.secondsPerKilometre() * modality.paceMetres())));
        }
        return Durations.clock(pace.per(units.distance()));
    }

    private static Pace pace(String t, Modality modality, UnitPreferences units) {
        if (modality.showsSpeed()) {
            double perHour = number(t, "Speed");
            if (perHour == 0) {
                throw new InvalidValueException("pace", "Speed must be more than zero.");
            }
            return Pace.fromSpeed(Distance.of(perHour, units.distance()).kilometres());
        }
        Duration per = clock(t, "Pace");
        if (modality.paceMetres() > 0) {
            return new Pace(per.toMillis() / (double) modality.paceMetres());
        }
        return Pace.per(per, units.distance());
    }

    private static double number(String t, String field) {
        if (!NUMBER.matcher(t).matches()) {
            throw new InvalidValueException(field.toLowerCase(Locale.ROOT), field + " must be a number such as "
                    + (field.equals("Load") ? "102.5" : "12.5") + " (was \"" + t + "\").");
        }
        return Double.parseDouble(t.replace(',', '.'));
    }

    /** "4:26", "45:00" or "1:05:00"; a plain number is minutes. */
    private static Duration clock(String t, String field) {
        Matcher m = CLOCK.matcher(t);
        Duration d;
        if (m.matches()) {
            long seconds = Long.parseLong(m.group(3));
            long minutes = Long.parseLong(m.group(2));
            if (seconds > 59 || m.group(1) != null && minutes > 59) {
                throw new InvalidValueException(field.toLowerCase(Locale.ROOT), field
                        + ": minutes and seconds go up to 59 (was \"" + t + "\").");
            }
            long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
            d = Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds);
        } else if (NUMBER.matcher(t).matches()) {
            d = Duration.ofMillis(Math.round(Double.parseDouble(t.replace(',', '.')) * 60_000));
        } else {
            throw new InvalidValueException(field.toLowerCase(Locale.ROOT), field + " must be a time such as 4:30 "
                    + "or 1:05:00 (was \"" + t + "\").");
        }
        if (d.isZero() || d.compareTo(Duration.ofHours(24)) > 0) {
            throw new InvalidValueException(field.toLowerCase(Locale.ROOT), field
                    + " must be more than zero and at most 24 hours.");
        }
        return d;
    }
}

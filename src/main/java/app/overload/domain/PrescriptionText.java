package app.overload.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Prescriptions and dates written the way reasons and lists show them, in the user's units:
 * "Back squat 5×5 @ 100 kg", "Run 4.0 mi @ 7:15 /mi", "3, 5 and 7 Nov".
 */
public final class PrescriptionText {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

    private final UnitPreferences units;
    private final ExerciseNames names;

    public PrescriptionText(UnitPreferences units, ExerciseNames names) {
        this.units = units;
        this.names = names;
    }

    public UnitPreferences units() {
        return units;
    }

    /** The exercises' names this text writes. */
    public ExerciseNames names() {
        return names;
    }

    public String name(ExerciseId exercise) {
        return names.nameOf(exercise);
    }

    /** The exercise's name inside a sentence: "back squat", but "RDL" stays as it is. */
    public String nameInSentence(ExerciseId exercise) {
        String name = names.nameOf(exercise);
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(1))) {
            return Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        return name;
    }

    /** The whole prescription with what it is: "Back squat 5×5 @ 100 kg", "Run 6 × 800 m @ 4:02 /km". */
    public String describe(Prescription rx) {
        if (rx instanceof Prescription.Strength s) {
            return names.nameOf(s.exercise()) + " " + sets(s);
        }
        if (rx instanceof Prescription.Endurance e) {
            return e.modality().label() + " " + endurance(e);
        }
        Prescription.Timed t = (Prescription.Timed) rx;
        return t.activity() + " " + Durations.clock(t.duration()) + (t.effort() == null ? "" : " @ RPE " + t.effort());
    }

    /** The sets without the exercise: "5×5 @ 100 kg", "5, 5, 5+ @ 65/75/85 % TM", "3×5 @ RPE 8". */
    public String sets(Prescription.Strength rx) {
        List<PrescribedSet> sets = rx.sets();
        PrescribedSet first = sets.get(0);
        boolean sameReps = sets.stream().allMatch(s -> s.reps() == first.reps() && s.kind() == first.kind());
        String reps = sameReps ? sets.size() + "×" + first.reps() + (first.kind() == SetKind.AMRAP ? "+" : "")
                : sets.stream().map(s -> s.reps() + (s.kind() == SetKind.AMRAP ? "+" : ""))
                        .collect(Collectors.joining(", "));
        String text = reps + loads(rx);
        if (first.rpeCap() != null && sets.stream().allMatch(s -> first.rpeCap().equals(s.rpeCap()))
                && !(first.load() instanceof LoadTarget.AtRpe)) {
            text += " (RPE ≤ " + first.rpeCap() + ")";
        }
        return text;
    }

    private String loads(Prescription.Strength rx) {
        List<PrescribedSet> sets = rx.sets();
        if (sets.stream().allMatch(s -> s.load() instanceof LoadTarget.PercentOfTrainingMax)) {
            String percents = sets.stream()
                    .map(s -> UnitPreferences.number(((LoadTarget.PercentOfTrainingMax) s.load()).fraction() * 100, 1))
                    .distinct().collect(Collectors.joining("/"));
            List<Mass> loads = PrescribedLoads.of(rx, units.mass());
            String kg = loads.stream().map(units::targetNumber).collect(Collectors.joining(", "));
            return " @ " + percents + " % TM (" + kg + " " + units.mass().symbol() + ")";
        }
        if (sets.stream().allMatch(s -> s.load() instanceof LoadTarget.AtRpe)) {
            String rpes = sets.stream().map(s -> ((LoadTarget.AtRpe) s.load()).rpe().toString()).distinct()
                    .collect(Collectors.joining("/"));
            return " @ RPE " + rpes;
        }
        List<String> each = new ArrayList<>();
        for (PrescribedSet s : sets) {
            each.add(s.load() instanceof LoadTarget.Fixed f ? load(f.load()) : "?");
        }
        List<String> distinct = each.stream().distinct().toList();
        if (distinct.size() == 1) {
            return distinct.get(0).equals("body weight") ? " (body weight)" : " @ " + distinct.get(0);
        }
        return " @ " + String.join("/", each);
    }

    /** A prescribed load as a weight to load: "100 kg", "225 lb" (never "225.97 lb"), or "body weight" for zero. */
    public String load(Mass mass) {
        return mass.isZero() ? "body weight" : units.formatTarget(mass);
    }

    /** A logged load as the lifter typed it: "98.8 kg", "225 lb", or "body weight" for zero. */
    public String logged(Mass mass) {
        return mass.isZero() ? "body weight" : units.format(mass);
    }

    /** An estimated max to a tenth: "116.7 kg". */
    public String estimate(Mass mass) {
        return units.formatEstimate(mass);
    }

    /** "4.0 mi @ 7:15 /mi", "20:00 @ 4:20 /km", "6 × 800 m @ 4:02 /km", "12.0 km in zone 2". */
    public String endurance(Prescription.Endurance rx) {
        StringBuilder text = new StringBuilder();
        if (!rx.intervals().isEmpty()) {
            text.append(rx.intervals().stream().map(this::interval).collect(Collectors.joining(" + ")));
            if (rx.distance() != null) {
                text.append(" (").append(units.format(rx.distance())).append(" in all)");
            }
        } else if (rx.distance() != null) {
            text.append(units.format(rx.distance()));
            if (rx.duration() != null) {
                text.append(" in ").append(Durations.clock(rx.duration()));
            }
        } else {
            text.append(Durations.clock(rx.duration()));
        }
        if (rx.target() instanceof PaceTarget.AtPace p) {
            text.append(" @ ").append(units.format(p.pace(), rx.modality()));
        } else if (rx.target() instanceof PaceTarget.InZone z) {
            text.append(" in zone ").append(z.zone());
        }
        return text.toString();
    }

    private String interval(Interval interval) {
        String work = interval.workDistance() != null ? shortDistance(interval.workDistance())
                : Durations.clock(interval.workDuration());
        return (interval.repeats() > 1 ? interval.repeats() + " × " : "") + work;
    }

    /** Track distances in metres for metric users ("800 m"), otherwise in the user's unit. */
    public String shortDistance(Distance d) {
        if (units.distance() == DistanceUnit.KM && d.metres() < 1000) {
            return String.format(Locale.ROOT, "%.0f m", d.metres());
        }
        return units.format(d);
    }

    /**
     * Days as people write them in a sentence: "7 Nov", "3, 5 and 7 Nov", "30 Oct, 1 and 3 Nov"; a year is added
     * to days outside the year of the last one.
     */
    public static String dates(List<LocalDate> days) {
        List<LocalDate> sorted = days.stream().distinct().sorted().toList();
        if (sorted.isEmpty()) {
            return "";
        }
        int lastYear = sorted.get(sorted.size() - 1).getYear();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            LocalDate d = sorted.get(i);
            LocalDate next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            boolean monthFollows = next != null && next.getMonth() == d.getMonth() && next.getYear() == d.getYear();
            String part = Integer.toString(d.getDayOfMonth());
            if (!monthFollows) {
                part += " " + MONTH.format(d) + (d.getYear() == lastYear ? "" : " " + d.getYear());
            }
            parts.add(part);
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}

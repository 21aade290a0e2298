package app.overload.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One-line descriptions of sessions and entries for lists: "Squat 5×5 @ 100 kg", "Run 8.0 km in 40:12, 5:01 /km,
 * HR 148 avg, 171 max".
 */
public final class SessionSummary {

    private final UnitPreferences units;
    private final ExerciseNames names;

    public SessionSummary(UnitPreferences units, ExerciseNames names) {
        this.units = units;
        this.names = names;
    }

    /** "Workout" or "Training". */
    public static String kind(Session session) {
        return session instanceof Workout ? "Workout" : "Training";
    }

    /** The purpose of a training session or the label of a workout (may be empty for an unlabelled workout). */
    public static String purposeOrLabel(Session session) {
        if (session instanceof TrainingSession t) {
            return t.purpose().label();
        }
        return ((Workout) session).label();
    }

    public String describe(Session session) {
        return session.entries().stream().map(this::describe).collect(Collectors.joining(" · "));
    }

    public String describe(ActivityEntry entry) {
        if (entry instanceof StrengthEntry s) {
            return names.nameOf(s.exercise()) + " " + setsText(s);
        }
        if (entry instanceof EnduranceEntry e) {
            return endurance(e);
        }
        TimedEntry t = (TimedEntry) entry;
        return t.activity() + " " + Durations.clock(t.duration())
                + (t.effort() == null ? "" : " @ RPE " + t.effort());
    }

    /**
     * "5×5 @ 100 kg", "5, 5, 4 @ 100 kg", "60 kg × 8, 70 kg × 6", with failures and RPE noted; carries and holds
     * after the lifts: "40 kg × 40 m", "3 sets of 20 kg × 1:00". Sets at different loads are each written, so the
     * line reads back to the same sets (docs/notation.md).
     */
    public String setsText(StrengthEntry entry) {
        List<StrengthSet> lifts = entry.sets().stream().filter(StrengthSet::isLift).toList();
        List<StrengthSet> carries = entry.carriesAndHolds();
        if (lifts.isEmpty()) {
            return carriesText(carries);
        }
        String text = liftsText(entry.workSets(), lifts);
        return carries.isEmpty() ? text : text + "; " + carriesText(carries);
    }

    private String liftsText(List<StrengthSet> work, List<StrengthSet> lifts) {
        List<StrengthSet> shown = work.isEmpty() ? lifts : work;
        StrengthSet first = shown.get(0);
        boolean sameLoad = shown.stream().allMatch(s -> s.load().sameAs(first.load()));
        boolean sameReps = shown.stream().allMatch(s -> s.reps() == first.reps());
        String text;
        if (sameLoad && sameReps) {
            text = shown.size() + "×" + first.reps() + load(first.load());
        } else if (sameLoad) {
            text = shown.stream().map(s -> Integer.toString(s.reps())).collect(Collectors.joining(", "))
                    + load(first.load());
        } else {
            text = shown.stream().map(s -> units.format(s.load()) + " × " + s.reps())
                    .collect(Collectors.joining(", "));
        }
        if (work.isEmpty()) {
            text += " (warm-up only)";
        }
        return text + failedAndRpe(shown);
    }

    /**
     * "40 kg × 40 m" for one set, "3 sets of 40 kg × 40 m" for equal ones; unequal ones each in turn, alike
     * neighbours counted: "2 sets of 40 kg × 40 m, 60 kg × 30 m", so the line reads back to the same carries.
     */
    private String carriesText(List<StrengthSet> carries) {
        List<StrengthSet> work = carries.stream().filter(s -> s.kind().isWork()).toList();
        List<StrengthSet> shown = work.isEmpty() ? carries : work;
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < shown.size()) {
            String one = carry(shown.get(i));
            int n = 1;
            while (i + n < shown.size() && carry(shown.get(i + n)).equals(one)) {
                n++;
            }
            runs.add(n == 1 ? one : n + " sets of " + one);
            i += n;
        }
        String text = String.join(", ", runs);
        if (work.isEmpty()) {
            text += " (warm-up only)";
        }
        return text + failedAndRpe(shown);
    }

    /** "40 kg × 40 m", "20 kg × 1:00", "100 kg × 20 m in 0:35", "body weight × 50 m". */
    private String carry(StrengthSet set) {
        String what = set.load().isZero() ? "body weight" : units.format(set.load());
        String how = set.distance() == null ? Durations.clock(set.duration())
                : carryDistance(set.distance()) + (set.duration() == null ? "" : " in " + Durations.clock(set.duration()));
        return what + " × " + how;
    }

    /** Carries are short: metres up to a kilometre, yards up to a mile. */
    private String carryDistance(Distance d) {
        if (units.distance() == DistanceUnit.MI && d.miles() < 1) {
            return String.format(Locale.ROOT, "%.0f yd", d.metres() / 0.9144);
        }
        return shortDistance(d);
    }

    private static String failedAndRpe(List<StrengthSet> shown) {
        String text = "";
        long failed = shown.stream().filter(StrengthSet::failed).count();
        if (failed > 0) {
            text += " (" + failed + " failed)";
        }
        double topRpe = shown.stream().filter(s -> s.rpe() != null).mapToDouble(s -> s.rpe().value()).max()
                .orElse(-1);
        if (topRpe >= 0) {
            text += " @ RPE " + UnitPreferences.number(topRpe, 1);
        }
        return text;
    }

    private String load(Mass mass) {
        return mass.isZero() ? " (body weight)" : " @ " + units.format(mass);
    }

    private String endurance(EnduranceEntry e) {
        StringBuilder text = new StringBuilder(e.modality().label());
        if (!e.intervals().isEmpty() && e.intervals().size() <= 3) {
            for (Interval interval : e.intervals()) {
                text.append(' ').append(interval(interval));
            }
            text.append(',');
        }
        e.distanceIfKnown().ifPresent(d -> text.append(' ').append(units.format(d)).append(" in"));
        text.append(' ').append(Durations.clock(e.duration()));
        e.pace().ifPresent(p -> text.append(", ").append(units.format(p, e.modality())));
        String heartRate = heartRate(e);
        if (!heartRate.isEmpty()) {
            text.append(", ").append(heartRate);
        }
        return text.toString();
    }

    /**
     * "HR 148 avg, 171 max", "HR 148 avg", "HR 171 max"; empty without a heart rate. A recording without a typed
     * average gives its own.
     */
    public static String heartRate(EnduranceEntry e) {
        Integer average = e.averageHeartRate() != null ? e.averageHeartRate()
                : e.heartRateHistogram() != null ? Integer.valueOf(e.heartRateHistogram().average()) : null;
        Integer max = e.maxHeartRate() != null ? e.maxHeartRate()
                : e.heartRateHistogram() != null ? Integer.valueOf(e.heartRateHistogram().highest()) : null;
        if (average == null && max == null) {
            return "";
        }
        return "HR " + (average == null ? "" : average + " avg") + (average != null && max != null ? ", " : "")
                + (max == null ? "" : max + " max");
    }

    private String interval(Interval interval) {
        String work = interval.workDistance() != null ? shortDistance(interval.workDistance())
                : Durations.clock(interval.workDuration());
        String text = (interval.repeats() > 1 ? interval.repeats() + " × " : "") + work;
        if (interval.workDistance() != null && interval.workDuration() != null) {
            text += " @ " + Durations.clock(interval.workDuration());
        }
        return text;
    }

    /** Metres or yards-free short form for track distances: "400 m", "1.2 km", "0.25 mi". */
    public String shortDistance(Distance d) {
        if (units.distance() == DistanceUnit.KM && d.metres() < 1000) {
            return String.format(Locale.ROOT, "%.0f m", d.metres());
        }
        return units.format(d);
    }
}

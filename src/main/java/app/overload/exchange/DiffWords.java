package app.overload.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import app.overload.domain.BlockOutcome;
import app.overload.domain.CurrentLevel;
import app.overload.domain.Durations;
import app.overload.domain.ExerciseNames;
import app.overload.domain.LiftLevel;
import app.overload.domain.Phase;
import app.overload.domain.PlannedSession;
import app.overload.domain.Prescription;
import app.overload.domain.PrescriptionText;
import app.overload.domain.ProgressionRule;
import app.overload.domain.RaceLevel;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.exchange.BlockDiff.Field;

/**
 * Says a block, a planned session and what a file changes in them in words, in the reader's units: "Week 2, Mon
 * 13 Apr · Workout A: back squat 5×5 @ 80 kg → 5×5 @ 82.5 kg; title "A" → "Heavy A"".
 */
final class DiffWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    /** Notes longer than this are quoted cut short; the whole text is in the file. */
    private static final int QUOTE = 60;

    private final UnitPreferences units;
    private final ExerciseNames names;
    private final PrescriptionText text;

    DiffWords(UnitPreferences units, ExerciseNames names) {
        this.units = units;
        this.names = names;
        this.text = new PrescriptionText(units, names);
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String dayWithYear(LocalDate date) {
        return DAY_YEAR.format(date);
    }

    /** "12 weeks, Mon 6 Apr 2026 to Sun 28 Jun 2026". */
    static String span(TrainingBlock b) {
        return BlockExporter.count(b.weeks(), "week") + ", " + dayWithYear(b.start()) + " to "
                + dayWithYear(b.goalDate());
    }

    /** One changed field of the block: "Goal: Back squat 100 kg × 5 → Back squat 105 kg × 5". */
    String field(Field field, TrainingBlock mine, TrainingBlock theirs) {
        return switch (field) {
            case NAME -> "Name: \"" + mine.name() + "\" → \"" + theirs.name() + "\"";
            case GOAL -> "Goal: " + mine.goal().describe(units, names) + " → " + theirs.goal().describe(units, names);
            case DATES -> "Dates: " + span(mine) + " → " + span(theirs);
            case PHASES -> "Phases: " + phases(mine.phases()) + " → " + phases(theirs.phases());
            case DELOAD_WEEKS -> "Deload weeks: " + weeks(mine.deloadWeeks()) + " → " + weeks(theirs.deloadWeeks());
            case TAPER_WEEKS -> "Taper weeks: " + weeks(mine.taperWeeks()) + " → " + weeks(theirs.taperWeeks());
            case LEVELS -> "Current level: " + levels(mine.levels()) + " → " + levels(theirs.levels());
            case NOTES -> "Notes: " + quote(mine.notes()) + " → " + quote(theirs.notes());
            case OUTCOME -> "Outcome: " + outcome(mine.outcome()) + " → " + outcome(theirs.outcome());
        };
    }

    /** "Week 2, Mon 13 Apr · Workout A". */
    String heading(TrainingBlock block, PlannedSession p) {
        return "Week " + p.week() + ", " + day(block.dateOf(p)) + " · " + p.displayName();
    }

    /** What a planned session asks for: "back squat 5×5 @ 80 kg · bench press 5×5 @ 55 kg". */
    String outline(PlannedSession p) {
        if (p.prescriptions().isEmpty()) {
            return p.purpose().label().toLowerCase(Locale.ROOT) + ", nothing prescribed";
        }
        return p.prescriptions().stream().map(text::describe).collect(Collectors.joining(" · "));
    }

    /**
     * What the file changes in one planned session, one phrase per field: when it is, its purpose, title and notes,
     * then each prescription (matched by exercise, modality or activity) with its old and new sets or rule.
     */
    List<String> changes(TrainingBlock mineBlock, PlannedSession mine, TrainingBlock theirBlock,
            PlannedSession theirs) {
        List<String> said = new ArrayList<>();
        LocalDate was = mineBlock.dateOf(mine);
        LocalDate now = theirBlock.dateOf(theirs);
        if (mine.week() != theirs.week() || !was.equals(now)) {
            said.add("moved from week " + mine.week() + ", " + day(was) + " to week " + theirs.week() + ", "
                    + day(now));
        }
        if (mine.purpose() != theirs.purpose()) {
            said.add("purpose " + mine.purpose().label().toLowerCase(Locale.ROOT) + " → "
                    + theirs.purpose().label().toLowerCase(Locale.ROOT));
        }
        if (!mine.title().equals(theirs.title())) {
            said.add("title " + quote(mine.title()) + " → " + quote(theirs.title()));
        }
        if (!mine.notes().equals(theirs.notes())) {
            said.add("notes " + quote(mine.notes()) + " → " + quote(theirs.notes()));
        }
        said.addAll(prescriptions(mine.prescriptions(), theirs.prescriptions()));
        return said;
    }

    private List<String> prescriptions(List<Prescription> mine, List<Prescription> theirs) {
        List<String> said = new ArrayList<>();
        Map<String, Prescription> left = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Prescription rx : mine) {
            left.putIfAbsent(key(rx), rx);
            order.add(key(rx));
        }
        List<String> theirOrder = new ArrayList<>();
        for (Prescription rx : theirs) {
            theirOrder.add(key(rx));
            Prescription own = left.remove(key(rx));
            if (own == null) {
                said.add("adds " + lower(text.describe(rx)));
            } else if (!own.equals(rx)) {
                said.add(changed(own, rx));
            }
        }
        for (Prescription own : left.values()) {
            said.add("drops " + lower(text.describe(own)));
        }
        order.retainAll(theirOrder);
        theirOrder.retainAll(order);
        if (said.isEmpty() && !order.equals(theirOrder)) {
            said.add("the same work in another order");
        }
        return said;
    }

    private String changed(Prescription mine, Prescription theirs) {
        String what = lower(name(theirs));
        String before = body(mine);
        String after = body(theirs);
        if (!before.equals(after)) {
            return what + " " + before + " → " + after;
        }
        if (!mine.rule().equals(theirs.rule())) {
            return what + ": progression " + rule(mine.rule()) + " → " + rule(theirs.rule());
        }
        // The same words for different values: loads that round to the same shown number.
        return what + " " + before + " (changed by less than is shown)";
    }

    /** What a prescription is about, to pair the file's with the logbook's. */
    private static String key(Prescription rx) {
        if (rx instanceof Prescription.Strength s) {
            return "strength " + s.exercise().value();
        }
        if (rx instanceof Prescription.Endurance e) {
            return "endurance " + e.modality();
        }
        return "timed " + ((Prescription.Timed) rx).activity().toLowerCase(Locale.ROOT);
    }

    private String name(Prescription rx) {
        if (rx instanceof Prescription.Strength s) {
            return names.nameOf(s.exercise());
        }
        if (rx instanceof Prescription.Endurance e) {
            return e.modality().label();
        }
        return ((Prescription.Timed) rx).activity();
    }

    private String body(Prescription rx) {
        if (rx instanceof Prescription.Strength s) {
            return text.sets(s);
        }
        if (rx instanceof Prescription.Endurance e) {
            return text.endurance(e);
        }
        Prescription.Timed t = (Prescription.Timed) rx;
        return Durations.clock(t.duration()) + (t.effort() == null ? "" : " @ RPE " + t.effort());
    }

    /** A progression rule in a few words: "+2.5 kg a success, −10 % after 3 failures". */
    String rule(ProgressionRule rule) {
        if (rule instanceof ProgressionRule.Linear r) {
            return "+" + units.format(r.increment()) + " a success, −" + percent(r.deloadFraction()) + " after "
                    + r.failuresBeforeDeload() + " failures";
        }
        if (rule instanceof ProgressionRule.DoubleProgression r) {
            return r.minReps() + "–" + r.maxReps() + " reps, then +" + units.format(r.increment());
        }
        if (rule instanceof ProgressionRule.RpeBased r) {
            return "by RPE, in steps of " + units.format(r.roundingStep());
        }
        if (rule instanceof ProgressionRule.TrainingMax r) {
            return "training max " + units.format(r.trainingMax()) + ", +" + units.format(r.increment()) + " a cycle";
        }
        if (rule instanceof ProgressionRule.ExerciseChain r) {
            return "on to " + lower(names.nameOf(r.next())) + " after " + r.sets() + "×" + r.reps() + " @ "
                    + units.format(r.criterionLoad()) + ", +" + units.format(r.increment());
        }
        if (rule instanceof ProgressionRule.Endurance r) {
            return percent(r.paceStep()) + " faster or " + units.format(r.distanceStep()) + " longer";
        }
        return "hold";
    }

    private String levels(List<CurrentLevel> levels) {
        if (levels.isEmpty()) {
            return "none";
        }
        return levels.stream().map(this::level).collect(Collectors.joining(", "));
    }

    private String level(CurrentLevel level) {
        if (level instanceof LiftLevel l) {
            return names.nameOf(l.exercise()) + " " + l.sets() + "×" + l.reps() + " @ " + units.format(l.load());
        }
        RaceLevel r = (RaceLevel) level;
        return r.modality().label() + " " + units.format(r.distance()) + " in " + Durations.clock(r.time());
    }

    private static String phases(List<Phase> phases) {
        if (phases.isEmpty()) {
            return "none";
        }
        return phases.stream().map(p -> p.name() + " " + p.firstWeek() + (p.lastWeek() == p.firstWeek() ? ""
                : "–" + p.lastWeek())).collect(Collectors.joining(", "));
    }

    private static String weeks(List<Integer> weeks) {
        return weeks.isEmpty() ? "none" : weeks.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String outcome(BlockOutcome outcome) {
        return outcome == null ? "not archived" : "archived " + dayWithYear(outcome.archivedOn())
                + (outcome.goalMet() ? ", goal met" : ", goal not met");
    }

    /** Text in quotes, cut short; "none" for empty text. */
    static String quote(String text) {
        if (Objects.requireNonNullElse(text, "").isEmpty()) {
            return "none";
        }
        String line = text.replaceAll("\\s+", " ").strip();
        return "\"" + (line.length() > QUOTE ? line.substring(0, QUOTE - 1).strip() + "…" : line) + "\"";
    }

    private static String percent(double fraction) {
        return UnitPreferences.number(fraction * 100, 1) + " %";
    }

    /** "Back squat" inside a phrase; a name that starts with an abbreviation ("RDL") stays as it is. */
    private static String lower(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(1))) {
            return Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        return name;
    }
}

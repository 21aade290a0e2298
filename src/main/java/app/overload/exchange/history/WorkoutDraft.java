package app.overload.exchange.history;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.overload.domain.ActivityEntry;
import app.overload.domain.Checks;
import app.overload.domain.Distance;
import app.overload.domain.DistanceUnit;
import app.overload.domain.Durations;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.ExerciseId;
import app.overload.domain.InvalidValueException;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.Modality;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TimedEntry;
import app.overload.domain.Workout;
import app.overload.exchange.history.RawRows.RawCardio;
import app.overload.exchange.history.RawRows.RawSet;

/**
 * One workout being collected from the rows of a CSV export. Consecutive sets of the same exercise form one
 * entry; an exercise that comes back later in the workout (or whose set numbers start again) starts a new entry,
 * as it was done.
 */
final class WorkoutDraft {

    /** Used when an export gives no usable duration: a rough three minutes per set, so charts still have a number. */
    static final Duration ESTIMATE_PER_SET = Duration.ofMinutes(3);
    private static final Duration LONGEST_REST = Duration.ofHours(1);
    private static final int MAX_SETS = 200;

    final String source;
    final LocalDateTime start;
    final String title;
    final long firstLine;
    Duration duration;
    /** The duration as the file wrote it, to quote when it cannot be used. */
    String durationText = "";
    String notes = "";
    private final List<Object> entries = new ArrayList<>();
    private Duration pendingRest;
    private String lastExercise;
    private Integer lastSetNumber;

    WorkoutDraft(String source, LocalDateTime start, String title, long firstLine) {
        this.source = source;
        this.start = start;
        this.title = title;
        this.firstLine = firstLine;
    }

    /** A "Rest Timer" row: its seconds become the rest before the next set, when that is a plausible rest. */
    void restTimer(long line, Duration rest, Changes changes) {
        if (rest != null && rest.compareTo(LONGEST_REST) > 0) {
            changes.at(line, "A rest of " + Durations.clock(rest) + " is longer than an hour, more than any rest"
                    + " between sets; it was left out.");
            rest = null;
        }
        pendingRest = rest;
    }

    void addSet(String exerciseName, Integer setNumber, RawSet set, String setNote, Changes changes) {
        RawSet withRest = pendingRest != null && set.restBefore() == null ? set.withRest(pendingRest) : set;
        pendingRest = null;
        if (!exerciseName.equals(lastExercise)) {
            lastSetNumber = null; // set numbers count within an exercise; the last one's say nothing about this one
        }
        boolean restarted = setNumber != null && lastSetNumber != null && setNumber <= lastSetNumber;
        Object last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        SetRun run;
        if (last instanceof SetRun r && exerciseName.equals(lastExercise) && !restarted && r.sets.size() < MAX_SETS) {
            run = r;
        } else {
            if (last instanceof SetRun r && exerciseName.equals(lastExercise) && !restarted) {
                changes.at(set.line(), "\"" + exerciseName + "\" has more than " + MAX_SETS + " sets in a row, more"
                        + " than one exercise entry holds; the sets from here on are a second entry.");
            }
            run = new SetRun(exerciseName);
            entries.add(run);
        }
        run.sets.add(withRest);
        if (!Texts.blank(setNote)) {
            run.notes.add(setNote.strip());
        }
        lastExercise = exerciseName;
        lastSetNumber = setNumber == null ? lastSetNumber : setNumber;
    }

    /** A cardio or timed row, kept as its own entry. */
    void addCardio(RawCardio cardio) {
        pendingRest = null;
        entries.add(cardio);
        lastExercise = null;
        lastSetNumber = null;
    }

    int rowCount() {
        return entries.stream().mapToInt(e -> e instanceof SetRun r ? r.sets.size() : 1).sum();
    }

    /**
     * The finished workout, or null when none of its rows could be used. Rows the domain refuses are reported
     * and left out; exercise names are recorded in {@code names} under their provisional keys.
     */
    Workout build(String file, MassUnit fileMass, DistanceUnit fileDistance, Map<ExerciseId, String> names,
            List<Problem> problems, Changes changes) {
        List<ActivityEntry> built = new ArrayList<>();
        for (Object e : entries) {
            if (e instanceof SetRun r) {
                List<StrengthSet> sets = new ArrayList<>();
                for (RawSet raw : r.sets) {
                    try {
                        sets.add(set(raw, fileMass, fileDistance));
                    } catch (InvalidValueException ex) {
                        problems.add(Problem.atLine(file, raw.line(), ex.getMessage()));
                    }
                }
                if (!sets.isEmpty()) {
                    ExerciseId id = ExerciseId.fromName(r.exerciseName);
                    names.putIfAbsent(id, r.exerciseName);
                    built.add(new StrengthEntry(id, sets, changes.notes(r.sets.get(0).line(), "The notes of \""
                            + r.exerciseName + "\"", String.join("\n", r.notes))));
                }
            } else if (e instanceof RawCardio c) {
                try {
                    built.add(cardio(c, fileDistance, changes));
                } catch (InvalidValueException ex) {
                    problems.add(Problem.atLine(file, c.line(), ex.getMessage()));
                }
            }
        }
        if (built.isEmpty()) {
            return null;
        }
        try {
            return new Workout(StableIds.workout(source, start, title), start, length(changes), null,
                    changes.notes(firstLine, "The notes of workout \"" + title + "\"", notes), built, title);
        } catch (InvalidValueException ex) {
            problems.add(Problem.atLine(file, firstLine, "workout \"" + title + "\" of " + start
                    + " was left out: " + ex.getMessage()));
            return null;
        }
    }

    /**
     * The duration the file gives, or three minutes per set when it gives none. A duration no session can have
     * (over the day that is the domain's limit for sessions and sets alike, or not after the start) is replaced by
     * the estimate, with a warning that quotes it.
     */
    private Duration length(Changes changes) {
        Duration estimate = ESTIMATE_PER_SET.multipliedBy(Math.max(1, rowCount()));
        if (estimate.compareTo(Checks.MAX_DURATION) > 0) {
            estimate = Checks.MAX_DURATION;
        }
        if (duration == null) {
            return estimate;
        }
        String quoted = durationText.isBlank() ? Durations.clock(duration) : "\"" + Texts.shorten(durationText) + "\"";
        if (duration.compareTo(Checks.MAX_DURATION) > 0) {
            changes.at(firstLine, "Workout \"" + title + "\" lasts " + quoted + " by the file, longer than the 24"
                    + " hours a session may last; it was given " + Durations.hoursMinutes(estimate)
                    + " instead (3 minutes per set).");
            return estimate;
        }
        if (duration.isZero() || duration.isNegative()) {
            changes.at(firstLine, "Workout \"" + title + "\" lasts " + quoted + " by the file, which is no time; it"
                    + " was given " + Durations.hoursMinutes(estimate) + " instead (3 minutes per set).");
            return estimate;
        }
        return duration;
    }

    private static StrengthSet set(RawSet raw, MassUnit fileMass, DistanceUnit fileDistance) {
        Mass load = Mass.of(raw.weight(), raw.unit() != null ? raw.unit() : fileMass);
        Distance distance = raw.distance() == null ? null
                : Distance.of(raw.distance(), raw.distanceUnit() != null ? raw.distanceUnit() : fileDistance);
        return new StrengthSet(raw.reps(), load, raw.rpe(), raw.restBefore(), raw.kind(), false, distance,
                raw.time());
    }

    /** Distance with time is an endurance entry; time alone is endurance for a known modality, else timed. */
    private static ActivityEntry cardio(RawCardio c, DistanceUnit fileDistance, Changes changes) {
        Modality modality = Modalities.named(c.name()).orElse(null);
        boolean hasDistance = c.distance() != null && c.distance() > 0;
        if (c.time() == null || c.time().isZero()) {
            throw new InvalidValueException("duration", hasDistance
                    ? "\"" + c.name() + "\" has a distance but no time; the logbook needs the time."
                    : "\"" + c.name() + "\" has no reps, weight, distance or time.");
        }
        String notes = changes.notes(c.line(), "The notes of \"" + c.name() + "\"", c.notes());
        if (hasDistance || modality != null) {
            Distance distance = hasDistance
                    ? Distance.of(c.distance(), c.unit() != null ? c.unit() : fileDistance) : null;
            return new EnduranceEntry(modality != null ? modality : Modality.OTHER, distance, c.time(), null, null,
                    List.of(), notes);
        }
        return new TimedEntry(c.name(), c.time(), c.rpe(), notes);
    }

    private static final class SetRun {
        final String exerciseName;
        final List<RawSet> sets = new ArrayList<>();
        final Set<String> notes = new LinkedHashSet<>();

        SetRun(String exerciseName) {
            this.exerciseName = exerciseName;
        }
    }
}

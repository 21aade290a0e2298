package app.overload.planning;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import app.overload.analysis.EnduranceRow;
import app.overload.analysis.LoggedSetRow;
import app.overload.domain.ActivityEntry;
import app.overload.domain.Checks;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.Rpe;
import app.overload.domain.Session;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;

/**
 * What a goal is measured against: completed work sets and endurance efforts with a distance, from any session
 * (a personal best in a workout is still a personal best). Read from whole sessions or from the chart rows.
 */
public record GoalEvidence(List<LiftSet> sets, List<Effort> efforts) {

    public static final GoalEvidence NONE = new GoalEvidence(List.of(), List.of());

    public GoalEvidence {
        sets = Checks.list(sets, "sets");
        efforts = Checks.list(efforts, "efforts");
    }

    /** A completed work set with at least one rep. */
    public record LiftSet(LocalDate date, ExerciseId exercise, int reps, Mass load, Rpe rpe) {
        public LiftSet {
            Checks.required(date, "date");
            Checks.required(exercise, "exercise");
            Checks.intInRange(reps, 1, StrengthSet.MAX_REPS, "reps");
            Checks.required(load, "load");
        }
    }

    /** Distance covered in a time: a run, a ride, a swim. */
    public record Effort(LocalDate date, Modality modality, Distance distance, Duration time) {
        public Effort {
            Checks.required(date, "date");
            Checks.required(modality, "modality");
            Checks.required(distance, "distance");
            time = Checks.positiveDuration(time, "time");
        }
    }

    public static GoalEvidence of(Collection<? extends Session> sessions) {
        List<LiftSet> sets = new ArrayList<>();
        List<Effort> efforts = new ArrayList<>();
        for (Session session : sessions) {
            for (ActivityEntry entry : session.entries()) {
                if (entry instanceof StrengthEntry s) {
                    for (StrengthSet set : s.workSets()) {
                        if (!set.failed() && set.reps() >= 1) {
                            sets.add(new LiftSet(session.date(), s.exercise(), set.reps(), set.load(), set.rpe()));
                        }
                    }
                } else if (entry instanceof EnduranceEntry e && e.distanceIfKnown().isPresent()) {
                    efforts.add(new Effort(session.date(), e.modality(), e.distance(), e.duration()));
                }
            }
        }
        return new GoalEvidence(sets, efforts);
    }

    /** From the chart queries' rows of one exercise and of endurance entries; rows the domain refuses are left out. */
    public static GoalEvidence ofRows(ExerciseId exercise, List<LoggedSetRow> setRows, List<EnduranceRow> enduranceRows) {
        List<LiftSet> sets = new ArrayList<>();
        for (LoggedSetRow row : setRows) {
            if (row.isWork() && !row.failed() && row.reps() >= 1 && row.reps() <= StrengthSet.MAX_REPS
                    && row.kilograms() >= 0 && row.kilograms() <= Mass.MAX_KILOGRAMS) {
                sets.add(new LiftSet(row.date(), exercise, row.reps(), Mass.kilograms(row.kilograms()),
                        row.rpe() == null || row.rpe() < 0 || row.rpe() > 10 ? null : Rpe.of(row.rpe())));
            }
        }
        List<Effort> efforts = new ArrayList<>();
        for (EnduranceRow row : enduranceRows) {
            if (row.hasDistance() && row.metres() <= Distance.MAX_METRES && row.seconds() > 0
                    && row.seconds() <= Checks.MAX_DURATION.toSeconds()) {
                efforts.add(new Effort(row.date(), row.modality(), Distance.metres(row.metres()),
                        Duration.ofMillis(Math.round(row.seconds() * 1000))));
            }
        }
        return new GoalEvidence(sets, efforts);
    }

    /** The part of the evidence from {@code from} to {@code to}, both included. */
    public GoalEvidence between(LocalDate from, LocalDate to) {
        return new GoalEvidence(
                sets.stream().filter(s -> !s.date().isBefore(from) && !s.date().isAfter(to)).toList(),
                efforts.stream().filter(e -> !e.date().isBefore(from) && !e.date().isAfter(to)).toList());
    }

    public GoalEvidence plus(GoalEvidence other) {
        List<LiftSet> allSets = new ArrayList<>(sets);
        allSets.addAll(other.sets);
        List<Effort> allEfforts = new ArrayList<>(efforts);
        allEfforts.addAll(other.efforts);
        return new GoalEvidence(allSets, allEfforts);
    }
}

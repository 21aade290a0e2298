package app.overload.ui.blocks;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.ActivityEntry;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.EnduranceGoal;
import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.Interval;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.PaceTarget;
import app.overload.domain.PlannedSession;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.Prescription;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthGoal;
import app.overload.domain.StrengthSet;
import app.overload.domain.TimedEntry;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.Workout;

/** Sessions logged the way a plan prescribed them, and one effort toward a block's goal, for the UI tests. */
final class PlanSessions {

    private PlanSessions() {
    }

    /** A training session that does what {@code planned} prescribes, on its day. */
    static TrainingSession fulfil(TrainingBlock block, PlannedSession planned) {
        List<ActivityEntry> entries = new ArrayList<>();
        for (Prescription rx : planned.prescriptions()) {
            entries.add(entry(rx));
        }
        Duration total = Duration.ofMinutes(60);
        return new TrainingSession(SessionId.random(), block.dateOf(planned).atTime(18, 0), total, null, "", entries,
                block.id(), planned.purpose(), planned.id());
    }

    private static ActivityEntry entry(Prescription rx) {
        if (rx instanceof Prescription.Strength s) {
            List<Mass> loads = PrescribedLoads.of(s, MassUnit.KG);
            List<StrengthSet> sets = new ArrayList<>();
            for (int i = 0; i < s.sets().size(); i++) {
                Mass load = loads.get(i) == null ? Mass.kilograms(40) : loads.get(i);
                sets.add(StrengthSet.working(s.sets().get(i).reps(), load));
            }
            return new StrengthEntry(s.exercise(), sets);
        }
        if (rx instanceof Prescription.Endurance e) {
            double secondsPerKm = e.target() instanceof PaceTarget.AtPace p ? p.pace().secondsPerKilometre() : 360;
            Distance distance = e.distance();
            if (distance == null && !e.intervals().isEmpty()) {
                double metres = 0;
                for (Interval i : e.intervals()) {
                    metres += i.repeats() * (i.workDistance() == null ? 400 : i.workDistance().metres());
                }
                distance = Distance.metres(metres);
            }
            Duration time = distance == null ? e.duration()
                    : Duration.ofSeconds(Math.round(distance.kilometres() * secondsPerKm));
            return EnduranceEntry.of(e.modality(), distance, time);
        }
        Prescription.Timed t = (Prescription.Timed) rx;
        return new TimedEntry(t.activity(), t.duration(), null, "");
    }

    /** A workout on {@code day} with an effort close to the goal: 90 % of a lift goal, or the race 5 % slower. */
    static Workout towardTheGoal(TrainingBlock block, LocalDate day) {
        ActivityEntry entry;
        if (block.goal() instanceof StrengthGoal g) {
            entry = new StrengthEntry(g.exercise(), List.of(StrengthSet.working(g.reps(), g.load().times(0.9)
                    .roundDown(2.5, MassUnit.KG))));
        } else if (block.goal() instanceof EstimatedMaxGoal g) {
            entry = new StrengthEntry(g.exercise(), List.of(StrengthSet.working(3, g.oneRepMax().times(0.8)
                    .roundDown(2.5, MassUnit.KG))));
        } else {
            EnduranceGoal g = (EnduranceGoal) block.goal();
            entry = EnduranceEntry.of(g.modality(), g.distance(), g.targetTime().multipliedBy(105).dividedBy(100));
        }
        return new Workout(SessionId.random(), day.atTime(7, 0), Duration.ofMinutes(90), null, "", List.of(entry),
                "Time trial");
    }
}

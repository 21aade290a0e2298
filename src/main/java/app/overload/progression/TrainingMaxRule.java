package app.overload.progression;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.overload.domain.LiftLevel;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlateMath;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.SessionId;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TrainingBlock;
import app.overload.domain.WeekKind;

/**
 * 5/3/1-style training-max cycles: each week's sets are the percentages the plan gives of the training max in use;
 * a cycle ends with a deload week, and the first week of the next cycle raises the training max by the increment
 * when the cycle's AMRAP sets all reached their reps. Without history the training max is 90 % of the max the
 * block's current level implies.
 */
final class TrainingMaxRule {

    /** TRAINING-RULES.md: TM = 90 % of 1RM. */
    static final double TRAINING_MAX_SHARE = 0.9;

    private TrainingMaxRule() {
    }

    static Proposal suggest(Context c, ProgressionRule.TrainingMax rule) {
        Prescription.Strength target = (Prescription.Strength) c.target.prescription();
        String lift = c.text.nameInSentence(target.exercise());
        int week = c.target.planned().week();
        Optional<PlannedSeries.Attempt> last = c.attempts.isEmpty() ? Optional.empty()
                : Optional.of(c.attempts.get(c.attempts.size() - 1));
        Mass inUse = last.map(a -> a.prescribed().rule()).filter(r -> r instanceof ProgressionRule.TrainingMax)
                .map(r -> ((ProgressionRule.TrainingMax) r).trainingMax()).orElse(null);
        if (inUse == null) {
            Optional<LiftLevel> level = c.level(target.exercise());
            if (level.isEmpty()) {
                return Proposal.notEnoughData(target, "a logged " + lift + " session or a current level",
                        "No " + lift + " logged in this block and no current level for it; training max "
                                + c.text.load(rule.trainingMax()) + " as planned.");
            }
            Mass max = OneRepMax.epley(level.get().load(), level.get().reps());
            Mass tm = PlateMath.down(max.kilograms() * TRAINING_MAX_SHARE, rule.increment(), c.unit());
            Prescription.Strength suggested = with(target, tm, rule);
            return new Proposal(suggested, new Decision.Start(), "No " + lift + " logged in this block yet; your level "
                    + level.get().reps() + " @ " + c.text.load(level.get().load()) + " gives e1RM " + c.text.estimate(max)
                    + " → training max " + c.text.load(tm) + ": " + c.text.sets(suggested) + ".", List.of());
        }
        List<SessionId> lastId = List.of(last.get().id());
        if (c.onBreak()) {
            long off = c.daysOff().getAsLong();
            double cut = Context.breakReduction(off);
            Mass tm = PlateMath.down(inUse.kilograms() * (1 - cut), rule.increment(), c.unit());
            Prescription.Strength suggested = with(target, tm, rule);
            return new Proposal(suggested, new Decision.RestartAfterBreak(off, cut), "No " + lift
                    + " since " + c.lastDoneText() + " (" + off + " days) → training max "
                    + LinearRule.percent(cut) + " lower at " + c.text.load(tm) + ": " + c.text.sets(suggested) + ".",
                    lastId);
        }
        TrainingBlock block = c.block;
        if (block.kindOf(week) == WeekKind.DELOAD) {
            Prescription.Strength suggested = with(target, inUse, rule);
            return new Proposal(suggested, new Decision.Deload(true), "Week " + week + " is the cycle's deload at "
                    + "training max " + c.text.load(inUse) + ": " + c.text.sets(suggested) + ".", lastId);
        }
        if (week > 1 && block.kindOf(week - 1) == WeekKind.DELOAD) {
            return newCycle(c, rule, target, inUse, week);
        }
        Prescription.Strength suggested = with(target, inUse, rule);
        return new Proposal(suggested, new Decision.Hold(), "Week " + weekOfCycle(block, week)
                + " of the cycle at training max " + c.text.load(inUse) + ": " + c.text.sets(suggested) + ".", lastId);
    }

    private static Proposal newCycle(Context c, ProgressionRule.TrainingMax rule, Prescription.Strength target,
            Mass inUse, int week) {
        int lastWeek = week - 2;
        int firstWeek = lastWeek;
        while (firstWeek > 1 && c.block.kindOf(firstWeek - 1) != WeekKind.DELOAD) {
            firstWeek--;
        }
        List<PlannedSeries.Attempt> amrap = amrapAttempts(c, target, firstWeek, lastWeek);
        List<PlannedSeries.Attempt> fellShort = new ArrayList<>();
        for (PlannedSeries.Attempt a : amrap) {
            if (!amrapReached((Prescription.Strength) a.prescribed(), (StrengthEntry) a.entry())) {
                fellShort.add(a);
            }
        }
        if (amrap.isEmpty()) {
            Prescription.Strength suggested = with(target, inUse, rule);
            return new Proposal(suggested, new Decision.Hold(), "No AMRAP set logged in the last cycle, so the "
                    + "training max stays " + c.text.load(inUse) + ": " + c.text.sets(suggested) + ".", List.of());
        }
        if (!fellShort.isEmpty()) {
            Prescription.Strength suggested = with(target, inUse, rule);
            return new Proposal(suggested, new Decision.Hold(), "The AMRAP set fell short of its reps on "
                    + Context.on(fellShort) + ", so the training max stays " + c.text.load(inUse) + ": "
                    + c.text.sets(suggested) + ".", Context.ids(fellShort));
        }
        Mass raised = raised(inUse, rule.increment(), c.unit());
        Prescription.Strength suggested = with(target, raised, rule);
        return new Proposal(suggested, new Decision.IncreaseLoad(inUse, raised), "Cycle done: every AMRAP set "
                + "reached its reps on " + Context.on(amrap) + " → training max " + c.text.load(inUse) + " → "
                + c.text.load(raised) + ": " + c.text.sets(suggested) + ".", Context.ids(amrap));
    }

    /** Attempts at prescriptions of the lift with an AMRAP set, logged in weeks {@code first} to {@code last}. */
    private static List<PlannedSeries.Attempt> amrapAttempts(Context c, Prescription.Strength target, int first, int last) {
        for (PlannedSession p : c.block.plan()) {
            for (int i = 0; i < p.prescriptions().size(); i++) {
                if (p.prescriptions().get(i) instanceof Prescription.Strength s && s.exercise().equals(target.exercise())
                        && s.rule() instanceof ProgressionRule.TrainingMax
                        && s.sets().stream().anyMatch(set -> set.kind() == SetKind.AMRAP)) {
                    return PlannedSeries.of(c.block, p, i).attempts(c.history, c.until()).stream()
                            .filter(a -> a.occurrence().planned().week() >= first
                                    && a.occurrence().planned().week() <= last)
                            .filter(a -> ((Prescription.Strength) a.prescribed()).sets().stream()
                                    .anyMatch(set -> set.kind() == SetKind.AMRAP))
                            .toList();
                }
            }
        }
        return List.of();
    }

    private static boolean amrapReached(Prescription.Strength rx, StrengthEntry entry) {
        List<StrengthSet> work = entry.workSets();
        List<PrescribedSet> sets = rx.sets().stream().filter(s -> s.kind().isWork()).toList();
        for (int i = 0; i < sets.size(); i++) {
            if (sets.get(i).kind() == SetKind.AMRAP
                    && (i >= work.size() || work.get(i).failed() || work.get(i).reps() < sets.get(i).reps())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The training max raised by the increment in the user's unit (5 lb, not the 5.51 lb of 2.5 kg); a max within a
     * hair of a whole number (a pound value stored in kilograms) is taken as that number first.
     */
    static Mass raised(Mass trainingMax, Mass increment, MassUnit unit) {
        double now = trainingMax.in(unit);
        double whole = Math.rint(now);
        double from = Math.abs(now - whole) < PlateMath.ON_STEP ? whole : now;
        double value = from + PlateMath.increment(increment, unit);
        double kg = unit == MassUnit.KG ? value : value * Mass.KILOGRAMS_PER_POUND;
        return kg > Mass.MAX_KILOGRAMS ? trainingMax : Mass.kilograms(kg);
    }

    static int weekOfCycle(TrainingBlock block, int week) {
        int w = week;
        while (w > 1 && block.kindOf(w - 1) != WeekKind.DELOAD) {
            w--;
        }
        return week - w + 1;
    }

    private static Prescription.Strength with(Prescription.Strength rx, Mass tm, ProgressionRule.TrainingMax rule) {
        return Prescriptions.withRule(rx, new ProgressionRule.TrainingMax(tm, rule.increment()));
    }
}

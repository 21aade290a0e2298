package app.overload.progression;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import app.overload.domain.Distance;
import app.overload.domain.LiftLevel;
import app.overload.domain.Mass;
import app.overload.domain.Pace;
import app.overload.domain.PlateMath;
import app.overload.domain.Prescription;
import app.overload.domain.PrescriptionText;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Rpe;
import app.overload.domain.SessionId;

/**
 * The cases before and around the rules: nothing logged yet (start from the block's level) and a break of two weeks
 * or more (restart lighter or shorter). Planned deload and taper weeks are {@link PlannedWeeks}.
 */
final class Restarts {

    /** A start worked out from a max leaves two reps in reserve. */
    static final Rpe START_RPE = Rpe.of(8);

    private Restarts() {
    }

    static Proposal startStrength(Context c) {
        Prescription.Strength target = (Prescription.Strength) c.target.prescription();
        String lift = c.text.nameInSentence(target.exercise());
        int reps = DoubleProgressionRule.prescribedReps(target);
        Optional<LiftLevel> level = c.level(target.exercise());
        Mass load;
        String from;
        if (level.isPresent()) {
            LiftLevel l = level.get();
            load = l.reps() == reps ? c.loadable(l.load()) : PlateMath.down(OneRepMax.loadFor(OneRepMax.epley(l.load(), l.reps()),
                    reps, START_RPE).kilograms(), c.ruleIncrement(), c.unit());
            from = "your level " + l.sets() + "×" + l.reps() + " @ " + c.text.load(l.load());
        } else {
            Optional<RpeRule.Estimate> recent = RpeRule.estimate(c, c.series.family());
            if (recent.isEmpty()) {
                return Proposal.notEnoughData(target, "a logged " + lift + " session or a current level for it",
                        "No " + lift + " logged in this block or the last " + RpeRule.RECENT_DAYS / 7
                                + " weeks and no current level for it; kept as planned (" + c.text.sets(target) + ").");
            }
            load = PlateMath.down(OneRepMax.loadFor(recent.get().oneRepMax(), reps, START_RPE).kilograms(),
                    c.ruleIncrement(), c.unit());
            from = "e1RM " + c.text.estimate(recent.get().oneRepMax()) + " from sets on " + PrescriptionText.dates(
                    recent.get().from().stream().map(TrainingHistory.Logged::date).toList()) + ", " + reps
                    + " @ RPE " + START_RPE;
        }
        if (c.skippedSinceStart() && c.onBreak()) {
            long off = c.daysOff().getAsLong();
            double cut = Context.breakReduction(off);
            Mass lighter = PlateMath.down(load.kilograms() * (1 - cut), c.ruleIncrement(), c.unit());
            return new Proposal(Prescriptions.withTopLoad(target, lighter, c.unit()),
                    new Decision.RestartAfterBreak(off, cut), "No " + lift + sinceSkipped(c, off) + "; " + from
                            + " → " + LinearRule.percent(cut) + " lighter at " + c.text.load(lighter) + ".",
                    List.of());
        }
        return new Proposal(Prescriptions.withTopLoad(target, load, c.unit()), new Decision.Start(),
                "No " + lift + " logged in this block yet; " + from + " → " + c.text.load(load) + ".", List.of());
    }

    /**
     * Back after a break: {@link Context#breakReduction} off the last working load; double progression keeps the load
     * and starts again at the bottom of the rep range, unless it is already there.
     */
    static Proposal restartStrength(Context c, long days) {
        Prescription.Strength target = (Prescription.Strength) c.target.prescription();
        PlannedSeries.Attempt last = c.last().orElse(c.attempts.get(c.attempts.size() - 1));
        Mass working = LinearRule.workingLoad(last);
        double cut = Context.breakReduction(days);
        String lift = c.text.nameInSentence(target.exercise());
        String since = "No " + lift + " since " + c.lastDoneText() + " (" + days + " days) → ";
        List<SessionId> ids = List.of(last.id());
        if (target.rule() instanceof ProgressionRule.DoubleProgression dp
                && DoubleProgressionRule.prescribedReps((Prescription.Strength) last.prescribed()) > dp.minReps()) {
            Mass same = c.loadable(working);
            Prescription.Strength suggested = DoubleProgressionRule.shape(target, dp.minReps(), same, c);
            return new Proposal(suggested, new Decision.RestartAfterBreak(days, 0), since + "back to "
                    + dp.minReps() + " reps at " + c.text.load(same) + ".", ids);
        }
        Mass lighter = PlateMath.down(working.kilograms() * (1 - cut), c.ruleIncrement(), c.unit());
        Prescription.Strength suggested = Prescriptions.withTopLoad(target, lighter, c.unit());
        if (target.rule() instanceof ProgressionRule.DoubleProgression dp) {
            suggested = Prescriptions.withReps(suggested, dp.minReps());
        }
        return new Proposal(suggested, new Decision.RestartAfterBreak(days, cut), since + "restart "
                + LinearRule.percent(cut) + " lighter at " + c.text.load(lighter) + ".", ids);
    }

    static Proposal startEndurance(Context c) {
        Prescription.Endurance target = (Prescription.Endurance) c.target.prescription();
        String session = c.target.planned().displayName().toLowerCase(Locale.ROOT);
        if (c.skippedSinceStart() && c.onBreak()) {
            long off = c.daysOff().getAsLong();
            double cut = Context.breakReduction(off);
            Prescription.Endurance shorter = shorter(target, cut, c);
            return new Proposal(shorter, new Decision.RestartAfterBreak(off, cut), "No "
                    + target.modality().label().toLowerCase(Locale.ROOT) + sinceSkipped(c, off) + " → "
                    + LinearRule.percent(cut) + " shorter: " + c.text.endurance(shorter) + ".", List.of());
        }
        EnduranceRule.Ceiling ceiling = EnduranceRule.Ceiling.of(c);
        Pace pace = EnduranceRule.paceOf(target);
        String start = "No " + session + " logged in this block yet";
        boolean tooFast = pace != null && ceiling.exists() && pace.isFasterThan(ceiling.pace());
        Optional<Evidence> evidence = Evidence.latest(c, null);
        if (evidence.isPresent()) {
            String shortfall = evidence.get().shortfall(target, c.text);
            String seen = "; " + evidence.get().describe(c) + (shortfall.isEmpty() ? " did "
                    + c.text.endurance(target) : " fell short of it (" + shortfall + ")");
            List<SessionId> ids = List.of(evidence.get().id());
            if (shortfall.isEmpty() || !tooFast) {
                return new Proposal(target, new Decision.Start(), start + seen + " → as planned"
                        + ceiling.note(target) + ".", ids);
            }
            Prescription.Endurance eased = Prescriptions.withPace(target, ceiling.rounded());
            return new Proposal(eased, new Decision.EasePace(pace, ceiling.rounded()), start + seen + "; "
                    + c.text.units().format(pace, target.modality()) + " is faster than " + ceiling.describe(c.text)
                    + " allows → " + c.text.endurance(eased) + ".", ids);
        }
        if (!ceiling.exists() || pace == null) {
            return Proposal.notEnoughData(target, "a logged " + session, start + "; kept as planned ("
                    + c.text.endurance(target) + ")" + ceiling.note(target) + ".");
        }
        if (tooFast) {
            Prescription.Endurance eased = Prescriptions.withPace(target, ceiling.rounded());
            return new Proposal(eased, new Decision.EasePace(pace, ceiling.rounded()), start + "; "
                    + c.text.units().format(pace, target.modality()) + " is faster than " + ceiling.describe(c.text)
                    + " allows → " + c.text.endurance(eased) + ".", List.of());
        }
        return Proposal.keep(target, new Decision.Start(), start + "; "
                + c.text.units().format(pace, target.modality()) + " is within " + ceiling.describe(c.text) + " → "
                + c.text.endurance(target) + " as planned.");
    }

    static Proposal restartEndurance(Context c, long days) {
        PlannedSeries.Attempt last = c.last().orElse(c.attempts.get(c.attempts.size() - 1));
        Prescription.Endurance target = (Prescription.Endurance) c.target.prescription();
        Prescription.Endurance done = (Prescription.Endurance) last.prescribed();
        Prescription.Endurance base = new Prescription.Endurance(target.modality(), done.distance(), done.duration(),
                done.target(), done.intervals(), target.rule());
        double cut = Context.breakReduction(days);
        Prescription.Endurance shorter = shorter(base, cut, c);
        return new Proposal(shorter, new Decision.RestartAfterBreak(days, cut), "No "
                + target.modality().label().toLowerCase(Locale.ROOT) + " since " + c.lastDoneText() + " ("
                + days + " days) → restart " + LinearRule.percent(cut) + " shorter: " + c.text.endurance(shorter)
                + ".", List.of(last.id()));
    }

    /**
     * " logged since 20 Oct (30 days), though the block planned it from 2 Nov", or, when nothing was read at all,
     * " logged since the block planned it from 2 Nov (21 days)".
     */
    private static String sinceSkipped(Context c, long days) {
        String planned = PrescriptionText.dates(List.of(c.series.first().date()));
        return c.lastDone().isPresent()
                ? " logged since " + c.lastDoneText() + " (" + days + " days), though the block planned it from "
                        + planned
                : " logged since the block planned it from " + planned + " (" + days + " days)";
    }

    /** The same session {@code cut} shorter: fewer repeats, less distance, or less time. */
    static Prescription.Endurance shorter(Prescription.Endurance rx, double cut, Context c) {
        if (!rx.intervals().isEmpty()) {
            int repeats = rx.intervals().get(0).repeats();
            return Prescriptions.withRepeats(rx, Math.max(1, (int) Math.floor(repeats * (1 - cut))));
        }
        if (rx.distance() != null) {
            double unit = c.text.units().distance().metres();
            double tenths = Math.max(1, Math.floor(rx.distance().metres() * (1 - cut) / unit * 10));
            return Prescriptions.withDistance(rx, Distance.metres(tenths * unit / 10));
        }
        long minutes = Math.max(1, (long) Math.floor(rx.duration().toSeconds() * (1 - cut) / 60));
        return Prescriptions.withDuration(rx, Duration.ofMinutes(minutes));
    }
}

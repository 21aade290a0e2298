package app.overload.progression;

import java.time.Duration;
import java.util.List;

import app.overload.domain.Distance;
import app.overload.domain.Durations;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlateMath;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.Purpose;
import app.overload.domain.SessionId;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.domain.WeekKind;

/**
 * The block's planned deload and taper weeks (TRAINING-RULES.md). A week the plan made lighter keeps the plan's own
 * reduction, applied to where the athlete is by then. A week the plan did not lighten gets the default and the reason
 * says why: a deload takes 10 % off each lift's load (rounded down to a plate) and halves its sets, rounded up, reps
 * unchanged, and halves each run; a taper cuts each run to 60 % of the peak week's (the last normal week) or, in the
 * goal week, 40 %, the race itself and every pace as planned. Lifts in a taper week the plan did not lighten get the
 * deload default. Whether the plan lightened the week is judged for the week's lifts together (some lift lighter than
 * the week before) and for its runs together (less volume than the peak week). A 5/3/1 deload is the training-max
 * rule's own 40/50/60 %.
 */
final class PlannedWeeks {

    static final double DELOAD_LOAD_CUT = 0.10;
    static final double DELOAD_VOLUME_SHARE = 0.5;
    /** A taper week other than the goal week: this share of the peak week's volume. */
    static final double TAPER_SHARE = 0.60;
    static final double GOAL_WEEK_SHARE = 0.40;

    private PlannedWeeks() {
    }

    /**
     * @param working the load of the last normal session before the target, done or projected; null when unknown
     * @param basis   where that load comes from, for the reason ("lifted on 23 Nov")
     */
    static Proposal strength(Context c, Mass working, String basis, List<SessionId> ids) {
        Prescription.Strength target = (Prescription.Strength) c.target.prescription();
        Decision decision = decision(c);
        PlannedSeries.Occurrence before = reference(c);
        if (before == null || !(before.prescription() instanceof Prescription.Strength reference)) {
            return Proposal.keep(target, decision, intro(c) + ": " + c.text.sets(target) + " as planned.");
        }
        if (c.liftsLightened) {
            return planShare(c, target, reference, working, basis, ids, decision);
        }
        boolean known = working != null && !working.isZero();
        Mass from = known ? working : PrescribedLoads.topFixed(target);
        Prescription.Strength suggested = target;
        String load = "";
        if (from != null && !from.isZero()) {
            Mass lighter = PlateMath.down(from.kilograms() * (1 - DELOAD_LOAD_CUT), c.ruleIncrement(), c.unit());
            suggested = Prescriptions.withTopLoad(target, lighter, c.unit());
            load = LinearRule.percent(DELOAD_LOAD_CUT) + " off the " + c.text.load(from) + " "
                    + (known ? basis : "planned") + " and ";
        }
        int sets = (int) target.sets().stream().filter(s -> s.kind().isWork()).count();
        suggested = Prescriptions.withWorkSets(suggested, (sets + 1) / 2);
        return new Proposal(suggested, decision, intro(c) + ", and the plan does not lighten its lifts ("
                + c.text.sets(target) + " against " + c.text.sets(reference) + " in week " + before.planned().week()
                + "): the default deload, " + load + "half the sets → " + c.text.sets(suggested) + ".",
                known ? ids : List.of());
    }

    /**
     * True when the plan made some lift of {@code week} lighter than the same lift the normal week before: the
     * coach planned this deload, so every lift of the week keeps the plan's reduction (an accessory left as it was
     * is left on purpose).
     */
    static boolean liftsLightened(TrainingBlock block, int week) {
        for (PlannedSession p : block.plannedIn(week)) {
            for (int i = 0; i < p.prescriptions().size(); i++) {
                if (p.prescriptions().get(i) instanceof Prescription.Strength rx) {
                    PlannedSeries.Occurrence before = reference(PlannedSeries.of(block, p, i));
                    if (before != null && before.prescription() instanceof Prescription.Strength reference
                            && lighter(rx, reference)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The plan's own reduction (its load against the normal week before) applied to the load the lifter is at
     * ({@code working}). While sessions are still to come before the deload, it takes the plan's share of the load
     * they will reach: a re-plan moves them and the deload together, so the share holds. When none is left but the
     * last normal one was missed, the lifter is at an earlier week's load and the missed week's plan no longer moves;
     * a share taken against it would shrink each time an adjusted deload was accepted and asked about again. So then
     * the plan's load stands when it is at least a default deload (10 %) under the load last lifted, and otherwise
     * comes down to the plan's share of that, and at least 10 % under it: a result that itself stands.
     */
    private static Proposal planShare(Context c, Prescription.Strength target, Prescription.Strength reference,
            Mass working, String basis, List<SessionId> ids, Decision decision) {
        Mass planned = PrescribedLoads.topFixed(target);
        Mass ref = PrescribedLoads.topFixed(reference);
        if (planned == null || ref == null || ref.isZero() || working == null || working.isZero()) {
            return Proposal.keep(target, decision, intro(c) + ": " + c.text.sets(target) + " as planned.");
        }
        double share = planned.kilograms() / ref.kilograms();
        boolean onPlan = Math.abs(working.kilograms() * share - planned.kilograms())
                < StrengthVerdict.LOAD_TOLERANCE_KG / 2;
        if (onPlan || c.pending > 0) {
            Mass load = onPlan ? c.loadable(planned)
                    : PlateMath.down(working.kilograms() * share, c.ruleIncrement(), c.unit());
            Prescription.Strength suggested = Prescriptions.withTopLoad(target, load, c.unit());
            return new Proposal(suggested, decision, intro(c) + ": " + UnitPreferences.number(share * 100, 0)
                    + " % of the " + c.text.load(working) + " " + basis + " → " + c.text.sets(suggested) + ".", ids);
        }
        double deload = 1 - DELOAD_LOAD_CUT;
        Mass deloaded = PlateMath.down(working.kilograms() * deload, c.ruleIncrement(), c.unit());
        if (planned.kilograms() <= deloaded.kilograms() + PlateMath.SAME_KG) {
            return new Proposal(target, decision, intro(c) + ": " + c.text.sets(target) + " as planned, already "
                    + UnitPreferences.number((1 - planned.kilograms() / working.kilograms()) * 100, 0)
                    + " % under the " + c.text.load(working) + " " + basis + ".", ids);
        }
        Mass load = PlateMath.down(working.kilograms() * Math.min(share, deload), c.ruleIncrement(), c.unit());
        Prescription.Strength suggested = Prescriptions.withTopLoad(target, load, c.unit());
        return new Proposal(suggested, decision, intro(c) + ": planned at " + c.text.load(planned) + ", less than "
                + LinearRule.percent(DELOAD_LOAD_CUT) + " under the " + c.text.load(working) + " " + basis + "; "
                + (share <= deload ? "the plan's " + UnitPreferences.number(share * 100, 0) + " % of it"
                        : LinearRule.percent(DELOAD_LOAD_CUT) + " off it, as a deload takes")
                + " → " + c.text.sets(suggested) + ".", ids);
    }

    /** Lighter than the week before: less load on top, fewer work sets or fewer reps. */
    private static boolean lighter(Prescription.Strength target, Prescription.Strength reference) {
        Mass top = PrescribedLoads.topFixed(target);
        Mass before = PrescribedLoads.topFixed(reference);
        boolean lessLoad = top != null && before != null && top.kilograms() < before.kilograms() - PlateMath.SAME_KG;
        long sets = target.sets().stream().filter(s -> s.kind().isWork()).count();
        long setsBefore = reference.sets().stream().filter(s -> s.kind().isWork()).count();
        return lessLoad || sets < setsBefore || reps(target) < reps(reference);
    }

    private static int reps(Prescription.Strength rx) {
        return rx.sets().stream().filter(s -> s.kind().isWork()).mapToInt(PrescribedSet::reps).sum();
    }

    static Proposal endurance(Context c) {
        Prescription.Endurance target = (Prescription.Endurance) c.target.prescription();
        Decision decision = decision(c);
        if (c.target.planned().purpose() == Purpose.RACE) {
            return Proposal.keep(target, decision, intro(c) + ": the race, " + c.text.endurance(target)
                    + ", as planned.");
        }
        Proposal cut = notLightened(c, target, decision);
        if (cut != null) {
            return cut;
        }
        EnduranceRule.Ceiling ceiling = EnduranceRule.Ceiling.of(c);
        Pace pace = EnduranceRule.paceOf(target);
        if (ceiling.exists() && pace != null && pace.isFasterThan(ceiling.pace()) && !doneAtOrFaster(c, pace)) {
            Prescription.Endurance eased = Prescriptions.withPace(target, ceiling.rounded());
            return Proposal.keep(eased, decision, intro(c) + ": " + c.text.endurance(target) + " as planned, eased to "
                    + c.text.units().format(ceiling.rounded(), target.modality()) + " by " + ceiling.describe(c.text)
                    + ".");
        }
        return Proposal.keep(target, decision, intro(c) + ": " + c.text.endurance(target) + " as planned.");
    }

    /**
     * The default when the plan's deload or taper week holds at least as much of the modality (the race aside) as the
     * last normal week before it, the peak week: a deload halves each run; a taper cuts each to its share of the same
     * run in the peak week (or of itself, when the peak week has no such run). Null when the plan lightened the week.
     */
    private static Proposal notLightened(Context c, Prescription.Endurance target, Decision decision) {
        TrainingBlock block = c.block;
        int week = c.target.planned().week();
        int peak = week - 1;
        while (peak >= 1 && block.kindOf(peak) != WeekKind.NORMAL) {
            peak--;
        }
        if (peak < 1) {
            return null;
        }
        boolean byDistance = covered(block, week, target.modality(), true)
                && covered(block, peak, target.modality(), true);
        double planned = weekVolume(block, week, target.modality(), byDistance);
        double peakVolume = weekVolume(block, peak, target.modality(), byDistance);
        if (peakVolume <= 0 || planned < peakVolume * (1 - 1e-6)) {
            return null;
        }
        String against = " (" + volume(planned, byDistance, c) + " planned against " + volume(peakVolume, byDistance,
                c) + " in week " + peak + ")";
        if (c.target.kind() == WeekKind.DELOAD) {
            Prescription.Endurance halved = scaled(target, target, DELOAD_VOLUME_SHARE, c);
            return new Proposal(halved, decision, intro(c) + ", and the plan keeps it as long as the week before"
                    + against + ": the default deload halves " + c.text.endurance(target) + " → "
                    + c.text.endurance(halved) + ", pace as planned.", List.of());
        }
        double share = week == block.weeks() ? GOAL_WEEK_SHARE : TAPER_SHARE;
        Prescription.Endurance source = target;
        for (PlannedSeries.Occurrence o : c.series.members()) {
            if (o.planned().week() == peak && o.prescription() instanceof Prescription.Endurance e) {
                source = e;
            }
        }
        Prescription.Endurance shorter = scaled(target, source, share, c);
        return new Proposal(shorter, decision, intro(c) + ", and the plan keeps it as long as the peak week" + against
                + ": the default taper, " + LinearRule.percent(share) + " of " + c.text.endurance(source) + " → "
                + c.text.endurance(shorter) + ", pace as planned.", List.of());
    }

    /** True when every run of the modality planned that week (the race aside) has a distance, or a time. */
    private static boolean covered(TrainingBlock block, int week, Modality m, boolean distance) {
        for (PlannedSession p : block.plannedIn(week)) {
            for (Prescription rx : p.prescriptions()) {
                if (p.purpose() != Purpose.RACE && rx instanceof Prescription.Endurance e && e.modality() == m
                        && (distance ? VolumeGuard.metres(e) : VolumeGuard.seconds(e)) <= 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Metres (or seconds) of the modality planned in {@code week}, not counting the race. */
    private static double weekVolume(TrainingBlock block, int week, Modality m, boolean distance) {
        double total = 0;
        for (PlannedSession p : block.plannedIn(week)) {
            for (Prescription rx : p.prescriptions()) {
                if (p.purpose() != Purpose.RACE && rx instanceof Prescription.Endurance e && e.modality() == m) {
                    total += distance ? VolumeGuard.metres(e) : VolumeGuard.seconds(e);
                }
            }
        }
        return total;
    }

    private static String volume(double amount, boolean distance, Context c) {
        return distance ? c.text.units().format(Distance.metres(Math.min(amount, Distance.MAX_METRES)))
                : Durations.hoursMinutes(Duration.ofMillis(Math.round(amount * 1000)));
    }

    /**
     * {@code target} with {@code share} of {@code source}'s volume, measured as the target is (repeats, distance or
     * time) and rounded up: to a whole repeat, a tenth of the user's unit, a whole minute. Pace as the target's.
     */
    static Prescription.Endurance scaled(Prescription.Endurance target, Prescription.Endurance source, double share,
            Context c) {
        if (!target.intervals().isEmpty() && !source.intervals().isEmpty()) {
            int repeats = (int) Math.max(1, Math.ceil(source.intervals().get(0).repeats() * share - 1e-9));
            return Prescriptions.withRepeats(target, repeats);
        }
        if (target.intervals().isEmpty() && target.distance() != null && source.distance() != null) {
            double unit = c.text.units().distance().metres();
            double tenths = Math.max(1, Math.ceil(source.distance().metres() * share / unit * 10 - 1e-6));
            return Prescriptions.withDistance(target, Distance.metres(Math.min(tenths * unit / 10,
                    Distance.MAX_METRES)));
        }
        if (target.intervals().isEmpty() && target.distance() == null && source.duration() != null) {
            long minutes = (long) Math.max(1, Math.ceil(source.duration().toMillis() * share / 60_000.0 - 1e-6));
            return Prescriptions.withDuration(target, Duration.ofMinutes(minutes));
        }
        return source == target ? target : scaled(target, target, share, c);
    }

    /** True when the last planned session of the series was done at {@code pace} or faster: never slow it down. */
    private static boolean doneAtOrFaster(Context c, Pace pace) {
        return c.last().filter(a -> a.prescribed() instanceof Prescription.Endurance done
                && EnduranceRule.paceOf(done) != null
                && EnduranceRule.paceOf(done).secondsPerKilometre() <= pace.secondsPerKilometre() + 0.5
                && EnduranceRule.shortfall(done, (EnduranceEntry) a.entry(), c.text).isEmpty())
                .isPresent();
    }

    /** The last normal-week occurrence planned before the target: "the week before" a deload is compared with. */
    private static PlannedSeries.Occurrence reference(Context c) {
        return reference(c.series);
    }

    /** The last normal-week occurrence of {@code series} before its target; null when there is none. */
    static PlannedSeries.Occurrence reference(PlannedSeries series) {
        PlannedSeries.Occurrence reference = null;
        for (PlannedSeries.Occurrence o : series.members()) {
            if (o == series.target()) {
                break;
            }
            if (o.kind() == WeekKind.NORMAL) {
                reference = o;
            }
        }
        return reference;
    }

    private static Decision decision(Context c) {
        return c.target.kind() == WeekKind.TAPER ? new Decision.Taper() : new Decision.Deload(true);
    }

    /** "Week 4 is a planned deload week". */
    private static String intro(Context c) {
        return "Week " + c.target.planned().week() + " is a planned "
                + (c.target.kind() == WeekKind.TAPER ? "taper" : "deload") + " week";
    }
}

package app.overload.progression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import app.overload.domain.ExerciseId;
import app.overload.domain.LiftLevel;
import app.overload.domain.LoadTarget;
import app.overload.domain.Mass;
import app.overload.domain.PlateMath;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.PrescriptionText;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Rpe;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;

/**
 * RPE targets: estimate the one-rep max from recent sets (the RPE table where RPE was logged, Epley otherwise) and
 * give each prescribed set the load its reps at its RPE call for. A jump of more than {@link #MAX_JUMP} over the
 * last load is capped, so one odd entry cannot throw the bar off.
 */
final class RpeRule {

    /** Sessions the estimate averages over. */
    static final int SESSIONS = 3;
    /** Sets of more reps than this say little about a max. */
    static final int MAX_REPS_FOR_ESTIMATE = 12;
    /** Target RPE when a set names none. */
    static final Rpe DEFAULT_RPE = Rpe.of(8);
    static final double MAX_JUMP = 0.10;
    static final int RECENT_DAYS = 42;
    /** An estimate this many times the median of the others is left out. */
    static final double OUTLIER = 1.5;

    private RpeRule() {
    }

    /** A one-rep max estimate with the sessions it came from. */
    record Estimate(Mass oneRepMax, List<TrainingHistory.Logged<StrengthEntry>> from, boolean fromRpe) {
    }

    static Proposal suggest(Context c, ProgressionRule.RpeBased rule) {
        Prescription.Strength target = (Prescription.Strength) c.target.prescription();
        Optional<Estimate> estimate = estimate(c, c.series.family());
        String basis;
        List<SessionId> ids;
        Mass max;
        if (estimate.isPresent()) {
            max = estimate.get().oneRepMax();
            ids = estimate.get().from().stream().map(l -> l.session().id()).toList();
            basis = "e1RM " + c.text.estimate(max) + " from " + (estimate.get().fromRpe() ? "the RPE of " : "")
                    + "sets on " + PrescriptionText.dates(estimate.get().from().stream()
                            .map(TrainingHistory.Logged::date).toList());
        } else {
            Optional<LiftLevel> level = c.level(target.exercise());
            if (level.isEmpty()) {
                return Proposal.notEnoughData(target, "recent sets of " + c.text.nameInSentence(target.exercise()),
                        "No " + c.text.nameInSentence(target.exercise()) + " in the last " + RECENT_DAYS / 7
                                + " weeks and no current level to estimate a max from; kept as planned.");
            }
            max = OneRepMax.epley(level.get().load(), level.get().reps());
            ids = List.of();
            basis = "e1RM " + c.text.estimate(max) + " from your level " + level.get().sets() + "×" + level.get().reps()
                    + " @ " + c.text.load(level.get().load());
        }
        Mass last = lastLoad(c).orElse(null);
        List<Mass> loads = new ArrayList<>();
        boolean capped = false;
        for (PrescribedSet set : target.sets()) {
            Rpe rpe = set.load() instanceof LoadTarget.AtRpe r ? r.rpe() : set.rpeCap() != null ? set.rpeCap()
                    : DEFAULT_RPE;
            Mass load = PlateMath.down(OneRepMax.loadFor(max, set.reps(), rpe).kilograms(), rule.roundingStep(),
                    c.unit());
            if (last != null && !last.isZero() && load.kilograms() > last.kilograms() * (1 + MAX_JUMP)) {
                load = PlateMath.down(last.kilograms() * (1 + MAX_JUMP), rule.roundingStep(), c.unit());
                capped = true;
            }
            loads.add(load);
        }
        Prescription.Strength suggested = Prescriptions.withFixedLoads(target, loads);
        Mass top = loads.stream().max(Comparator.naturalOrder()).orElse(Mass.ZERO);
        PrescribedSet first = target.sets().get(0);
        String aim = first.reps() + " @ RPE " + (first.load() instanceof LoadTarget.AtRpe r ? r.rpe()
                : first.rpeCap() != null ? first.rpeCap() : DEFAULT_RPE);
        String result = basis + " → " + aim + " is " + c.text.load(top) + (capped ? " (capped at "
                + LinearRule.percent(MAX_JUMP) + " over the last " + c.text.logged(last) + ")" : "") + ".";
        Decision decision = last == null ? new Decision.Start() : top.sameAs(last) ? new Decision.Hold()
                : top.compareTo(last) > 0 ? new Decision.IncreaseLoad(last, top) : new Decision.ReduceLoad(last, top);
        return new Proposal(suggested, decision, result, ids);
    }

    /**
     * The mean of the best estimate of each of the last {@value #SESSIONS} sessions of the exercise in the last
     * {@value #RECENT_DAYS} days; sets with a logged RPE are preferred to Epley guesses.
     */
    static Optional<Estimate> estimate(Context c, Collection<ExerciseId> exercises) {
        LocalDate from = c.until().minusDays(RECENT_DAYS);
        List<TrainingHistory.Logged<StrengthEntry>> recent = c.history.strength(exercises, c.until()).stream()
                .filter(l -> !l.date().isBefore(from)).toList();
        boolean anyRpe = recent.stream().anyMatch(l -> l.entry().workSets().stream().anyMatch(s -> usable(s)
                && s.rpe() != null));
        List<TrainingHistory.Logged<StrengthEntry>> used = new ArrayList<>();
        List<Double> bests = new ArrayList<>();
        for (int i = recent.size() - 1; i >= 0 && used.size() < SESSIONS; i--) {
            double best = 0;
            for (StrengthSet s : recent.get(i).entry().workSets()) {
                if (usable(s) && (!anyRpe || s.rpe() != null)) {
                    best = Math.max(best, OneRepMax.estimate(s.load(), s.reps(), s.rpe()).kilograms());
                }
            }
            if (best > 0) {
                used.add(0, recent.get(i));
                bests.add(best);
            }
        }
        if (bests.isEmpty()) {
            return Optional.empty();
        }
        if (bests.size() >= SESSIONS) {
            // One estimate far above the others is a typing error (1,000 kg for 100 kg), not a new max.
            double median = bests.stream().sorted().toList().get(bests.size() / 2);
            for (int i = bests.size() - 1; i >= 0; i--) {
                if (bests.get(i) > median * OUTLIER) {
                    bests.remove(i);
                    used.remove(used.size() - 1 - i);
                }
            }
        }
        double mean = bests.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return Optional.of(new Estimate(Mass.kilograms(Math.min(mean, Mass.MAX_KILOGRAMS)), used, anyRpe));
    }

    private static boolean usable(StrengthSet s) {
        return !s.failed() && s.reps() >= 1 && s.reps() <= MAX_REPS_FOR_ESTIMATE && !s.load().isZero();
    }

    /** The heaviest work set of the last attempt. */
    private static Optional<Mass> lastLoad(Context c) {
        return c.last().map(a -> ((StrengthEntry) a.entry()).workSets().stream().map(StrengthSet::load)
                .max(Comparator.naturalOrder()).orElse(Mass.ZERO));
    }
}

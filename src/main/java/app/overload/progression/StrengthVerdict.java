package app.overload.progression;

import java.util.List;

import app.overload.domain.LoadTarget;
import app.overload.domain.Mass;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.PrescriptionText;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Rpe;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;

/**
 * Whether a logged exercise did what was prescribed (TRAINING-RULES.md): every prescribed work set done, each with
 * at least the prescribed reps at the prescribed load or more, not marked failed, and at or below any prescribed
 * RPE. Where RPE is capped per set and the logged sets carry none, the session's RPE is judged against the cap
 * instead (Foster's session RPE), and {@link #bySession} says so.
 *
 * @param success   the session counts as done
 * @param hardRpe   RPE 9.5 or more was logged where 8 or less was prescribed: hold, do not increase
 * @param shortfall what fell short, in a few words ("set 4: 3 of 5 reps"); empty on success
 * @param topRpe    the highest RPE logged on a work set, or the session's RPE when judged by it; or null
 * @param cap       the RPE prescribed, or null
 * @param bySession true when no work set carried an RPE and the session's RPE was judged against the cap
 */
record StrengthVerdict(boolean success, boolean hardRpe, String shortfall, Rpe topRpe, Rpe cap, boolean bySession) {

    /** A load within this of the prescription counts as reached: half a 5 lb step, so a kg ↔ lb switch is no miss. */
    static final double LOAD_TOLERANCE_KG = 1.15;
    /** %TM loads are rounded to plates when loaded; allow that much under the exact percentage. */
    static final double PERCENT_SLACK = 0.03;
    static final double HARD_RPE = 9.5;
    static final double HARD_RPE_PRESCRIBED = 8;

    static StrengthVerdict judge(Prescription.Strength rx, StrengthEntry entry, Rpe sessionRpe, PrescriptionText text) {
        List<StrengthSet> done = entry.workSets();
        List<PrescribedSet> wanted = rx.sets().stream().filter(s -> s.kind().isWork()).toList();
        boolean setRpes = done.stream().anyMatch(s -> s.rpe() != null);
        String shortfall = "";
        Rpe top = null;
        Rpe cap = null;
        boolean hard = false;
        for (int i = 0; i < wanted.size(); i++) {
            PrescribedSet p = wanted.get(i);
            Rpe setCap = p.load() instanceof LoadTarget.AtRpe r ? r.rpe() : p.rpeCap();
            if (setCap != null && (cap == null || setCap.compareTo(cap) < 0)) {
                cap = setCap;
            }
            if (i >= done.size()) {
                shortfall = first(shortfall, done.size() + " of " + wanted.size() + " sets");
                continue;
            }
            StrengthSet s = done.get(i);
            double required = required(p, rx.rule());
            if (s.failed() || s.reps() < p.reps()) {
                shortfall = first(shortfall, "set " + (i + 1) + ": " + s.reps() + " of " + p.reps()
                        + (p.kind() == SetKind.AMRAP ? "+" : "") + " reps");
            } else if (s.load().kilograms() < required - LOAD_TOLERANCE_KG
                    && !text.units().reaches(s.load(), Mass.kilograms(Math.min(required, Mass.MAX_KILOGRAMS)))) {
                shortfall = first(shortfall, "set " + (i + 1) + " at " + text.logged(s.load()) + ", under "
                        + text.load(Mass.kilograms(Math.min(required, Mass.MAX_KILOGRAMS))));
            }
            if (s.rpe() != null) {
                top = top == null || s.rpe().compareTo(top) > 0 ? s.rpe() : top;
                if (setCap != null && s.rpe().value() > setCap.value()) {
                    shortfall = first(shortfall, "RPE " + s.rpe() + " above " + setCap);
                    hard |= hard(s.rpe(), setCap);
                }
            }
        }
        boolean bySession = cap != null && !setRpes && sessionRpe != null;
        if (bySession) {
            top = sessionRpe;
            if (sessionRpe.value() > cap.value()) {
                shortfall = first(shortfall, "session RPE " + sessionRpe + " above " + cap
                        + ", judged as no set carried an RPE");
                hard = hard(sessionRpe, cap);
            }
        }
        return new StrengthVerdict(shortfall.isEmpty(), hard, shortfall, top, cap, bySession);
    }

    private static boolean hard(Rpe logged, Rpe cap) {
        return logged.value() >= HARD_RPE && cap.value() <= HARD_RPE_PRESCRIBED;
    }

    /**
     * Said after what was done when the session's RPE stood in for the sets': " (no set RPE logged, so the session
     * RPE 7 was judged against the cap of 8)"; empty otherwise.
     */
    String judgedBy() {
        return bySession && success ? " (no set RPE logged, so the session RPE " + topRpe
                + " was judged against the cap of " + cap + ")" : "";
    }

    /** The least load in kilograms that counts as the prescription; zero when the day decides (an RPE target). */
    private static double required(PrescribedSet set, ProgressionRule rule) {
        if (set.load() instanceof LoadTarget.Fixed f) {
            return f.load().kilograms();
        }
        if (set.load() instanceof LoadTarget.PercentOfTrainingMax p && rule instanceof ProgressionRule.TrainingMax tm) {
            return tm.trainingMax().kilograms() * p.fraction() * (1 - PERCENT_SLACK);
        }
        return 0;
    }

    private static String first(String existing, String next) {
        return existing.isEmpty() ? next : existing;
    }
}

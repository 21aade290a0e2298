package app.overload.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The weight to load for each set of a strength prescription, which the log form shows as this week's target:
 * fixed loads as written, percentages of a training max worked out and rounded to plates, and null for sets whose
 * load is found on the day from an RPE.
 */
public final class PrescribedLoads {

    private PrescribedLoads() {
    }

    public static List<Mass> of(Prescription.Strength rx, MassUnit unit) {
        List<Mass> loads = new ArrayList<>();
        for (PrescribedSet set : rx.sets()) {
            loads.add(of(set, rx.rule(), unit));
        }
        return Collections.unmodifiableList(loads);
    }

    /** The load of one set, or null when it depends on the day (an RPE target, or a %TM without a training max). */
    public static Mass of(PrescribedSet set, ProgressionRule rule, MassUnit unit) {
        if (set.load() instanceof LoadTarget.Fixed f) {
            return f.load();
        }
        if (set.load() instanceof LoadTarget.PercentOfTrainingMax p && rule instanceof ProgressionRule.TrainingMax tm) {
            return PlateMath.down(tm.trainingMax().kilograms() * p.fraction(), tm.increment(), unit);
        }
        return null;
    }

    /** The heaviest fixed load of the work sets, or null when no set has a fixed load. */
    public static Mass topFixed(Prescription.Strength rx) {
        Mass top = null;
        for (PrescribedSet set : rx.sets()) {
            if (set.kind().isWork() && set.load() instanceof LoadTarget.Fixed f
                    && (top == null || f.load().compareTo(top) > 0)) {
                top = f.load();
            }
        }
        return top;
    }
}

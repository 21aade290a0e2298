package app.overload.progression;

import java.util.ArrayList;
import java.util.List;

import app.overload.domain.Mass;
import app.overload.domain.Plates;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthSet;

/**
 * Warm-up sets before the first heavy lift of a session: the empty bar for 10, then 40 % × 5, 60 % × 3 and
 * 80 % × 1 of the working load, each rounded down to what the lifter's plates make. A step that rounds to the load
 * of the step before, or reaches the working load, is left out, so a light working load gets fewer warm-ups.
 */
public final class WarmUpSets {

    /** One step of the ramp: a share of the working load (0 for the empty bar) and its reps. */
    public record Step(double fraction, int reps) {
    }

    public static final List<Step> RAMP = List.of(new Step(0, 10), new Step(0.4, 5), new Step(0.6, 3),
            new Step(0.8, 1));

    private WarmUpSets() {
    }

    /** The warm-ups for a working load; none when the working load is the bar or lighter. */
    public static List<StrengthSet> before(Mass work, Plates plates) {
        Mass bar = plates.barWeight();
        List<StrengthSet> sets = new ArrayList<>();
        if (!work.atLeast(bar) || work.sameAs(bar)) {
            return sets;
        }
        Mass previous = null;
        for (Step step : RAMP) {
            Mass load = step.fraction() == 0 ? bar : plates.loadable(work.times(step.fraction()));
            boolean heavierThanBefore = previous == null || !previous.atLeast(load);
            boolean lighterThanWork = !load.atLeast(work);
            if (heavierThanBefore && lighterThanWork) {
                sets.add(new StrengthSet(step.reps(), load, null, null, SetKind.WARM_UP, false));
                previous = load;
            }
        }
        return sets;
    }
}

package app.overload.progression;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import app.overload.domain.Mass;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;

/**
 * Heavy sets taken with too little rest (TRAINING-RULES.md, "Rest for heavy work"): sets of at most 6 reps at 80 % of
 * the estimated 1RM or more want at least two minutes before them. Thirty seconds between heavy sets is
 * conditioning, not strength work, and the lifter should see it.
 */
public final class ShortRest {

    public static final int HEAVY_REPS = 6;
    public static final double HEAVY_FRACTION = 0.80;
    public static final Duration ENOUGH_REST = Duration.ofSeconds(120);

    /** A heavy set that followed too short a rest; {@code index} counts from 0 within the entry. */
    public record Flag(int index, StrengthSet set, double fractionOfMax) {
    }

    private ShortRest() {
    }

    /** The best e1RM the sets show (work sets with at least one completed rep), or empty when none does. */
    public static Optional<Mass> bestEstimate(Collection<StrengthSet> sets) {
        return sets.stream().filter(s -> s.kind().isWork() && s.reps() > 0 && !s.load().isZero())
                .map(s -> OneRepMax.estimate(s.load(), s.reps(), s.rpe())).max(Mass::compareTo);
    }

    /**
     * The heavy sets of {@code entry} that had a timed rest shorter than two minutes. {@code knownMax} is the best
     * recent e1RM from history, or null; the entry's own sets may raise it (a first session has no history).
     */
    public static List<Flag> flags(StrengthEntry entry, Mass knownMax) {
        Mass max = knownMax;
        Optional<Mass> own = bestEstimate(entry.sets());
        if (own.isPresent() && (max == null || own.get().compareTo(max) > 0)) {
            max = own.get();
        }
        List<Flag> flags = new ArrayList<>();
        if (max == null || max.isZero()) {
            return flags;
        }
        for (int i = 0; i < entry.sets().size(); i++) {
            StrengthSet set = entry.sets().get(i);
            double fraction = set.load().kilograms() / max.kilograms();
            boolean heavy = set.kind().isWork() && set.reps() <= HEAVY_REPS && fraction >= HEAVY_FRACTION - 1e-9;
            boolean hurried = set.restBefore() != null && set.restBefore().compareTo(ENOUGH_REST) < 0;
            if (heavy && hurried) {
                flags.add(new Flag(i, set, fraction));
            }
        }
        return flags;
    }
}

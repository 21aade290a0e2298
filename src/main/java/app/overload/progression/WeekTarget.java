package app.overload.progression;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import app.overload.domain.BlockId;
import app.overload.domain.BlockStatus;
import app.overload.domain.ExerciseId;
import app.overload.domain.Modality;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.Purpose;
import app.overload.domain.TrainingBlock;

/**
 * "This week's target" for an exercise or run being logged outside its planned session: the next planned session of
 * the week (in a block active that day) that is not done yet, asks for the same exercise or modality and, when the
 * session being logged has a purpose, has that purpose. A tempo run logged on Friday points at the week's tempo run
 * still to do, never at one already done nor at the long run. Earliest in the week first, so a session missed
 * earlier in the week is still the one to make up; on the same day, the preferred block, then plan order.
 */
public final class WeekTarget {

    /** The planned session an entry is aimed at, and its prescription for that entry. */
    public record Found(TrainingBlock block, PlannedSession planned, Prescription prescription) {
    }

    private WeekTarget() {
    }

    /**
     * @param blocks    the blocks to look in; only those active on {@code day} count
     * @param preferred the block the form has chosen, first on a tie; may be null
     * @param day       the day being logged, which picks the week
     * @param purpose   the purpose of the session being logged, or null for a workout (any purpose)
     * @param done      the planned sessions already fulfilled by a logged session
     * @param asks      which prescriptions the entry would carry out ({@link #exercise}, {@link #modality})
     */
    public static Optional<Found> next(Collection<TrainingBlock> blocks, BlockId preferred, LocalDate day,
            Purpose purpose, Set<PlannedSessionId> done, Predicate<Prescription> asks) {
        Found best = null;
        LocalDate bestDate = null;
        boolean bestPreferred = false;
        for (TrainingBlock block : blocks) {
            if (block.status(day) != BlockStatus.ACTIVE) {
                continue;
            }
            boolean isPreferred = block.id().equals(preferred);
            for (PlannedSession planned : block.weekOf(day).map(block::plannedIn).orElse(List.of())) {
                if (done.contains(planned.id()) || purpose != null && planned.purpose() != purpose) {
                    continue;
                }
                Optional<Prescription> rx = planned.prescriptions().stream().filter(asks).findFirst();
                LocalDate date = block.dateOf(planned);
                boolean earlier = bestDate == null || date.isBefore(bestDate)
                        || date.equals(bestDate) && isPreferred && !bestPreferred;
                if (rx.isPresent() && earlier) {
                    best = new Found(block, planned, rx.get());
                    bestDate = date;
                    bestPreferred = isPreferred;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Strength prescriptions of this exercise. */
    public static Predicate<Prescription> exercise(ExerciseId exercise) {
        return rx -> rx instanceof Prescription.Strength s && s.exercise().equals(exercise);
    }

    /** Endurance prescriptions of this modality. */
    public static Predicate<Prescription> modality(Modality modality) {
        return rx -> rx instanceof Prescription.Endurance e && e.modality() == modality;
    }
}

package app.overload.notation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import app.overload.domain.Checks;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Purpose;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;

/**
 * What a line is read against: the catalogue, the blocks a training session may name (and which of their planned
 * sessions are done), the user's units, the time now, and what a line that says nothing else means: the default
 * date, and workout or training in a given block with a given purpose.
 *
 * @param blocks         blocks a line may name with {@code training "…"}
 * @param done           planned sessions already logged, which a new training session does not claim again
 * @param date           the day a line without a date is logged on
 * @param block          the block a line without a kind belongs to, or null to log such lines as workouts
 * @param purpose        the purpose of such a training session when the line names none, or null
 * @param newExercises   true to read an unknown exercise name as a new exercise instead of refusing it
 */
public record NotationContext(Catalogue catalogue, List<TrainingBlock> blocks, Set<PlannedSessionId> done,
        UnitPreferences units, LocalDateTime now, LocalDate date, TrainingBlock block, Purpose purpose,
        boolean newExercises) {

    public NotationContext {
        Checks.required(catalogue, "catalogue");
        blocks = Checks.list(blocks, "blocks");
        done = Set.copyOf(Checks.required(done, "done"));
        Checks.required(units, "units");
        Checks.required(now, "now");
        Checks.required(date, "date");
    }

    /** Workouts on the day of {@code now}, against {@code catalogue}, no blocks. */
    public static NotationContext of(Catalogue catalogue, UnitPreferences units, LocalDateTime now) {
        return new NotationContext(catalogue, List.of(), Set.of(), units, now, now.toLocalDate(), null, null, false);
    }

    public NotationContext withBlocks(List<TrainingBlock> all, Set<PlannedSessionId> logged) {
        return new NotationContext(catalogue, all, logged, units, now, date, block, purpose, newExercises);
    }

    /** The same context at another moment: "today" and the time of a line without one move with it. */
    public NotationContext at(LocalDateTime moment) {
        boolean today = date.equals(now.toLocalDate());
        return new NotationContext(catalogue, blocks, done, units, moment, today ? moment.toLocalDate() : date, block,
                purpose, newExercises);
    }

    /** The same context for a user who reads and types in {@code other} units. */
    public NotationContext inUnits(UnitPreferences other) {
        return new NotationContext(catalogue, blocks, done, other, now, date, block, purpose, newExercises);
    }

    public NotationContext onDate(LocalDate day) {
        return new NotationContext(catalogue, blocks, done, units, now, day, block, purpose, newExercises);
    }

    /** Lines that do not say workout or training are training sessions in {@code inBlock}. */
    public NotationContext asTraining(TrainingBlock inBlock, Purpose forPurpose) {
        return new NotationContext(catalogue, blocks, done, units, now, date, inBlock, forPurpose, newExercises);
    }

    public NotationContext allowingNewExercises(boolean allowed) {
        return new NotationContext(catalogue, blocks, done, units, now, date, block, purpose, allowed);
    }

    public NotationContext withCatalogue(Catalogue other) {
        return new NotationContext(other, blocks, done, units, now, date, block, purpose, newExercises);
    }
}

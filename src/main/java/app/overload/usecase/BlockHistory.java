package app.overload.usecase;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.ExerciseId;
import app.overload.domain.Goal;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.progression.TrainingHistory;
import app.overload.progression.WeekRequest;
import app.overload.store.EngineHistoryReader;
import app.overload.store.Logbook;

/**
 * The logged history a re-plan or a goal's outlook reads, up to and including today: the latest entries of every
 * exercise the block names, and eight weeks of endurance entries and daily loads.
 */
final class BlockHistory {

    private BlockHistory() {
    }

    static TrainingHistory read(Logbook logbook, TrainingBlock block, LocalDate today) {
        return read(logbook, block.exercises(), today);
    }

    /** Only what the goal is measured by: its lift's entries (none for a race), and eight weeks of endurance. */
    static TrainingHistory forGoal(Logbook logbook, TrainingBlock block, LocalDate today) {
        Goal goal = block.goal();
        Set<ExerciseId> lift = goal instanceof StrengthGoal g ? Set.of(g.exercise())
                : goal instanceof EstimatedMaxGoal g ? Set.of(g.exercise()) : Set.of();
        return read(logbook, lift, today);
    }

    private static TrainingHistory read(Logbook logbook, Collection<ExerciseId> exercises, LocalDate today) {
        LocalDate until = today.plusDays(1);
        EngineHistoryReader.LoggedHistory read = logbook.history().read(exercises,
                WeekRequest.ENTRIES_PER_EXERCISE, until.minusDays(WeekRequest.DAYS_READ), until);
        return new TrainingHistory(read.sessions(), read.dailyLoads(), read.unreadable());
    }
}

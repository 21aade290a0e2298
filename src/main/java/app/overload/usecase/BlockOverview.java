package app.overload.usecase;

import java.time.LocalDate;
import java.util.List;

import app.overload.domain.EnduranceGoal;
import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.ExerciseId;
import app.overload.domain.Goal;
import app.overload.domain.StrengthGoal;
import app.overload.domain.UnitPreferences;
import app.overload.planning.BlockReport;
import app.overload.planning.BlockReports;
import app.overload.planning.GoalEvidence;
import app.overload.store.ChartQueries;
import app.overload.store.Logbook;

/**
 * Every training block with its status, current week, compliance with the plan and progress toward its goal, as
 * {@code overload blocks} prints them and the Blocks section lists them; and the logged evidence one goal is measured
 * by, for a block's own view. Goal progress reads compact chart rows, never whole sessions.
 */
public final class BlockOverview {

    private final Logbook logbook;

    public BlockOverview(Logbook logbook) {
        this.logbook = logbook;
    }

    /** The blocks as of {@code today}: active first, then planned, finished and archived. */
    public List<BlockReport> reports(LocalDate today) {
        return reports(today, logbook.settings().units());
    }

    /** The same, with goals read and judged in {@code units} (the command line's {@code --units}). */
    public List<BlockReport> reports(LocalDate today, UnitPreferences units) {
        ChartQueries rows = logbook.charts();
        return BlockReports.of(logbook.blocks().all(), logbook.sessions().fulfilled(), rows::sets, rows::endurance,
                today, units);
    }

    /** What the goal is measured by: the sets of its exercise, or the entries of its modality. */
    public GoalEvidence evidence(Goal goal) {
        ChartQueries rows = logbook.charts();
        if (goal instanceof StrengthGoal g) {
            return GoalEvidence.ofRows(g.exercise(), rows.sets(g.exercise()), List.of());
        }
        if (goal instanceof EstimatedMaxGoal g) {
            return GoalEvidence.ofRows(g.exercise(), rows.sets(g.exercise()), List.of());
        }
        if (goal instanceof EnduranceGoal g) {
            return GoalEvidence.ofRows(ExerciseId.of("none"), List.of(), rows.endurance(g.modality()));
        }
        return GoalEvidence.NONE;
    }
}

package app.overload.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import app.overload.analysis.EnduranceRow;
import app.overload.analysis.LoggedSetRow;
import app.overload.domain.BlockId;
import app.overload.domain.BlockStatus;
import app.overload.domain.EnduranceGoal;
import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.ExerciseId;
import app.overload.domain.Goal;
import app.overload.domain.Modality;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;

/**
 * Summaries of many blocks at once, reading each goal's exercise or sport once however many blocks share it: the
 * blocks list and {@code overload blocks} both start here.
 */
public final class BlockReports {

    private BlockReports() {
    }

    /**
     * @param done the fulfilled planned sessions of each block, with the day each was done
     * @param sets every logged set of an exercise (the chart query)
     * @param runs every endurance entry of a modality (the chart query)
     * @param units the logbook's units, in which a goal's load is read and judged
     * @return in {@link #ORDER}
     */
    public static List<BlockReport> of(List<TrainingBlock> blocks, Map<BlockId, Map<PlannedSessionId, LocalDate>> done,
            Function<ExerciseId, List<LoggedSetRow>> sets, Function<Modality, List<EnduranceRow>> runs, LocalDate today,
            UnitPreferences units) {
        Map<ExerciseId, GoalEvidence> lifts = new HashMap<>();
        Map<Modality, GoalEvidence> efforts = new HashMap<>();
        List<BlockReport> summaries = new ArrayList<>();
        for (TrainingBlock block : blocks) {
            Goal goal = block.goal();
            GoalEvidence evidence = GoalEvidence.NONE;
            if (goal instanceof StrengthGoal g) {
                evidence = lifts.computeIfAbsent(g.exercise(), x -> GoalEvidence.ofRows(x, sets.apply(x), List.of()));
            } else if (goal instanceof EstimatedMaxGoal g) {
                evidence = lifts.computeIfAbsent(g.exercise(), x -> GoalEvidence.ofRows(x, sets.apply(x), List.of()));
            } else if (goal instanceof EnduranceGoal g) {
                evidence = efforts.computeIfAbsent(g.modality(), m -> GoalEvidence.ofRows(ExerciseId.of("none"),
                        List.of(), runs.apply(m)));
            }
            summaries.add(BlockReport.of(block, done.getOrDefault(block.id(), Map.of()), evidence, today, units));
        }
        summaries.sort(ORDER);
        return summaries;
    }

    /** Active blocks first, then planned (soonest first), finished and archived (latest first). */
    public static final Comparator<BlockReport> ORDER = Comparator.comparingInt((BlockReport s) -> rank(s.status()))
            .thenComparing((a, b) -> a.status() == BlockStatus.PLANNED ? a.block().start().compareTo(b.block().start())
                    : b.block().start().compareTo(a.block().start()));

    public static int rank(BlockStatus status) {
        return switch (status) {
            case ACTIVE -> 0;
            case PLANNED -> 1;
            case FINISHED -> 2;
            case ARCHIVED -> 3;
        };
    }
}

package app.overload.ui.suggest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.BlockId;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;

/** Blocks the sample logbook does not have. */
final class TestBlocks {

    private TestBlocks() {
    }

    /** Four weeks of power cleans, 5×3 @ 60 kg on Mondays: a lift the sample athlete never logged. */
    static TrainingBlock powerClean(LocalDate monday) {
        ExerciseId clean = ExerciseId.of("power-clean");
        List<PlannedSession> plan = new ArrayList<>();
        for (int week = 1; week <= 4; week++) {
            plan.add(new PlannedSession(PlannedSessionId.random(), week, DayOfWeek.MONDAY, Purpose.TECHNIQUE,
                    "Clean day", List.of(Prescription.Strength.sets(clean, 5, 3, Mass.kilograms(60),
                            new ProgressionRule.Linear(Mass.kilograms(2.5), 3, 0.1))), ""));
        }
        return new TrainingBlock(BlockId.random(), "Power clean technique", new StrengthGoal(clean,
                Mass.kilograms(80), 3), monday, monday.plusDays(27), 4, List.of(), List.of(), List.of(), List.of(),
                plan, "", null);
    }
}

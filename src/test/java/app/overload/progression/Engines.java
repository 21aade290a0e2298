package app.overload.progression;

import java.time.LocalDate;
import java.util.List;

import app.overload.domain.PlannedSession;
import app.overload.domain.Session;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;

/** Runs the engine the way the app does, over sessions held in memory. */
final class Engines {

    private Engines() {
    }

    static WeekPlan week(TrainingBlock block, int week, LocalDate today, List<? extends Session> sessions) {
        return week(block, week, today, sessions, UnitPreferences.METRIC, false);
    }

    static WeekPlan week(TrainingBlock block, int week, LocalDate today, List<? extends Session> sessions,
            UnitPreferences units, boolean allowVolumeJump) {
        return new ProgressionEngine(units, Plans.CATALOGUE).suggestWeek(
                new WeekRequest(block, week, today, allowVolumeJump), TrainingHistory.of(sessions));
    }

    /** The suggestion for the first prescription of {@code planned}. */
    static Suggestion first(WeekPlan plan, PlannedSession planned) {
        return plan.suggestions().stream().filter(s -> s.plannedSession().equals(planned.id())).findFirst()
                .orElseThrow();
    }
}

package app.overload.bench;

import java.util.ArrayList;
import java.util.List;

import app.overload.domain.MassUnit;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.progression.ProgressionEngine;
import app.overload.progression.TrainingHistory;
import app.overload.progression.WeekRequest;
import app.overload.store.EngineHistoryReader;
import app.overload.store.Logbook;

/**
 * A block week's suggestions, read from the logbook and worked out as the app does, in kilograms and in pounds (the
 * engine rounds to plates in the user's unit, so pounds are their own figure), each against stepping the same rows
 * with plain SQL. Target: under 50 ms and within 3 × the bare read on the 10-year logbook.
 */
final class SuggestionFigures {

    /** One unit's figure: the name it goes by, the full time and the bare read it is compared with, in ms. */
    record Measured(String name, double full, double bare) {
        Figure figure() {
            return new Figure(name + " vs bare SQL read of the same rows", full, "ms", bare,
                    "< 50 ms and ≤ 3 × bare read", full < 50 && full <= 3 * bare);
        }
    }

    private SuggestionFigures() {
    }

    static List<Measured> measure(Logbook logbook, TrainingBlock block) throws Exception {
        int week = WeekRequest.nextWeek(block, BenchData.UNTIL).orElse(block.weeks());
        WeekRequest request = new WeekRequest(block, week, BenchData.UNTIL, false);
        EngineHistoryReader reader = logbook.history();
        String what = block.name().replaceAll(" \\(.*\\)", "");
        double bare = Timing.steady(() -> reader.stepRows(request.exercisesToRead(),
                WeekRequest.ENTRIES_PER_EXERCISE, request.historyFrom(), request.historyUntil()));
        List<Measured> measured = new ArrayList<>();
        for (UnitPreferences units : List.of(UnitPreferences.METRIC, UnitPreferences.IMPERIAL)) {
            ProgressionEngine engine = new ProgressionEngine(units, logbook.exercises().all());
            double full = Timing.steady(() -> {
                EngineHistoryReader.LoggedHistory read = reader.read(request.exercisesToRead(),
                        WeekRequest.ENTRIES_PER_EXERCISE, request.historyFrom(), request.historyUntil());
                engine.suggestWeek(request, new TrainingHistory(read.sessions(), read.dailyLoads(),
                        read.unreadable()));
            });
            String name = "Suggestions for a " + what + " week (" + block.plannedIn(week).size() + " sessions"
                    + (units.mass() == MassUnit.LB ? ", in pounds)" : ")");
            measured.add(new Measured(name, full, bare));
        }
        return measured;
    }
}

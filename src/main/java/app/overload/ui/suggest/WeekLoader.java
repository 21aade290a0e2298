package app.overload.ui.suggest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import app.overload.domain.BlockId;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.progression.PlanUpdate;
import app.overload.progression.PrescriptionText;
import app.overload.progression.ProgressionEngine;
import app.overload.progression.Suggestion;
import app.overload.progression.TrainingHistory;
import app.overload.progression.WeekPlan;
import app.overload.progression.WeekRequest;
import app.overload.store.HistoryReader;
import app.overload.store.Logbook;

/**
 * The panel's work off the FX thread: reading the block as stored now and the history a week needs, running the
 * engine, and writing accepted suggestions back. Each method is one unit of background work.
 */
final class WeekLoader {

    /** A suggested week with what the view needs to show it: the block it was made from and the cited days. */
    record Loaded(TrainingBlock block, LocalDate today, WeekPlan plan, Map<SessionId, LocalDate> cited,
            PrescriptionText text) {
    }

    private final Logbook logbook;
    private final BlockId block;

    WeekLoader(Logbook logbook, BlockId block) {
        this.logbook = logbook;
        this.block = block;
    }

    /** The block as stored now: it may have been edited (or deleted) since the panel was built. */
    TrainingBlock block() {
        return logbook.blocks().find(block).orElseThrow(() -> new IllegalStateException(
                "This block is no longer in the logbook."));
    }

    Loaded suggest(int week, LocalDate today, boolean allowVolumeJump, UnitPreferences units) {
        TrainingBlock stored = block();
        WeekRequest request = new WeekRequest(stored, week, today, allowVolumeJump);
        HistoryReader.LoggedHistory read = logbook.history().read(request.exercisesToRead(),
                WeekRequest.ENTRIES_PER_EXERCISE, request.historyFrom(), request.historyUntil());
        ProgressionEngine engine = new ProgressionEngine(units, logbook.exercises().all());
        WeekPlan plan = engine.suggestWeek(request, new TrainingHistory(read.sessions(), read.dailyLoads(),
                read.unreadable()));
        Map<SessionId, LocalDate> days = new HashMap<>();
        for (Session s : read.sessions()) {
            days.put(s.id(), s.date());
        }
        Map<SessionId, LocalDate> cited = new HashMap<>();
        for (Suggestion s : plan.suggestions()) {
            for (SessionId id : s.basedOn()) {
                LocalDate day = days.get(id);
                if (day == null) {
                    // The engine cites only what it was given; this is a guard, not a path the reader takes.
                    day = logbook.sessions().find(id).map(Session::date).orElse(null);
                }
                if (day != null) {
                    cited.put(id, day);
                }
            }
        }
        return new Loaded(stored, today, plan, cited, engine.text());
    }

    /**
     * Writes the suggestions into the stored block's plan in one transaction. {@link PlanUpdate} refuses any whose
     * prescription changed since they were made, so nothing newer is overwritten.
     */
    TrainingBlock accept(java.util.Collection<Suggestion> accepted) {
        TrainingBlock updated = PlanUpdate.accept(block(), accepted);
        logbook.blocks().save(updated);
        return updated;
    }
}

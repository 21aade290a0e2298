package app.overload.usecase;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.overload.domain.BlockId;
import app.overload.domain.PrescriptionText;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.progression.PlanUpdate;
import app.overload.progression.ProgressionEngine;
import app.overload.progression.Suggestion;
import app.overload.progression.TrainingHistory;
import app.overload.progression.WeekPlan;
import app.overload.progression.WeekRequest;
import app.overload.store.EngineHistoryReader;
import app.overload.store.Logbook;

/**
 * Next week's loads and paces of a block: reads the history the week needs, runs the progression engine, and writes
 * accepted suggestions into the block's plan. {@code overload suggest} and the Next week panel both call it.
 */
public final class SuggestWeek {

    /**
     * A suggested week with what a front end needs to show it: the block it was made from, the day taken as today,
     * the engine's plan, the day of every session its reasons cite, and the text that describes prescriptions.
     */
    public record SuggestedWeek(TrainingBlock block, LocalDate today, WeekPlan plan, Map<SessionId, LocalDate> cited,
            PrescriptionText text) {
        public SuggestedWeek {
            cited = Map.copyOf(cited);
        }
    }

    private final Logbook logbook;

    public SuggestWeek(Logbook logbook) {
        this.logbook = logbook;
    }

    /** The block as stored now: it may have been edited (or deleted) since a screen showed it. */
    public TrainingBlock stored(BlockId id) {
        return logbook.blocks().find(id).orElseThrow(() -> new IllegalStateException(
                "This block is no longer in the logbook."));
    }

    /** Suggests {@code week} of the block as stored now. */
    public SuggestedWeek suggest(BlockId block, int week, LocalDate today, boolean allowVolumeJump,
            UnitPreferences units) {
        return suggest(stored(block), week, today, allowVolumeJump, units);
    }

    /**
     * Suggests {@code week} of {@code block} from the history logged before it.
     *
     * @param units the units prescriptions are rounded and described in (the user's, or the logbook's setting)
     */
    public SuggestedWeek suggest(TrainingBlock block, int week, LocalDate today, boolean allowVolumeJump,
            UnitPreferences units) {
        WeekRequest request = new WeekRequest(block, week, today, allowVolumeJump);
        EngineHistoryReader.LoggedHistory read = logbook.history().read(request.exercisesToRead(),
                WeekRequest.ENTRIES_PER_EXERCISE, request.historyFrom(), request.historyUntil());
        ProgressionEngine engine = new ProgressionEngine(units, logbook.exercises().all());
        WeekPlan plan = engine.suggestWeek(request, new TrainingHistory(read.sessions(), read.dailyLoads(),
                read.unreadable()));
        return new SuggestedWeek(block, today, plan, cited(plan, read.sessions()), engine.text());
    }

    /** The day of each session the suggestions cite as their evidence. */
    private Map<SessionId, LocalDate> cited(WeekPlan plan, List<Session> read) {
        Map<SessionId, LocalDate> days = new HashMap<>();
        for (Session s : read) {
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
        return cited;
    }

    /**
     * Writes the suggestions into the stored block's plan in one transaction. {@link PlanUpdate} refuses any whose
     * prescription changed since they were made, so nothing newer is overwritten.
     */
    public TrainingBlock accept(BlockId block, Collection<Suggestion> accepted) {
        TrainingBlock updated = PlanUpdate.accept(stored(block), accepted);
        logbook.blocks().save(updated);
        return updated;
    }

    /** Writes every change of {@code plan} into {@code block}; nothing is written when there is none. */
    public int acceptAll(TrainingBlock block, WeekPlan plan) {
        int changes = plan.changes().size();
        if (changes > 0) {
            logbook.blocks().save(PlanUpdate.acceptAll(block, plan));
        }
        return changes;
    }
}

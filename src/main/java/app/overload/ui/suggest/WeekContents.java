package app.overload.ui.suggest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.TrainingBlock;
import app.overload.progression.Decision;
import app.overload.progression.Insight;
import app.overload.progression.Suggestion;
import app.overload.progression.VolumeCheck;
import app.overload.progression.WeekPlan;
import app.overload.usecase.SuggestWeek;

/** Turns a suggested week into what the panel lists: cards of rows, notes, and what the engine had no data for. */
final class WeekContents {

    private WeekContents() {
    }

    /**
     * One group per planned session, in the plan's order. Rows of an ended block, and of days before today, are
     * locked: what was logged on a day is judged against what was asked, so that plan is left alone.
     */
    static List<SessionGroup> groups(SuggestWeek.SuggestedWeek loaded, boolean blockEnded) {
        TrainingBlock block = loaded.block();
        LocalDate today = loaded.today();
        Map<PlannedSessionId, List<SuggestionItem>> items = new LinkedHashMap<>();
        Map<PlannedSessionId, Suggestion> first = new LinkedHashMap<>();
        for (Suggestion s : loaded.plan().suggestions()) {
            String locked = blockEnded ? "The block has ended; its plan is kept as it was."
                    : s.date().isBefore(today) ? "This day has passed; its plan stays as it was, so what was logged "
                            + "is judged against what was asked." : "";
            items.computeIfAbsent(s.plannedSession(), k -> new ArrayList<>())
                    .add(new SuggestionItem(s, loaded.text(), loaded.cited(), locked));
            first.putIfAbsent(s.plannedSession(), s);
        }
        List<SessionGroup> groups = new ArrayList<>();
        items.forEach((id, list) -> {
            Optional<PlannedSession> planned = block.planned(id);
            groups.add(new SessionGroup(NextWeekViewModel.DAY.format(first.get(id).date()),
                    planned.map(PlannedSession::displayName).orElse("Planned session"),
                    planned.map(PlannedSession::purpose).orElse(null), list));
        });
        return groups;
    }

    /** The volume checks first, then the insights. */
    static List<Note> notes(WeekPlan plan) {
        List<Note> notes = new ArrayList<>();
        for (VolumeCheck v : plan.volume()) {
            notes.add(new Note("volume", v.severity(), v.sentence()));
        }
        for (Insight i : plan.insights()) {
            notes.add(new Note(i.kind().key(), i.severity(), i.sentence()));
        }
        return notes;
    }

    /** What the engine lacked, each thing once. */
    static List<String> missing(WeekPlan plan) {
        return plan.suggestions().stream().map(Suggestion::decision).filter(Decision.NotEnoughData.class::isInstance)
                .map(d -> ((Decision.NotEnoughData) d).missing()).distinct().toList();
    }
}

package app.overload.progression;

import java.time.LocalDate;
import java.util.List;

import app.overload.domain.BlockId;
import app.overload.domain.Checks;
import app.overload.domain.WeekKind;

/**
 * Everything the engine has to say about one block week: a suggestion per prescription (in plan order), the
 * weekly volume checks, and the insights on recent training.
 *
 * @param historyUntil the first day whose sessions were not read; the history ends the day before
 */
public record WeekPlan(BlockId block, int week, WeekKind kind, LocalDate weekStart, LocalDate historyUntil,
        List<Suggestion> suggestions, List<VolumeCheck> volume, List<Insight> insights) {

    public WeekPlan {
        Checks.required(block, "block");
        Checks.required(kind, "week kind");
        Checks.required(weekStart, "week start");
        Checks.required(historyUntil, "history until");
        suggestions = Checks.list(suggestions, "suggestions");
        volume = Checks.list(volume, "volume");
        insights = Checks.list(insights, "insights");
    }

    /** The suggestions that would change the plan if accepted. */
    public List<Suggestion> changes() {
        return suggestions.stream().filter(Suggestion::changesPlan).toList();
    }

    /** True when a volume check held distance increases back; accepting them needs the explicit override. */
    public boolean volumeRefused() {
        return volume.stream().anyMatch(VolumeCheck::refused);
    }
}

package app.overload.domain;

import java.time.LocalDate;

/** How a block ended when it was archived: whether the goal was met and a sentence on by how much. */
public record BlockOutcome(LocalDate archivedOn, boolean goalMet, String summary) {

    public BlockOutcome {
        Checks.required(archivedOn, "archive date");
        summary = Checks.notes(summary, "outcome");
    }
}

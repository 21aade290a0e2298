package app.overload.planning;

import java.time.LocalDate;

import app.overload.domain.Checks;
import app.overload.domain.PlannedSession;

/**
 * A planned session on its calendar day, with its state.
 *
 * @param doneOn the day of the session that fulfils it, or null when none does
 */
public record PlannedDay(PlannedSession planned, LocalDate date, PlanState state, LocalDate doneOn) {

    public PlannedDay {
        Checks.required(planned, "planned session");
        Checks.required(date, "date");
        Checks.required(state, "state");
        if ((state == PlanState.DONE) != (doneOn != null)) {
            throw new IllegalArgumentException("A planned session is done exactly when it has a day it was done.");
        }
    }

    /** Counts toward compliance: done, or its day has passed. */
    public boolean due() {
        return state == PlanState.DONE || state == PlanState.MISSED;
    }
}

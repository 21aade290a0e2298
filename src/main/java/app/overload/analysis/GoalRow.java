package app.overload.analysis;

import java.time.LocalDate;
import java.util.Objects;

import app.overload.domain.Goal;

/** A training block's goal and its dates: what the charts draw targets and projections from. */
public record GoalRow(String blockName, Goal goal, LocalDate start, LocalDate goalDate) {

    public GoalRow {
        Objects.requireNonNull(blockName, "block name");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(goalDate, "goal date");
    }

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(goalDate);
    }

    public boolean overlaps(DateWindow window) {
        return !start.isAfter(window.to()) && !goalDate.isBefore(window.from());
    }
}

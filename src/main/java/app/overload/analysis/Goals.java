package app.overload.analysis;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Picks the block goal a chart should draw when several blocks aimed at the same thing. */
public final class Goals {

    private Goals() {
    }

    /**
     * The goal about the chart's subject that matters for {@code window}: the block running today if there is one,
     * else the latest block that overlaps the window.
     */
    public static Optional<GoalRow> relevant(List<GoalRow> goals, Predicate<GoalRow> about, DateWindow window,
            LocalDate today) {
        List<GoalRow> candidates = goals.stream().filter(about).filter(g -> g.overlaps(window)).toList();
        Optional<GoalRow> active = candidates.stream().filter(g -> g.activeOn(today))
                .max(Comparator.comparing(GoalRow::start));
        return active.isPresent() ? active : candidates.stream().max(Comparator.comparing(GoalRow::goalDate));
    }
}

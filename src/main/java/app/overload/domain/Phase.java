package app.overload.domain;

/** A named stretch of weeks inside a block, such as "Base" weeks 1–4. Weeks count from 1. */
public record Phase(String name, int firstWeek, int lastWeek) {

    public Phase {
        name = Checks.name(name, "phase name");
        Checks.intInRange(firstWeek, 1, TrainingBlock.MAX_WEEKS, "phase first week");
        Checks.intInRange(lastWeek, firstWeek, TrainingBlock.MAX_WEEKS, "phase last week");
    }

    public boolean contains(int week) {
        return week >= firstWeek && week <= lastWeek;
    }
}

package app.overload.domain;

import java.time.LocalDate;

/** A block by name and dates only, for lists and filters that do not need its plan. */
public record BlockSummary(BlockId id, String name, LocalDate start, LocalDate goalDate, boolean archived) {

    public BlockSummary {
        Checks.required(id, "id");
        name = Checks.name(name, "block name");
        Checks.required(start, "start date");
        Checks.required(goalDate, "goal date");
    }

    public static BlockSummary of(TrainingBlock block) {
        return new BlockSummary(block.id(), block.name(), block.start(), block.goalDate(), block.outcome() != null);
    }
}

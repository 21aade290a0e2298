package app.overload.analysis;

import java.time.LocalDate;
import java.util.Objects;

import app.overload.domain.Purpose;

/**
 * A planned session still to come, as the load chart projects it: its day, its purpose and about how long it takes.
 * The load it will bring is the athlete's usual session RPE for the purpose times these minutes.
 *
 * @param blockName the block it belongs to
 */
public record PlannedRow(LocalDate date, Purpose purpose, double minutes, String blockName) {

    public PlannedRow {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(blockName, "block name");
    }
}

package app.overload.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import app.overload.domain.UnitPreferences;
import app.overload.store.Logbook;
import app.overload.usecase.ExportHistory;

/**
 * Exporting the whole 10-year logbook (about 4,900 sessions, 90,000 sets, 1,700 runs) to a CSV in Strong's layout,
 * as {@code overload export-history} and Logbook → Export history… do: reading the sessions a year at a time,
 * writing every row, and moving the finished file into place.
 */
final class ExportFigures {

    private ExportFigures() {
    }

    static Figure tenYearsToCsv(Path tenYearLogbook, Path work) throws Exception {
        System.out.println("Exporting ten years of history to CSV…");
        Path file = work.resolve("ten-years.csv");
        try (Logbook logbook = Logbook.open(tenYearLogbook)) {
            ExportHistory export = new ExportHistory(logbook);
            double ms = Timing.median(1, 5, () -> {
                ExportHistory.Result result = export.export(file, ExportHistory.Format.CSV, null, null,
                        UnitPreferences.METRIC, fraction -> { });
                if (result.sessions() == 0 || Files.size(file) == 0) {
                    throw new IllegalStateException("the 10-year export wrote nothing: " + result.describe());
                }
            });
            return new Figure("Export the 10-year logbook to CSV (Strong's layout)", ms / 1000, "s", Double.NaN,
                    "< 5 s", ms < 5000);
        }
    }
}

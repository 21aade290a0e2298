package app.overload.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import app.overload.domain.Session;
import app.overload.exchange.history.HeartRateFiles;
import app.overload.exchange.history.ImportOptions;
import app.overload.exchange.history.ImportProgress;
import app.overload.sample.SampleLogbook;
import app.overload.store.Logbook;
import app.overload.usecase.ImportHistory;
import app.overload.usecase.SessionHeartRates;

/**
 * Importing a long recording with heart rate: a 4-hour GPX run with a point and a reading every second (14,400
 * points), from the file to the saved session and its time in the athlete's zones, as the app's import does it:
 * parsing, the per-bpm histogram, the save, and the zones read back from the stored session. Each run imports into
 * a fresh copy of an empty logbook (an import of the same file twice would be refused as a duplicate); the copy is
 * made outside the timed part.
 */
final class HeartRateFigures {

    private static final int RUNS = 7;

    private HeartRateFigures() {
    }

    static Figure fourHourImport(Path work) throws Exception {
        System.out.println("Importing a 4-hour GPX run with heart rate…");
        int[] bpm = new int[4 * 3600];
        for (int i = 0; i < bpm.length; i++) {
            bpm[i] = 130 + (i / 60) % 45; // a slow drift through every zone, a minute at each rate
        }
        Path file = Files.writeString(work.resolve("four-hours-hr.gpx"), HeartRateFiles.gpx(bpm),
                StandardCharsets.UTF_8);
        Path empty = work.resolve("hr-empty.db");
        try (Logbook logbook = Logbook.open(empty)) {
            logbook.settings().saveAthlete(SampleLogbook.athlete());
        }
        ImportOptions options = ImportOptions.defaults().withZone(ZoneOffset.UTC);
        double[] times = new double[RUNS + 2];
        for (int run = 0; run < times.length; run++) {
            Path copy = BenchData.copy(empty, work, "hr-import.db");
            try (Logbook logbook = Logbook.open(copy)) {
                long start = System.nanoTime();
                ImportHistory imports = new ImportHistory(logbook);
                int added = imports.apply(imports.preview(List.of(file), options, ImportProgress.NONE), false)
                        .sessionsAdded();
                List<Session> saved = logbook.sessions().between(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1));
                long[] zones = new SessionHeartRates(logbook).of(saved.get(0)).orElseThrow().secondsInZones();
                times[run] = (System.nanoTime() - start) / 1e6;
                if (added != 1 || Arrays.stream(zones).sum() < 4 * 3600 - 2) {
                    throw new IllegalStateException("the 4-hour GPX run gave " + added + " sessions, zones "
                            + Arrays.toString(zones));
                }
            }
        }
        // The first two runs warm up the parser and the store.
        double[] measured = Arrays.copyOfRange(times, 2, times.length);
        Arrays.sort(measured);
        return Figure.under("Import a 4-hour GPX run with heart rate (14,400 points), time in zones included",
                measured[RUNS / 2], 1000);
    }
}

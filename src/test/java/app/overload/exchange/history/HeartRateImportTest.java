package app.overload.exchange.history;

import static app.overload.exchange.history.HeartRateFiles.join;
import static app.overload.exchange.history.HeartRateFiles.steady;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import app.overload.domain.AthleteSettings;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.HeartRateHistogram;
import app.overload.domain.LoadMeasure;
import app.overload.domain.Session;
import app.overload.domain.TrimpCurve;
import app.overload.exchange.fit.FitFixtures;
import app.overload.store.Logbook;
import app.overload.usecase.ImportHistory;
import app.overload.usecase.SessionHeartRates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recorded activities keep their heart rate point by point, so time in zones follows on import. The athlete's LTHR
 * is 170: zones 2–5 begin at 145, 153, 162 and 170 bpm.
 */
class HeartRateImportTest {

    private static final AthleteSettings ATHLETE = new AthleteSettings(190, 50, 170, null, null,
            LoadMeasure.HR_TSS, TrimpCurve.MEN);

    /**
     * 5 min at 140, 5 min at 150, a 3-minute pause without points, 2 min at 175 with a strap that drops out for
     * 10 s. Each point's heart rate holds until the next point: 300 s at 140 (Z1); 299 s at 150 (Z2), since the
     * pause after its last point is no time at 150; 119 − 10 = 109 s at 175 (Z5), the last point adding nothing.
     */
    private static final int[] PYRAMID = join(steady(300, 140), steady(300, 150), steady(180, -1), steady(50, 175),
            steady(10, 0), steady(60, 175));

    @TempDir
    Path folder;

    private List<Session> imported(String name, byte[] content) throws IOException {
        Path file = Files.write(folder.resolve(name), content);
        try (Logbook logbook = Logbook.open(folder.resolve("logbook.db"))) {
            logbook.settings().saveAthlete(ATHLETE);
            ImportHistory imports = new ImportHistory(logbook);
            assertThat(imports.apply(imports.preview(List.of(file), Fixtures.OPTIONS, ImportProgress.NONE), false)
                    .sessionsAdded()).isEqualTo(1);
            return logbook.sessions().between(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1));
        }
    }

    private static long[] zones(Session s) {
        return new SessionHeartRates(ATHLETE).of(s).orElseThrow().secondsInZones();
    }

    @Test
    void aGpxTrackGivesItsTimeInZonesOnImport() throws IOException {
        Session run = imported("pyramid.gpx", HeartRateFiles.gpx(PYRAMID).getBytes(StandardCharsets.UTF_8)).get(0);

        EnduranceEntry entry = (EnduranceEntry) run.entries().get(0);
        assertThat(entry.heartRateHistogram().secondsAt(140)).isEqualTo(300);
        assertThat(entry.heartRateHistogram().secondsAt(150)).isEqualTo(299);
        assertThat(entry.heartRateHistogram().secondsAt(175)).isEqualTo(109);
        assertThat(entry.maxHeartRate()).isEqualTo(175);
        assertThat(zones(run)).containsExactly(300, 299, 0, 0, 109);
    }

    @Test
    void aTcxActivityGivesTheSame() throws IOException {
        Session run = imported("pyramid.tcx", HeartRateFiles.tcx(PYRAMID).getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(zones(run)).containsExactly(300, 299, 0, 0, 109);
        assertThat(new SessionHeartRates(ATHLETE).of(run).orElseThrow().zonesFrom())
                .isEqualTo(SessionHeartRates.ZonesFrom.RECORDING);
    }

    @Test
    void aFitActivityCountsEachSecondAtItsRecord() throws IOException {
        // 600 s with a record a second at 120 + (second mod 40): 15 s at each of 120–159 bpm. Z1 is 120–144 (25 rates,
        // 375 s), Z2 145–152 (8, 120 s), Z3 153–159 (7, 105 s). The device states a maximum of 159.
        Session run = imported("run.fit", FitFixtures.run(FitFixtures.GARMIN_WATCH, 600, false)).get(0);

        EnduranceEntry entry = (EnduranceEntry) run.entries().get(0);
        assertThat(entry.heartRateHistogram().lowest()).isEqualTo(120);
        assertThat(entry.heartRateHistogram().highest()).isEqualTo(159);
        assertThat(entry.heartRateHistogram().secondsAt(133)).isEqualTo(15);
        assertThat(entry.maxHeartRate()).isEqualTo(159);
        assertThat(zones(run)).containsExactly(375, 120, 105, 0, 0);
    }

    @Test
    void theHandWrittenGpxFixtureHoldsEachReadingForHalfAMinute() {
        // 140, 150, 160, 150, 140, 160 every 30 s: the last reading ends the track.
        EnduranceEntry entry = (EnduranceEntry) Fixtures.read("run-hr-1.1.gpx").workouts().get(0).entries().get(0);
        assertThat(entry.heartRateHistogram()).isEqualTo(new HeartRateHistogram.Builder().add(140, 60).add(150, 60)
                .add(160, 30).build().orElseThrow());
        assertThat(entry.maxHeartRate()).isEqualTo(160);
    }

    @Test
    void aFileWithoutHeartRateKeepsNoRecording() {
        EnduranceEntry entry = (EnduranceEntry) Fixtures.read("walk-1.0.gpx").workouts().get(0).entries().get(0);
        assertThat(entry.heartRateHistogram()).isNull();
        assertThat(entry.maxHeartRate()).isNull();
    }
}

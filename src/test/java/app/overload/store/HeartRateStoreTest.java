package app.overload.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import app.overload.domain.AthleteSettings;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.HeartRateHistogram;
import app.overload.domain.LoadMeasure;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.SessionId;
import app.overload.domain.TrimpCurve;
import app.overload.domain.Workout;
import app.overload.domain.ZoneBasis;
import app.overload.domain.ZoneScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format 5: an entry's maximum and recording, and the athlete's settings, come back as they were saved. */
class HeartRateStoreTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 20, 7, 0);
    private static final HeartRateHistogram RECORDING = HeartRateHistogram.parse("140:600,0,0,0,0,1200,30,0,570");

    @TempDir
    Path folder;

    private static Workout run(HeartRateHistogram recording, Integer max) {
        return new Workout(SessionId.random(), START, Duration.ofMinutes(40), null, "", List.of(new EnduranceEntry(
                Modality.RUN, Distance.kilometres(8), Duration.ofMinutes(40), 146, null, List.of(), "", max,
                recording)), "Morning run");
    }

    @Test
    void aRunsMaximumAndRecordingComeBackEqualAndReachTheCharts() {
        try (Logbook logbook = Logbook.open(folder.resolve("log.db"))) {
            Workout run = run(RECORDING, 149);
            logbook.sessions().save(run);

            assertThat(logbook.sessions().find(run.id())).contains(run);
            assertThat(logbook.charts().endurance()).singleElement().satisfies(r -> {
                assertThat(r.maxHeartRate()).isEqualTo(149);
                assertThat(r.recording()).isEqualTo(RECORDING);
                assertThat(r.session()).isPositive();
            });
        }
    }

    @Test
    void aRecordingDamagedByAnotherToolIsReportedNamingTheSessionAndLeftOutOfCharts() throws Exception {
        Path file = folder.resolve("log.db");
        try (Logbook logbook = Logbook.open(file)) {
            logbook.sessions().save(run(RECORDING, null));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("UPDATE entry SET hr_histogram = 'beats'");
        }
        try (Logbook logbook = Logbook.open(file)) {
            assertThatThrownBy(() -> logbook.sessions().between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("The session of 2026-11-20")
                    .hasMessageContaining("A heart-rate recording reads like");
            assertThat(logbook.charts().endurance()).singleElement()
                    .satisfies(r -> assertThat(r.recording()).isNull());
        }
    }

    @Test
    void aFormatFourLogbookGainsTheColumnsAndTakesRecordings() throws Exception {
        Path file = folder.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (int version = 1; version <= 4; version++) {
                Migrations.apply(c, version);
            }
        }
        try (Logbook logbook = Logbook.open(file)) {
            assertThat(logbook.database().version()).isEqualTo(Migrations.latestVersion());
            assertThat(logbook.settings().athlete()).isEqualTo(AthleteSettings.NONE);
            Workout run = run(RECORDING, 149);
            logbook.sessions().save(run);
            assertThat(logbook.sessions().find(run.id())).contains(run);
        }
    }

    @Test
    void aRunWithoutHeartRateDetailIsWrittenAsBeforeIntoAFormatFourTable() throws Exception {
        Path file = folder.resolve("four.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (int version = 1; version <= 4; version++) {
                Migrations.apply(c, version);
            }
            c.setAutoCommit(false);
            SessionWriter.save(c, run(null, null)); // no max_hr or hr_histogram column named
            c.commit();
        }
    }

    @Test
    void theAthleteSettingsComeBackAsSaved() {
        try (Logbook logbook = Logbook.open(folder.resolve("log.db"))) {
            assertThat(logbook.settings().athlete()).isEqualTo(AthleteSettings.NONE);
            AthleteSettings mine = new AthleteSettings(188, 47, 171, Pace.perKilometre(Duration.ofSeconds(262)),
                    new ZoneScheme(ZoneBasis.THRESHOLD, List.of(81, 89, 94, 100)), LoadMeasure.HR_TSS,
                    TrimpCurve.WOMEN);
            logbook.settings().saveAthlete(mine);
            assertThat(logbook.settings().athlete()).isEqualTo(mine);

            AthleteSettings fewer = new AthleteSettings(null, null, null, null, null, LoadMeasure.SESSION_RPE,
                    TrimpCurve.MEN);
            logbook.settings().saveAthlete(fewer);
            assertThat(logbook.settings().athlete()).isEqualTo(fewer);
        }
    }
}

package app.overload.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.AthleteSettings;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.HeartRateHistogram;
import app.overload.domain.LoadMeasure;
import app.overload.domain.Modality;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.TrimpCurve;
import app.overload.domain.UnitPreferences;
import app.overload.domain.Workout;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log form and heart rate: a maximum typed in, a recording kept through edits and drafts, no stale pace. */
class LogHeartRateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final HeartRateHistogram RECORDING = new HeartRateHistogram.Builder().add(140, 1200)
            .add(158, 900).add(175, 300).build().orElseThrow();

    @TempDir
    Path folder;

    private Logbook logbook;
    private LogViewModel model;
    private final List<Session> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        logbook = Logbook.open(folder.resolve("log.db"));
        model = newModel();
    }

    private LogViewModel newModel() {
        LogViewModel m = new LogViewModel(logbook, new CurrentThreadTaskExecutor(),
                Clock.fixed(TODAY.atTime(18, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                new SimpleObjectProperty<>(UnitPreferences.METRIC));
        m.setOnSaved(saved::add);
        m.open();
        return m;
    }

    @AfterEach
    void close() {
        logbook.close();
    }

    @Test
    void showsNoPaceWhileTheDurationOrDistanceIsInvalid() {
        EnduranceModel run = model.addEndurance();
        run.distance().set("8");
        run.duration().set("40:00");
        assertThat(run.pace().text()).isEqualTo("5:00");

        run.duration().set("40:0x");
        assertThat(run.pace().text()).isEmpty();
        run.duration().set("");
        assertThat(run.pace().text()).isEmpty();
        run.duration().set("48:00");
        assertThat(run.pace().text()).isEqualTo("6:00");
        run.distance().set("8 km?");
        assertThat(run.pace().text()).isEmpty();
        run.distance().set("12");
        assertThat(run.pace().text()).isEqualTo("4:00");
    }

    @Test
    void aPaceTheUserTypedStaysAndTheDurationFollowsIt() {
        EnduranceModel run = model.addEndurance();
        run.distance().set("10");
        run.pace().set("5:00");
        assertThat(run.duration().text()).isEqualTo("50:00");
        run.pace().set("5:0");
        assertThat(run.pace().text()).isEqualTo("5:0");
        run.pace().set("4:30");
        assertThat(run.duration().text()).isEqualTo("45:00");
    }

    @Test
    void takesAMaximumHeartRateAndRefusesOneBelowTheAverageAtItsField() {
        EnduranceModel run = model.addEndurance();
        run.distance().set("8");
        run.duration().set("40:00");
        run.heartRate().set("150");
        run.maxHeartRate().set("140");
        assertThat(model.checks().validProperty().get()).isFalse();
        assertThat(run.maxHeartRate().error()).isEqualTo("Max heart rate (140) must be at least the average (150).");

        run.maxHeartRate().set("172");
        assertThat(model.checks().validProperty().get()).isTrue();
        assertThat(model.checks().summaryProperty().get()).contains("Run 8.0 km in 40:00, 5:00 /km, HR 150 avg, "
                + "172 max");
        model.save();
        assertThat(((EnduranceEntry) saved.get(0).entries().get(0)).maxHeartRate()).isEqualTo(172);
    }

    @Test
    void editingAnImportedRunKeepsItsRecordingAndShowsTheTimeInZones() {
        logbook.settings().saveAthlete(new AthleteSettings(190, 50, 170, null, null, LoadMeasure.SESSION_RPE,
                TrimpCurve.MEN));
        EnduranceEntry entry = new EnduranceEntry(Modality.RUN, Distance.kilometres(8), Duration.ofMinutes(40), 151,
                null, List.of(), "", 176, RECORDING);
        Workout imported = new Workout(SessionId.random(), TODAY.minusDays(1).atTime(7, 0), Duration.ofMinutes(40),
                null, "", List.of(entry), "Morning Run");
        logbook.sessions().save(imported);

        model.edit(imported.id());
        EnduranceModel run = (EnduranceModel) model.form().entries().get(0);
        assertThat(run.maxHeartRate().text()).isEqualTo("176");
        assertThat(run.recordingProperty().get()).isEqualTo("Recorded heart rate: 40:00, 140–175 bpm. "
                + "Z1 20:00 · Z2 0:00 · Z3 15:00 · Z4 0:00 · Z5 5:00.");
        run.distance().set("8.2");
        model.save();

        EnduranceEntry stored = (EnduranceEntry) logbook.sessions().find(imported.id()).orElseThrow().entries().get(0);
        assertThat(stored.heartRateHistogram()).isEqualTo(RECORDING);
        assertThat(stored.maxHeartRate()).isEqualTo(176);
        assertThat(stored.distance()).isEqualTo(Distance.kilometres(8.2));
    }

    @Test
    void aDraftKeepsTheRecordingOfTheRunBeingEdited() {
        EnduranceEntry entry = new EnduranceEntry(Modality.RUN, Distance.kilometres(8), Duration.ofMinutes(40), 151,
                null, List.of(), "", 176, RECORDING);
        Workout imported = new Workout(SessionId.random(), TODAY.minusDays(1).atTime(7, 0), Duration.ofMinutes(40),
                null, "", List.of(entry), "Morning Run");
        logbook.sessions().save(imported);
        model.edit(imported.id());
        model.form().notes().set("windy");
        model.saveDraft();

        LogViewModel restarted = newModel();
        restarted.checkForDraft(() -> { });
        restarted.restoreDraft();
        EnduranceModel run = (EnduranceModel) restarted.form().entries().get(0);
        assertThat(run.recordingProperty().get()).startsWith("Recorded heart rate: 40:00, 140–175 bpm. Set your "
                + "heart rates in Athlete settings");
        restarted.save();
        assertThat(((EnduranceEntry) logbook.sessions().find(imported.id()).orElseThrow().entries().get(0))
                .heartRateHistogram()).isEqualTo(RECORDING);
    }
}

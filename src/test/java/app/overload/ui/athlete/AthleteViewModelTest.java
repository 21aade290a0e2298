package app.overload.ui.athlete;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import app.overload.domain.AthleteSettings;
import app.overload.domain.DistanceUnit;
import app.overload.domain.LoadMeasure;
import app.overload.domain.Pace;
import app.overload.domain.TrimpCurve;
import app.overload.domain.ZoneBasis;
import app.overload.domain.ZoneScheme;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The athlete settings dialog without a window: typing, zones as they follow, refusals at the field, saving. */
class AthleteViewModelTest {

    @TempDir
    Path folder;

    private Logbook logbook;
    private AthleteViewModel model;
    private int saves;

    @BeforeEach
    void open() {
        logbook = Logbook.open(folder.resolve("log.db"));
        model = new AthleteViewModel(logbook, new CurrentThreadTaskExecutor(), DistanceUnit.KM);
        model.setOnSaved(() -> saves++);
        model.load();
    }

    @AfterEach
    void close() {
        logbook.close();
    }

    private String bpm(int zone) {
        return model.zones().get(zone - 1).bpm().get();
    }

    @Test
    void anEmptyLogbookKnowsNothingAndHasNoZonesYet() {
        assertThat(model.maxHeartRate().text()).isEmpty();
        assertThat(model.basisProperty().get()).isEqualTo("Give a threshold or maximum heart rate to see your zones.");
        assertThat(bpm(1)).isEmpty();
        assertThat(model.validProperty().get()).isTrue();
    }

    @Test
    void zonesFollowTheMaximumThenTheThresholdAsTheyAreTyped() {
        model.maxHeartRate().set("190");
        assertThat(model.basisProperty().get()).isEqualTo("Zones by % of maximum heart rate, 190 bpm.");
        assertThat(model.zones().get(1).from().text()).isEqualTo("60");
        assertThat(bpm(2)).isEqualTo("114–132 bpm");

        model.thresholdHeartRate().set("170");
        assertThat(model.basisProperty().get()).isEqualTo("Zones by % of threshold heart rate (LTHR), 170 bpm.");
        assertThat(model.zones().get(1).from().text()).isEqualTo("85");
        assertThat(bpm(1)).isEqualTo("below 145 bpm");
        assertThat(bpm(5)).isEqualTo("from 170 bpm");

        model.zones().get(1).from().set("80");
        assertThat(bpm(2)).isEqualTo("136–152 bpm");
    }

    @Test
    void refusesNonsenseAtTheFieldAndKeepsSaveOff() {
        model.maxHeartRate().set("19o");
        assertThat(model.maxHeartRate().error()).isEqualTo("Max heart rate must be a whole number (was \"19o\").");
        assertThat(model.validProperty().get()).isFalse();

        model.maxHeartRate().set("180");
        model.thresholdHeartRate().set("185");
        assertThat(model.maxHeartRate().error()).isEqualTo("Max heart rate (180) must be above the threshold heart "
                + "rate (185).");
        model.thresholdHeartRate().set("165");
        model.zones().get(2).from().set("84");
        assertThat(model.zones().get(2).from().error()).isEqualTo("Zone 3 must begin above zone 2 (84 % is not "
                + "above 85 %).");
        model.zones().get(2).from().set("90");
        model.thresholdPace().set("4.30");
        assertThat(model.thresholdPace().error()).startsWith("Threshold pace is minutes and seconds per km");
        model.thresholdPace().set("4:30");
        assertThat(model.validProperty().get()).isTrue();

        model.save(() -> { });
        assertThat(saves).isEqualTo(1);
    }

    @Test
    void savesWhatWasTypedAndReadsItBack() {
        model.maxHeartRate().set("188");
        model.restingHeartRate().set("47");
        model.thresholdHeartRate().set("171");
        model.thresholdPace().set("4:22");
        model.zones().get(1).from().set("81");
        model.loadMeasureProperty().set(LoadMeasure.HR_TSS);
        model.trimpCurveProperty().set(TrimpCurve.WOMEN);
        assertThat(model.measureNoteProperty().get()).isEmpty();
        boolean[] closed = {false};
        model.save(() -> closed[0] = true);

        assertThat(closed[0]).isTrue();
        assertThat(logbook.settings().athlete()).isEqualTo(new AthleteSettings(188, 47, 171,
                Pace.perKilometre(Duration.ofSeconds(262)), new ZoneScheme(ZoneBasis.THRESHOLD,
                        List.of(81, 90, 95, 100)), LoadMeasure.HR_TSS, TrimpCurve.WOMEN));

        AthleteViewModel again = new AthleteViewModel(logbook, new CurrentThreadTaskExecutor(), DistanceUnit.MI);
        again.load();
        assertThat(again.thresholdPace().text()).isEqualTo("7:02");
        assertThat(again.zones().get(1).from().text()).isEqualTo("81");
        assertThat(again.loadMeasureProperty().get()).isEqualTo(LoadMeasure.HR_TSS);
    }

    @Test
    void saysWhatTheChosenLoadStillNeeds() {
        model.maxHeartRate().set("190");
        model.loadMeasureProperty().set(LoadMeasure.HR_TSS);
        assertThat(model.measureNoteProperty().get()).isEqualTo("hrTSS needs your resting and threshold heart rate. "
                + "Until then loads are RPE × minutes.");
    }

    @Test
    void resetPutsTheZonesBackToTheDefaultsOfTheBasis() {
        model.thresholdHeartRate().set("170");
        model.zones().get(3).from().set("97");
        model.resetZones();
        assertThat(model.zones().get(3).from().text()).isEqualTo("95");
        model.save(() -> { });
        assertThat(logbook.settings().athlete().zones()).isNull();
    }
}

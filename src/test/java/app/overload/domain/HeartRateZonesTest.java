package app.overload.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Five zones by %LTHR (Friel) or by %HRmax, with the worked numbers of docs/charts.md. */
class HeartRateZonesTest {

    private static AthleteSettings athlete(Integer max, Integer resting, Integer threshold) {
        return new AthleteSettings(max, resting, threshold, null, null, LoadMeasure.SESSION_RPE, TrimpCurve.MEN);
    }

    @ParameterizedTest(name = "LTHR 170: {0} bpm is zone {1}, {2}")
    @CsvSource(textBlock = """
            100, 1, EASY
            144, 1, EASY
            145, 2, EASY
            152, 2, EASY
            153, 3, MODERATE
            161, 3, MODERATE
            162, 4, MODERATE
            169, 4, MODERATE
            170, 5, HARD
            200, 5, HARD
            """)
    void byThresholdHeartRate(int bpm, int zone, Intensity intensity) {
        // 85, 90, 95, 100 % of 170: 144.5, 153, 161.5, 170, so zones 2–5 begin at 145, 153, 162 and 170 bpm.
        HeartRateZones zones = athlete(190, 50, 170).heartRateZones().orElseThrow();
        assertThat(zones.zoneOf(bpm)).isEqualTo(zone);
        assertThat(zones.intensity(zones.zoneOf(bpm))).isEqualTo(intensity);
    }

    @ParameterizedTest(name = "HRmax 190: {0} bpm is zone {1}, {2}")
    @CsvSource(textBlock = """
            113, 1, EASY
            114, 2, EASY
            133, 3, EASY
            151, 3, EASY
            152, 4, MODERATE
            170, 4, MODERATE
            171, 5, HARD
            """)
    void byMaximumHeartRateWithoutAThreshold(int bpm, int zone, Intensity intensity) {
        // 60, 70, 80, 90 % of 190: 114, 133, 152, 171.
        HeartRateZones zones = athlete(190, null, null).heartRateZones().orElseThrow();
        assertThat(zones.scheme().basis()).isEqualTo(ZoneBasis.MAXIMUM);
        assertThat(zones.zoneOf(bpm)).isEqualTo(zone);
        assertThat(zones.intensity(zones.zoneOf(bpm))).isEqualTo(intensity);
    }

    @Test
    void rangesReadAsTheDialogShowsThem() {
        HeartRateZones zones = athlete(null, null, 170).heartRateZones().orElseThrow();
        assertThat(zones.range(1)).isEqualTo("below 145 bpm");
        assertThat(zones.range(2)).isEqualTo("145–152 bpm");
        assertThat(zones.range(5)).isEqualTo("from 170 bpm");
    }

    @Test
    void zonesTheUserMovedHoldOnlyForTheirBasis() {
        ZoneScheme mine = new ZoneScheme(ZoneBasis.THRESHOLD, List.of(80, 89, 94, 100));
        AthleteSettings withThreshold = new AthleteSettings(190, 50, 170, null, mine, LoadMeasure.SESSION_RPE,
                TrimpCurve.MEN);
        assertThat(withThreshold.heartRateZones().orElseThrow().lowerBound(2)).isEqualTo(136);
        AthleteSettings maxOnly = new AthleteSettings(190, 50, null, null, mine, LoadMeasure.SESSION_RPE,
                TrimpCurve.MEN);
        assertThat(maxOnly.scheme().orElseThrow()).isEqualTo(ZoneScheme.defaults(ZoneBasis.MAXIMUM));
        assertThat(AthleteSettings.NONE.heartRateZones()).isEmpty();
    }

    @Test
    void boundsCloseTogetherOnALowHeartRateStillGiveEachZoneABeat() {
        HeartRateZones zones = new ZoneScheme(ZoneBasis.MAXIMUM, List.of(60, 61, 62, 63)).at(100);
        assertThat(List.of(zones.lowerBound(2), zones.lowerBound(3), zones.lowerBound(4), zones.lowerBound(5)))
                .containsExactly(60, 61, 62, 63);
        HeartRateZones crowded = new ZoneScheme(ZoneBasis.MAXIMUM, List.of(60, 61, 62, 63)).at(80);
        assertThat(crowded.lowerBound(3)).isGreaterThan(crowded.lowerBound(2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            resting above threshold, 190, 110, 105, threshold heart rate
            threshold above max,     180,  50, 185, max heart rate
            max too low,              90,  50,    , max heart rate
            resting too high,        190, 130,    , resting heart rate
            """)
    void heartRatesOutOfOrderAreRefusedAtTheFieldThatIsWrong(String what, Integer max, Integer resting,
            Integer threshold, String field) {
        assertThatThrownBy(() -> athlete(max, resting, threshold)).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo(field));
    }

    @Test
    void zoneBoundsMustRiseAndStayInRange() {
        assertThatThrownBy(() -> new ZoneScheme(ZoneBasis.THRESHOLD, List.of(85, 85, 95, 100)))
                .hasMessage("Zone 3 must begin above zone 2 (85 % is not above 85 %).");
        assertThatThrownBy(() -> new ZoneScheme(ZoneBasis.MAXIMUM, List.of(20, 70, 80, 90)))
                .hasMessage("Zone 2 must begin between 30 and 130 % of HRmax (was 20 %).");
        assertThatThrownBy(() -> new ZoneScheme(ZoneBasis.MAXIMUM, List.of(60, 70, 80)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theHeartRateLoadsSayWhatTheyStillNeed() {
        assertThat(athlete(190, null, null).missingFor(LoadMeasure.TRIMP)).contains(
                "TRIMP needs your resting heart rate.");
        assertThat(athlete(null, null, null).missingFor(LoadMeasure.HR_TSS)).contains(
                "hrTSS needs your maximum, resting and threshold heart rate.");
        assertThat(athlete(190, 50, null).missingFor(LoadMeasure.TRIMP)).isEmpty();
        assertThat(athlete(190, 50, null).withLoadMeasure(LoadMeasure.HR_TSS).effectiveLoadMeasure())
                .isEqualTo(LoadMeasure.SESSION_RPE);
        assertThat(athlete(190, 50, 170).withLoadMeasure(LoadMeasure.HR_TSS).effectiveLoadMeasure())
                .isEqualTo(LoadMeasure.HR_TSS);
    }

    @Test
    void anEntryKeepsItsMaximumAndRecordingButNoMaximumBelowItsAverage() {
        EnduranceEntry run = new EnduranceEntry(Modality.RUN, Distance.kilometres(8), Duration.ofMinutes(40),
                150, null, List.of(), "", 171, HeartRateHistogram.parse("148:30,0,125"));
        assertThat(run.maxHeartRate()).isEqualTo(171);
        assertThat(run.hasHeartRate()).isTrue();
        assertThatThrownBy(() -> run.withHeartRate(140, null)).isInstanceOf(InvalidValueException.class)
                .hasMessage("Max heart rate (140) must be at least the average (150).");
    }
}

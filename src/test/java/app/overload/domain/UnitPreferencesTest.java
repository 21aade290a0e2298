package app.overload.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitPreferencesTest {

    @ParameterizedTest(name = "logged {0} kg reads \"{1}\" in kg and \"{2}\" in lb")
    @CsvSource(textBlock = """
            100,          100 kg,     220.5 lb
            102.5,        102.5 kg,   226 lb
            101.25,       101.25 kg,  223.2 lb
            102.05828,    102.1 kg,   225 lb
            102.0582,     102.1 kg,   225 lb
            102.6253,     102.6 kg,   226.25 lb
            0.56699,      0.6 kg,     1.25 lb
            62.35,        62.4 kg,    137.5 lb
            0,            0 kg,       0 lb
            """)
    void loggedLoadsReadAsTypedOrToATenth(double kg, String metric, String imperial) {
        assertThat(UnitPreferences.METRIC.format(Mass.kilograms(kg))).isEqualTo(metric);
        assertThat(UnitPreferences.IMPERIAL.format(Mass.kilograms(kg))).isEqualTo(imperial);
    }

    @ParameterizedTest(name = "logged {0} lb reads \"{1}\" in lb and \"{2}\" in kg")
    @CsvSource(textBlock = """
            225,     225 lb,     102.1 kg
            222.5,   222.5 lb,   100.9 kg
            226.25,  226.25 lb,  102.6 kg
            135,     135 lb,     61.2 kg
            """)
    void loadsTypedInPoundsReadAsTyped(double lb, String imperial, String metric) {
        assertThat(UnitPreferences.IMPERIAL.format(Mass.pounds(lb))).isEqualTo(imperial);
        assertThat(UnitPreferences.METRIC.format(Mass.pounds(lb))).isEqualTo(metric);
    }

    @ParameterizedTest(name = "target {0} kg reads \"{1}\" in kg and \"{2}\" in lb")
    @CsvSource(textBlock = """
            95,         95 kg,      210 lb
            102.5,      102.5 kg,   225 lb
            100,        100 kg,     220 lb
            120,        120 kg,     265 lb
            60,         60 kg,      130 lb
            101.25,     101.25 kg,  225 lb
            20,         20 kg,      45 lb
            102.0582,   102.5 kg,   225 lb
            103.1923,   102.5 kg,   227.5 lb
            1,          1 kg,       2.2 lb
            0,          0 kg,       0 lb
            1000,       1000 kg,    2200 lb
            """)
    void targetsReadAsLoadableWeightsToTheNearestPlateStep(double kg, String metric, String imperial) {
        assertThat(UnitPreferences.METRIC.formatTarget(Mass.kilograms(kg))).isEqualTo(metric);
        assertThat(UnitPreferences.IMPERIAL.formatTarget(Mass.kilograms(kg))).isEqualTo(imperial);
    }

    @ParameterizedTest(name = "{0} {1} against a target of {2} {3}: reached in kg {4}, in lb {5}")
    @CsvSource(textBlock = """
            225,   LB, 102.5, KG, false, true
            222.5, LB, 102.5, KG, false, false
            60,    KG, 135,   LB, true,  false
            57.5,  KG, 135,   LB, false, false
            102.5, KG, 225,   LB, true,  true
            100,   KG, 100,   KG, true,  true
            99.9,  KG, 100,   KG, false, true
            99.5,  KG, 100,   KG, false, false
            220,   LB, 100,   KG, false, true
            0,     KG, 0,     KG, true,  true
            """)
    void aLoadReachesATargetThatReadsNoHeavierInTheUnit(double load, MassUnit loadUnit, double target,
            MassUnit targetUnit, boolean inKg, boolean inLb) {
        Mass lifted = Mass.of(load, loadUnit);
        Mass aim = Mass.of(target, targetUnit);
        assertThat(UnitPreferences.METRIC.reaches(lifted, aim)).isEqualTo(inKg);
        assertThat(UnitPreferences.IMPERIAL.reaches(lifted, aim)).isEqualTo(inLb);
    }

    @ParameterizedTest(name = "target {0} lb reads \"{1}\" in lb and \"{2}\" in kg")
    @CsvSource(textBlock = """
            225,    225 lb,    102.5 kg
            135,    135 lb,    60 kg
            227.5,  227.5 lb,  102.5 kg
            315,    315 lb,    142.5 kg
            45,     45 lb,     20 kg
            """)
    void targetsWrittenInPoundsStayAndReadAsPlatesInKilograms(double lb, String imperial, String metric) {
        assertThat(UnitPreferences.IMPERIAL.formatTarget(Mass.pounds(lb))).isEqualTo(imperial);
        assertThat(UnitPreferences.METRIC.formatTarget(Mass.pounds(lb))).isEqualTo(metric);
    }

    @Test
    void aTargetFieldHoldsTheNumberAloneAndTheLoadableWeightIsExact() {
        assertThat(UnitPreferences.IMPERIAL.targetNumber(Mass.kilograms(95))).isEqualTo("210");
        assertThat(UnitPreferences.IMPERIAL.loadable(Mass.kilograms(95)).pounds()).isCloseTo(210, within(1e-9));
        assertThat(UnitPreferences.IMPERIAL.loadable(Mass.pounds(225))).isEqualTo(Mass.pounds(225));
        assertThat(UnitPreferences.METRIC.loadable(Mass.kilograms(102.5))).isEqualTo(Mass.kilograms(102.5));
    }

    @ParameterizedTest(name = "an increment of {0} {1} is {2} {3}")
    @CsvSource(textBlock = """
            2.5,   KG,  2.5,   KG
            2.5,   KG,  5,     LB
            5,     KG,  10,    LB
            1.25,  KG,  2.5,   LB
            2,     KG,  5,     LB
            1,     KG,  2.5,   LB
            0.5,   KG,  2.5,   LB
            5,     LB,  5,     LB
            5,     LB,  2.5,   KG
            10,    LB,  5,     KG
            2.5,   LB,  1.25,  KG
            0,     KG,  0,     LB
            """)
    void incrementsMoveAsPlatesNotAsWeight(double value, MassUnit from, double expected, MassUnit to) {
        UnitPreferences units = new UnitPreferences(to, DistanceUnit.KM);
        assertThat(units.increment(Mass.of(value, from)).in(to)).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest(name = "{0} m is \"{1}\" and \"{2}\"")
    @CsvSource(textBlock = """
            8000,  8.0 km,  5.0 mi
            400,   0.40 km, 0.25 mi
            21097.5, 21.1 km, 13.1 mi
            """)
    void distances(double metres, String metric, String imperial) {
        assertThat(UnitPreferences.METRIC.format(Distance.metres(metres))).isEqualTo(metric);
        assertThat(UnitPreferences.IMPERIAL.format(Distance.metres(metres))).isEqualTo(imperial);
    }

    @ParameterizedTest(name = "{0} s/km on a {1} reads \"{2}\" (metric) and \"{3}\" (imperial)")
    @CsvSource(textBlock = """
            301.5, RUN,  5:02 /km,     8:05 /mi
            120,   RIDE, 30.0 km/h,    18.6 mph
            1300,  SWIM, 2:10 /100 m,  2:10 /100 m
            250,   ROW,  2:05 /500 m,  2:05 /500 m
            """)
    void pacesAsEachSportReadsThem(double secondsPerKm, Modality modality, String metric, String imperial) {
        Pace pace = new Pace(secondsPerKm);
        assertThat(UnitPreferences.METRIC.format(pace, modality)).isEqualTo(metric);
        assertThat(UnitPreferences.IMPERIAL.format(pace, modality)).isEqualTo(imperial);
    }

    @Test
    void theSeedTempoPace() {
        Pace tempo = Pace.perMile(Duration.ofSeconds(7 * 60 + 15));
        assertThat(UnitPreferences.IMPERIAL.format(tempo)).isEqualTo("7:15 /mi");
        assertThat(UnitPreferences.METRIC.format(tempo)).isEqualTo("4:30 /km");
    }
}

package app.overload.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitPreferencesTest {

    @ParameterizedTest(name = "{0} kg is \"{1}\" in kg and \"{2}\" in lb")
    @CsvSource(textBlock = """
            100,       100 kg,   220.46 lb
            102.5,     102.5 kg, 225.97 lb
            102.05828, 102.06 kg, 225 lb
            0,         0 kg,     0 lb
            """)
    void loads(double kg, String metric, String imperial) {
        assertThat(UnitPreferences.METRIC.format(Mass.kilograms(kg))).isEqualTo(metric);
        assertThat(UnitPreferences.IMPERIAL.format(Mass.kilograms(kg))).isEqualTo(imperial);
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

    @org.junit.jupiter.api.Test
    void theSeedTempoPace() {
        Pace tempo = Pace.perMile(Duration.ofSeconds(7 * 60 + 15));
        assertThat(UnitPreferences.IMPERIAL.format(tempo)).isEqualTo("7:15 /mi");
        assertThat(UnitPreferences.METRIC.format(tempo)).isEqualTo("4:30 /km");
    }
}

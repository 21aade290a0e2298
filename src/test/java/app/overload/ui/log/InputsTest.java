package app.overload.ui.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import app.overload.domain.DistanceUnit;
import app.overload.domain.Interval;
import app.overload.domain.InvalidValueException;
import app.overload.domain.MassUnit;
import app.overload.domain.Modality;
import app.overload.domain.UnitPreferences;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputsTest {

    @ParameterizedTest(name = "\"{0}\" is {1} s")
    @CsvSource(textBlock = """
            40:12,   2412
            1:02:03, 3723
            45,      2700
            45 min,  2700
            1.5 h,   5400
            90 s,    90
            """)
    void readsDurationsAsClocksUnitsOrMinutes(String text, long seconds) {
        assertThat(Inputs.duration(text, "duration", Inputs.Plain.MINUTES, false)).hasSeconds(seconds);
    }

    @Test
    void readsAPlainRestAsSeconds() {
        assertThat(Inputs.duration("90", "rest", Inputs.Plain.SECONDS, true)).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void refusesThirtyHoursWithTheDomainsMessage() {
        assertThatThrownBy(() -> Inputs.duration("30:00:00", "duration", Inputs.Plain.MINUTES, false))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at most 24 hours");
    }

    @Test
    void refusesTextInANumberFieldNamingTheField() {
        assertThatThrownBy(() -> Inputs.wholeNumber("five", "reps")).isInstanceOf(InvalidValueException.class)
                .hasMessage("Reps must be a number (was \"five\").");
    }

    @Test
    void refusesANegativeLoad() {
        assertThatThrownBy(() -> Inputs.mass("-20", MassUnit.KG)).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("load");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-45  | LB | Load must be between 0 and 2204 lb (was -45 lb).",
        "2500 | LB | Load must be between 0 and 2204 lb (was 2500 lb).",
        "1001 | KG | Load must be between 0 and 1000 kg (was 1001 kg).",
    })
    void tellsAnOutOfRangeLoadInTheUnitItWasTypedIn(String typed, MassUnit unit, String message) {
        assertThatThrownBy(() -> Inputs.mass(typed, unit)).isInstanceOf(InvalidValueException.class)
                .hasMessage(message).extracting(e -> ((InvalidValueException) e).field()).isEqualTo("load");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-3   | MI | Distance must be between 0 and 621 mi (was -3 mi).",
        "700  | MI | Distance must be between 0 and 621 mi (was 700 mi).",
        "1200 | KM | Distance must be between 0 and 1000 km (was 1200 km).",
    })
    void tellsAnOutOfRangeDistanceInTheUnitItWasTypedIn(String typed, DistanceUnit unit, String message) {
        assertThatThrownBy(() -> Inputs.distance(typed, unit)).isInstanceOf(InvalidValueException.class)
                .hasMessage(message);
    }

    @Test
    void tellsTooMuchClimbingInFeetToAMileUser() {
        assertThatThrownBy(() -> Inputs.elevation("70000", DistanceUnit.MI)).isInstanceOf(InvalidValueException.class)
                .hasMessage("Elevation gain must be at most 65617 ft.");
        assertThat(Inputs.elevation("65000", DistanceUnit.MI).metres()).isCloseTo(19_812, Offset
                .offset(1.0));
    }

    @Test
    void readsLoadsInPoundsAsKilograms() {
        assertThat(Inputs.mass("225", MassUnit.LB).kilograms()).isCloseTo(102.06, Offset
                .offset(0.01));
        assertThat(Inputs.mass("102,5", MassUnit.KG).kilograms()).isEqualTo(102.5);
    }

    @Test
    void readsPacesAsTheirSportStatesThem() {
        assertThat(Inputs.pace("5:00", Modality.RUN, DistanceUnit.KM).secondsPerKilometre()).isEqualTo(300);
        assertThat(Inputs.pace("8:03", Modality.RUN, DistanceUnit.MI).secondsPerKilometre())
                .isCloseTo(300, Offset.offset(0.2));
        assertThat(Inputs.pace("30", Modality.RIDE, DistanceUnit.KM).secondsPerKilometre()).isEqualTo(120);
        assertThat(Inputs.pace("2:00", Modality.ROW, DistanceUnit.KM).secondsPerKilometre()).isEqualTo(240);
        assertThat(Inputs.paceText(Inputs.pace("2:00", Modality.ROW, DistanceUnit.MI), Modality.ROW, DistanceUnit.MI))
                .isEqualTo("2:00");
    }

    @Test
    void readsIntervalsTheWayRunnersWriteThem() {
        List<Interval> parsed = IntervalText.parse("8 × 400 m @ 1:35 / 200 m jog; 4 x 3:00 w/ 2:00 rest",
                DistanceUnit.KM);

        assertThat(parsed).hasSize(2);
        Interval first = parsed.get(0);
        assertThat(first.repeats()).isEqualTo(8);
        assertThat(first.workDistance().metres()).isEqualTo(400);
        assertThat(first.workDuration()).isEqualTo(Duration.ofSeconds(95));
        assertThat(first.recoveryDistance().metres()).isEqualTo(200);
        Interval second = parsed.get(1);
        assertThat(second.workDuration()).isEqualTo(Duration.ofMinutes(3));
        assertThat(second.recoveryDuration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(IntervalText.format(parsed, UnitPreferences.METRIC))
                .isEqualTo("8 × 400 m @ 1:35 / 200 m jog; 4 × 3:00 / 2:00 rest");
    }

    @Test
    void asksForAUnitWhenIntervalWorkIsABareNumber() {
        assertThatThrownBy(() -> IntervalText.parse("8 x 400", DistanceUnit.KM))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Interval 1 should read like");
    }
}

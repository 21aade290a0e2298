package app.overload.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.Plates;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthSet;
import app.overload.domain.UnitPreferences;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The warm-up ramp (bar × 10, 40 % × 5, 60 % × 3, 80 % × 1) on the standard bars and plates, rounded down to what
 * the plates make, with steps that round onto the one before (or onto the work) left out.
 */
class WarmUpSetsTest {

    @ParameterizedTest(name = "{1} {0} of work: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            KG | 100   | 20×10, 40×5, 60×3, 80×1
            KG | 102.5 | 20×10, 40×5, 60×3, 80×1
            KG | 143   | 20×10, 55×5, 85×3, 112.5×1
            KG | 60    | 20×10, 22.5×5, 35×3, 47.5×1
            KG | 30    | 20×10, 22.5×1
            KG | 22.5  | 20×10
            KG | 20    |
            KG | 15    |
            LB | 225   | 45×10, 90×5, 135×3, 180×1
            LB | 315   | 45×10, 125×5, 185×3, 250×1
            LB | 137   | 45×10, 50×5, 80×3, 105×1
            LB | 45    |
            """)
    void rampsUpToTheWorkOnThePlates(MassUnit unit, double work, String expected) {
        List<StrengthSet> sets = WarmUpSets.before(Mass.of(work, unit), Plates.standard(unit));

        assertThat(sets).allSatisfy(s -> assertThat(s.kind()).isEqualTo(SetKind.WARM_UP));
        UnitPreferences units = unit == MassUnit.KG ? UnitPreferences.METRIC : UnitPreferences.IMPERIAL;
        String text = sets.stream().map(s -> units.number(s.load()) + "×" + s.reps())
                .collect(Collectors.joining(", "));
        assertThat(text).isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0} kg on pound plates: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            100 | 45×10, 85×5, 130×3, 175×1
            """)
    void aKilogramWorkLoadOnPoundPlatesRampsInPounds(double kilograms, String expected) {
        List<StrengthSet> sets = WarmUpSets.before(Mass.kilograms(kilograms), Plates.standard(MassUnit.LB));

        String text = sets.stream().map(s -> UnitPreferences.IMPERIAL.number(s.load()) + "×" + s.reps())
                .collect(Collectors.joining(", "));
        assertThat(text).isEqualTo(expected);
    }
}

package app.overload.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The plate calculator on a 20 kg bar with 25 … 1.25 kg plates and a 45 lb bar with 45 … 2.5 lb plates: the plates
 * per side of a load, and for a load the plates cannot make, the heaviest one under it.
 */
class PlatesTest {

    private static final Plates KG = Plates.standard(MassUnit.KG);
    private static final Plates LB = Plates.standard(MassUnit.LB);

    @ParameterizedTest(name = "{0} kg: {1} per side")
    @CsvSource(delimiter = '|', textBlock = """
            20    | bar only
            22.5  | 1.25
            60    | 20
            100   | 25 · 15
            102.5 | 25 · 15 · 1.25
            140   | 25 · 25 · 10
            187.5 | 25 · 25 · 25 · 5 · 2.5 · 1.25
            """)
    void kilogramLoadsMadeExactly(double kilograms, String perSide) {
        Plates.Loading loading = KG.load(Mass.kilograms(kilograms));

        assertThat(loading.exact()).isTrue();
        assertThat(loading.perSideText()).isEqualTo(perSide);
        assertThat(loading.loaded()).isEqualTo(Mass.kilograms(kilograms));
    }

    @ParameterizedTest(name = "{0} lb: {1} per side")
    @CsvSource(delimiter = '|', textBlock = """
            45  | bar only
            95  | 25
            135 | 45
            225 | 45 · 45
            185 | 45 · 25
            230 | 45 · 45 · 2.5
            315 | 45 · 45 · 45
            """)
    void poundLoadsMadeExactly(double pounds, String perSide) {
        Plates.Loading loading = LB.load(Mass.pounds(pounds));

        assertThat(loading.exact()).isTrue();
        assertThat(loading.perSideText()).isEqualTo(perSide);
    }

    @ParameterizedTest(name = "{0} {1} cannot be made: {2} {1} with {3} per side")
    @CsvSource(delimiter = '|', textBlock = """
            KG | 101   | 100   | 25 · 15
            KG | 103.7 | 102.5 | 25 · 15 · 1.25
            KG | 21    | 20    | bar only
            LB | 137   | 135   | 45
            LB | 227.5 | 225   | 45 · 45
            LB | 47    | 45    | bar only
            """)
    void aLoadThePlatesCannotMakeGivesTheHeaviestBelowIt(MassUnit unit, double wanted, double made,
            String perSide) {
        Plates.Loading loading = Plates.standard(unit).load(Mass.of(wanted, unit));

        assertThat(loading.exact()).isFalse();
        assertThat(loading.loaded().in(unit)).isCloseTo(made, Offset.offset(1e-9));
        assertThat(loading.perSideText()).isEqualTo(perSide);
    }

    @Test
    void aKilogramLoadOnPoundPlatesIsAsCloseAsThePoundPlatesGoBelowIt() {
        Plates.Loading loading = LB.load(Mass.kilograms(100));

        assertThat(loading.exact()).isFalse();
        assertThat(loading.loaded().pounds()).isCloseTo(220, Offset.offset(1e-9));
        assertThat(loading.perSideText()).isEqualTo("45 · 35 · 5 · 2.5");
    }

    @Test
    void aPoundLoadReadBackFromKilogramsStillCountsAsExact() {
        Mass stored = Mass.kilograms(Mass.pounds(225).kilograms());

        assertThat(LB.load(stored).exact()).isTrue();
    }

    @Test
    void aLoadLighterThanTheBarSaysSo() {
        Plates.Loading loading = KG.load(Mass.kilograms(15));

        assertThat(loading.belowBar()).isTrue();
        assertThat(loading.exact()).isFalse();
        assertThat(loading.loaded()).isEqualTo(Mass.kilograms(20));
    }

    @Test
    void aSetThatGreedyLoadingCannotMakeIsStillMadeWithTheFewestPlates() {
        // 30 per side from 20s and 15s: heaviest-first would take a 20 and find no 10.
        Plates plates = new Plates(MassUnit.KG, 20, List.of(20.0, 15.0));

        Plates.Loading loading = plates.load(Mass.kilograms(80));

        assertThat(loading.exact()).isTrue();
        assertThat(loading.perSide()).containsExactly(15.0, 15.0);
    }

    @Test
    void fewestPlatesWinOverHeaviestFirst() {
        Plates.Loading loading = LB.load(Mass.pounds(165));

        assertThat(loading.perSide()).containsExactly(35.0, 25.0);
    }

    @Test
    void sizesAreSortedHeaviestFirstAndReadFromText() {
        Plates plates = new Plates(MassUnit.KG, 15, Plates.parseSizes("1,25 2.5; 10 5"));

        assertThat(plates.sizes()).containsExactly(10.0, 5.0, 2.5, 1.25);
        assertThat(plates.sizesText()).isEqualTo("10 5 2.5 1.25");
        assertThat(plates.describe()).isEqualTo("15 kg bar; 10, 5, 2.5, 1.25 kg plates");
    }

    @Test
    void nonsenseIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new Plates(MassUnit.KG, 20, List.of())).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("at least one plate");
        assertThatThrownBy(() -> new Plates(MassUnit.KG, -1, List.of(5.0)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("bar"));
        assertThatThrownBy(() -> new Plates(MassUnit.KG, 20, List.of(5.0, 5.0)))
                .hasMessageContaining("named twice");
        assertThatThrownBy(() -> new Plates(MassUnit.KG, 20, List.of(0.0))).hasMessageContaining("more than 0");
        assertThatThrownBy(() -> new Plates(MassUnit.KG, 20, List.of(1.125))).hasMessageContaining("two decimals");
        assertThatThrownBy(() -> Plates.parseSizes("25 twenty")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("\"twenty\"");
    }
}

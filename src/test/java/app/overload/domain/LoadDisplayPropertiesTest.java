package app.overload.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** The display rules of docs/units.md for any load, in both units. */
class LoadDisplayPropertiesTest {

    @Test
    void aTargetIsAWholeNumberOfPlateStepsOrWasWrittenInTheUnitOrIsLighterThanAStep() {
        qt().withExamples(3000).withFixedSeed(16L).forAll(doubles().between(0, Mass.MAX_KILOGRAMS))
                .checkAssert(kg -> {
                    for (UnitPreferences units : new UnitPreferences[] {UnitPreferences.METRIC,
                            UnitPreferences.IMPERIAL}) {
                        MassUnit unit = units.mass();
                        double shown = Double.parseDouble(units.targetNumber(Mass.kilograms(kg)));
                        double exact = Mass.kilograms(kg).in(unit);
                        double steps = shown / unit.smallestStep();
                        boolean wholeSteps = Math.abs(steps - Math.rint(steps)) < 1e-9;
                        boolean typed = Math.abs(exact * 4 - Math.rint(exact * 4)) < 0.002;
                        assertThat(wholeSteps || typed || exact < unit.smallestStep())
                                .as("%s kg shown as %s %s", kg, shown, unit.symbol()).isTrue();
                        // Nearest, except at the ceiling, where the step above would be more than a Mass holds.
                        boolean atCeiling = kg > Mass.MAX_KILOGRAMS - Mass.of(unit.smallestStep(), unit).kilograms();
                        assertThat(Math.abs(shown - exact)).as("%s kg in %s", kg, unit.symbol())
                                .isLessThanOrEqualTo((atCeiling ? unit.smallestStep() : unit.smallestStep() / 2) + 0.05);
                    }
                });
    }

    @Test
    void aLoadTypedOnAQuarterOfAUnitReadsBackAsTyped() {
        qt().withExamples(2000).withFixedSeed(17L).forAll(integers().between(0, 8800)).checkAssert(quarters -> {
            double lb = quarters / 4.0;
            String typed = UnitPreferences.number(lb, 2);
            assertThat(UnitPreferences.IMPERIAL.number(Mass.pounds(lb))).isEqualTo(typed);
            assertThat(UnitPreferences.IMPERIAL.targetNumber(Mass.pounds(lb))).isEqualTo(typed);
            // A block file keeps four decimals of a kilogram: still the number typed.
            double filed = Math.round(Mass.pounds(lb).kilograms() * 10_000) / 10_000.0;
            if (filed <= Mass.MAX_KILOGRAMS) {
                assertThat(UnitPreferences.IMPERIAL.number(Mass.kilograms(filed))).isEqualTo(typed);
            }
            if (lb <= Mass.MAX_KILOGRAMS) {
                assertThat(UnitPreferences.METRIC.number(Mass.kilograms(lb))).isEqualTo(typed);
            }
        });
    }

    @Test
    void aLoggedLoadNeverReadsMoreThanAHairFromWhatWasLifted() {
        qt().withExamples(2000).withFixedSeed(18L).forAll(doubles().between(0, Mass.MAX_KILOGRAMS))
                .checkAssert(kg -> {
                    String shown = UnitPreferences.IMPERIAL.number(Mass.kilograms(kg));
                    assertThat(Double.parseDouble(shown)).isCloseTo(Mass.kilograms(kg).pounds(), within(0.0501));
                    assertThat(shown).matches("\\d+(\\.\\d{1,2})?");
                });
    }
}

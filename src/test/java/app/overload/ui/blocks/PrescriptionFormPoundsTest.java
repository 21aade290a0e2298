package app.overload.ui.blocks;

import static app.overload.ui.blocks.PrescriptionFormTest.GOBLET;
import static app.overload.ui.blocks.PrescriptionFormTest.SQUAT;
import static app.overload.ui.blocks.PrescriptionFormTest.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import app.overload.domain.LoadTarget;
import app.overload.domain.Mass;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.SetKind;
import app.overload.domain.UnitPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The plan editor's prescription form on a plan written in kilograms, read in pounds: loads one can load, increments
 * in pound plates, and what was not retyped saved as it was.
 */
class PrescriptionFormPoundsTest {

    static final Prescription.Strength SQUAT_95 = Prescription.Strength.sets(SQUAT.id(), 5, 5, Mass.kilograms(95),
            ProgressionRule.Linear.standard(Mass.kilograms(2.5)));

    @ParameterizedTest(name = "{0} kg with a {1} kg increment reads {2} / {3} in kg and {4} / {5} in lb")
    @CsvSource(textBlock = """
            95,    2.5, 95,    2.5, 210, 5
            102.5, 5,   102.5, 5,   225, 10
            60,    2,   60,    2,   130, 5
            """)
    void showsLoadsAndIncrementsInTheUsersPlates(double kg, double increment, String kgLoad, String kgStep,
            String lbLoad, String lbStep) {
        Prescription rx = Prescription.Strength.sets(SQUAT.id(), 5, 5, Mass.kilograms(kg),
                ProgressionRule.Linear.standard(Mass.kilograms(increment)));
        PrescriptionForm metric = form(UnitPreferences.METRIC);
        metric.fill(rx);
        PrescriptionForm imperial = form(UnitPreferences.IMPERIAL);
        imperial.fill(rx);

        assertThat(metric.sets()).extracting(s -> s.load().text()).containsOnly(kgLoad);
        assertThat(metric.rule().increment().text()).isEqualTo(kgStep);
        assertThat(imperial.sets()).extracting(s -> s.load().text()).containsOnly(lbLoad);
        assertThat(imperial.rule().increment().text()).isEqualTo(lbStep);
    }

    @Test
    void savedWithoutRetypingThePrescriptionIsUnchanged() {
        PrescriptionForm form = form(UnitPreferences.IMPERIAL);
        form.fill(SQUAT_95);

        assertThat(form.build().orElseThrow()).isEqualTo(SQUAT_95);
    }

    @Test
    void aRetypedLoadOrIncrementIsReadInPounds() {
        PrescriptionForm form = form(UnitPreferences.IMPERIAL);
        form.fill(SQUAT_95);
        form.sets().get(0).load().set("215");
        form.rule().increment().set("10");

        Prescription.Strength rx = (Prescription.Strength) form.build().orElseThrow();

        assertThat(((LoadTarget.Fixed) rx.sets().get(0).load()).load()).isEqualTo(Mass.pounds(215));
        assertThat(((LoadTarget.Fixed) rx.sets().get(1).load()).load()).isEqualTo(Mass.kilograms(95));
        assertThat(((ProgressionRule.Linear) rx.rule()).increment()).isEqualTo(Mass.pounds(10));
    }

    @Test
    void aTrainingMaxAndAChainCriterionReadAsLoadsOneCanLoad() {
        Prescription tm = new Prescription.Strength(SQUAT.id(), List.of(
                new PrescribedSet(5, SetKind.AMRAP, new LoadTarget.PercentOfTrainingMax(0.85), null)),
                new ProgressionRule.TrainingMax(Mass.kilograms(140), Mass.kilograms(5)));
        Prescription chain = Prescription.Strength.sets(GOBLET.id(), 3, 10, Mass.kilograms(20),
                new ProgressionRule.ExerciseChain(SQUAT.id(), 3, 10, Mass.kilograms(28), Mass.kilograms(2)));
        PrescriptionForm form = form(UnitPreferences.IMPERIAL);

        form.fill(tm);
        assertThat(form.rule().trainingMax().text()).isEqualTo("310");
        assertThat(form.rule().increment().text()).isEqualTo("10");
        assertThat(form.build().orElseThrow()).isEqualTo(tm);

        form.fill(chain);
        assertThat(form.sets().get(0).load().text()).isEqualTo("45");
        assertThat(form.rule().criterion().text()).isEqualTo("60");
        assertThat(form.rule().increment().text()).isEqualTo("5");
        assertThat(form.build().orElseThrow()).isEqualTo(chain);
    }
}

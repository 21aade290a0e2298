package app.overload.ui.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import app.overload.domain.BodyRegion;
import app.overload.domain.Distance;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.Interval;
import app.overload.domain.LoadTarget;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.MovementPattern;
import app.overload.domain.Pace;
import app.overload.domain.PaceTarget;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.SetKind;
import app.overload.domain.UnitPreferences;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The prescription editor's model: every kind and rule round-trips, and refusals land at their field. */
class PrescriptionFormTest {

    static final Exercise SQUAT = new Exercise(ExerciseId.of("back-squat"), "Back squat", MovementPattern.SQUAT,
            BodyRegion.LOWER, Mass.kilograms(2.5), Duration.ofMinutes(3), null);
    static final Exercise GOBLET = new Exercise(ExerciseId.of("goblet-squat"), "Goblet squat", MovementPattern.SQUAT,
            BodyRegion.LOWER, Mass.kilograms(2), Duration.ofMinutes(2), SQUAT.id());

    static PrescriptionForm form(UnitPreferences units) {
        return new PrescriptionForm(units, List.of(SQUAT, GOBLET));
    }

    static Prescription roundTrip(Prescription rx, UnitPreferences units) {
        PrescriptionForm form = form(units);
        form.fill(rx);
        return form.build().orElseThrow();
    }

    @Test
    void fiveThreeOneSetsAndTheirTrainingMaxComeBackUnchanged() {
        Prescription rx = new Prescription.Strength(SQUAT.id(), List.of(
                new PrescribedSet(5, SetKind.WORKING, new LoadTarget.PercentOfTrainingMax(0.65), null),
                new PrescribedSet(5, SetKind.WORKING, new LoadTarget.PercentOfTrainingMax(0.75), null),
                new PrescribedSet(5, SetKind.AMRAP, new LoadTarget.PercentOfTrainingMax(0.85), null)),
                new ProgressionRule.TrainingMax(Mass.kilograms(140), Mass.kilograms(5)));

        assertThat(roundTrip(rx, UnitPreferences.METRIC)).isEqualTo(rx);
    }

    @Test
    void rulesComeBackUnchanged() {
        for (ProgressionRule rule : List.of(ProgressionRule.Linear.standard(Mass.kilograms(2.5)),
                new ProgressionRule.DoubleProgression(8, 12, Mass.kilograms(2.5)),
                new ProgressionRule.RpeBased(Mass.kilograms(2.5)),
                new ProgressionRule.ExerciseChain(SQUAT.id(), 3, 10, Mass.kilograms(28), Mass.kilograms(2)),
                new ProgressionRule.Hold())) {
            Prescription rx = Prescription.Strength.sets(GOBLET.id(), 3, 10, Mass.kilograms(20), rule);
            assertThat(roundTrip(rx, UnitPreferences.METRIC)).as("%s", rule).isEqualTo(rx);
        }
    }

    @Test
    void runsWithAPaceOrIntervalsComeBackUnchanged() {
        Prescription tempo = new Prescription.Endurance(Modality.RUN, Distance.kilometres(6), null,
                new PaceTarget.AtPace(Pace.perKilometre(Duration.ofSeconds(325))), List.of(),
                new ProgressionRule.Endurance(0.03, Distance.kilometres(1)));
        Prescription repeats = new Prescription.Endurance(Modality.RUN, null, null, new PaceTarget.InZone(4),
                List.of(new Interval(6, Distance.metres(800), null, Distance.metres(400), null)),
                new ProgressionRule.Hold());

        assertThat(roundTrip(tempo, UnitPreferences.METRIC)).isEqualTo(tempo);
        assertThat(roundTrip(repeats, UnitPreferences.METRIC)).isEqualTo(repeats);
    }

    @Test
    void readsLoadsAndPacesInTheUsersUnits() {
        PrescriptionForm form = form(UnitPreferences.IMPERIAL);
        form.start(PrescriptionForm.Kind.STRENGTH);
        form.exerciseProperty().set(SQUAT);
        form.sets().forEach(s -> s.load().set("225"));

        Prescription.Strength rx = (Prescription.Strength) form.build().orElseThrow();

        assertThat(((LoadTarget.Fixed) rx.sets().get(0).load()).load().pounds()).isCloseTo(225,
                Offset.offset(1e-9));
        assertThat(rx.rule()).isEqualTo(ProgressionRule.Linear.standard(Mass.pounds(5)));
    }

    @Test
    void refusesEachBadValueAtItsField() {
        PrescriptionForm form = form(UnitPreferences.METRIC);
        form.start(PrescriptionForm.Kind.STRENGTH);
        form.exerciseProperty().set(SQUAT);
        form.sets().get(0).reps().set("0");
        form.sets().get(1).load().set("heavy");
        form.rule().increment().set("-1");

        assertThat(form.build()).isEmpty();
        assertThat(form.sets().get(0).reps().error()).isEqualTo("Reps must be between 1 and 100 (was 0).");
        assertThat(form.sets().get(1).load().error()).isEqualTo("Load must be a number (was \"heavy\").");
        assertThat(form.rule().increment().error()).startsWith("Increment must be between 0 and");
    }

    @Test
    void aShareOfTheTrainingMaxNeedsTheTrainingMaxRule() {
        PrescriptionForm form = form(UnitPreferences.METRIC);
        form.start(PrescriptionForm.Kind.STRENGTH);
        form.exerciseProperty().set(SQUAT);
        form.loadKindProperty().set(PrescriptionForm.LoadKind.PERCENT_TM);
        form.sets().forEach(s -> s.load().set("80"));

        assertThat(form.build()).isEmpty();
        assertThat(form.messageProperty().get()).startsWith("Sets at a share of the training max need");
    }

    @Test
    void aRunNeedsADistanceATimeOrRepeats() {
        PrescriptionForm form = form(UnitPreferences.METRIC);
        form.start(PrescriptionForm.Kind.ENDURANCE);

        assertThat(form.build()).isEmpty();
        assertThat(form.distance().error()).isEqualTo("Give a distance, a duration or intervals.");
        form.duration().set("40");
        assertThat(form.build()).contains(new Prescription.Endurance(Modality.RUN, null, Duration.ofMinutes(40), null,
                List.of(), new ProgressionRule.Hold()));
    }

    @Test
    void aTimedActivityNeedsAName() {
        PrescriptionForm form = form(UnitPreferences.METRIC);
        form.start(PrescriptionForm.Kind.TIMED);
        form.duration().set("30");

        assertThat(form.build()).isEmpty();
        assertThat(form.activity().error()).isEqualTo("Name the activity, such as yoga or stairs.");
    }
}

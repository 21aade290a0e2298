package app.overload.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import app.overload.TempLogbook;
import app.overload.domain.BlockStatus;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.ExerciseNames;
import app.overload.domain.Modality;
import app.overload.domain.PlannedSession;
import app.overload.domain.Prescription;
import app.overload.domain.PrescriptionText;
import app.overload.domain.Purpose;
import app.overload.domain.Rpe;
import app.overload.domain.SessionId;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.sample.SampleLogbook;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import app.overload.ui.TestLogbooks;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "This week's target" on the log form, on the sample athlete's Monday 23 Nov 2026: week 7 of the running 5×5
 * (Workout A today, Workout B on Wednesday) and week 8 of the half marathon.
 */
class WeekTargetsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @RegisterExtension
    final TempLogbook temp = new TempLogbook("sample.db");

    private Logbook logbook;
    private final SimpleObjectProperty<UnitPreferences> units = new SimpleObjectProperty<>(UnitPreferences.METRIC);
    private LogViewModel model;

    @BeforeEach
    void open() {
        logbook = temp.open();
        SampleLogbook sample = SampleLogbook.generate(1, 1, MONDAY);
        logbook.saveAll(sample.blocks(), sample.sessions());
        TestLogbooks.notYetLogged(logbook, MONDAY);
        model = new LogViewModel(logbook, new CurrentThreadTaskExecutor(),
                Clock.fixed(MONDAY.atTime(18, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), units);
        model.open();
    }

    private StrengthModel entry(String exercise) {
        return model.form().entries().stream().filter(StrengthModel.class::isInstance).map(StrengthModel.class::cast)
                .filter(s -> s.exercise().equals(ExerciseId.of(exercise))).findFirst().orElseThrow();
    }

    private StrengthModel add(String exercise) {
        Exercise e = logbook.exercises().all().stream().filter(x -> x.id().equals(ExerciseId.of(exercise)))
                .findFirst().orElseThrow();
        return model.addExercise(e);
    }

    @Test
    void thePlannedSessionBeingLoggedGivesEachExerciseItsPrescription() {
        assertThat(model.form().kindProperty().get()).isEqualTo(LogForm.Kind.TRAINING);
        assertThat(model.form().plannedProperty().get().displayName()).isEqualTo("Workout A");

        assertThat(entry("back-squat").targetProperty().get()).isEqualTo("5×5 @ 92.5 kg");
        assertThat(entry("bench-press").targetProperty().get()).isEqualTo("5×5 @ 57.5 kg");
        assertThat(entry("chin-up").targetProperty().get()).isEqualTo("3×8 (body weight)");
    }

    @Test
    void anExerciseOfAnotherSessionThisWeekNamesThatSession() {
        StrengthModel deadlift = add("deadlift");

        assertThat(deadlift.targetProperty().get()).matches("1×5 @ [0-9.]+ kg \\(Workout B, Wed 25 Nov\\)");
    }

    @Test
    void aWorkoutStillShowsWhatThisWeeksPlanAsksForButNothingForAnUnplannedExercise() {
        model.form().kindProperty().set(LogForm.Kind.WORKOUT);

        // Turning to a workout took the plan's untouched entries away; a squat added by hand still gets its target.
        assertThat(add("back-squat").targetProperty().get()).isEqualTo("5×5 @ 92.5 kg (Workout A, Mon 23 Nov)");
        assertThat(add("leg-press").targetProperty().get()).isEmpty();
    }

    @Test
    void aRunInAWorkoutGetsTheWeeksNextRunNotDoneYet() {
        model.form().kindProperty().set(LogForm.Kind.WORKOUT);
        EnduranceModel run = model.addEndurance();

        assertThat(run.targetProperty().get()).isEqualTo("6 × 800 m (10.7 km in all) @ 4:03 /km (6 × 800 m, Tue 24 Nov)");
    }

    @Test
    void aRunAddedToAStrengthSessionHasNoTargetOfAnotherPurpose() {
        // Workout A (heavy strength) is being logged: the week's runs are of other purposes.
        assertThat(model.addEndurance().targetProperty().get()).isEmpty();
    }

    private TrainingBlock half() {
        return logbook.blocks().all().stream().filter(b -> b.name().startsWith("Half")
                && b.status(MONDAY) == BlockStatus.ACTIVE).findFirst().orElseThrow();
    }

    private static PlannedSession plannedOf(TrainingBlock block, Purpose purpose) {
        return block.plannedIn(block.weekOf(MONDAY).orElseThrow()).stream().filter(p -> p.purpose() == purpose)
                .findFirst().orElseThrow();
    }

    private static String expected(TrainingBlock block, PlannedSession planned) {
        return new PrescriptionText(UnitPreferences.METRIC, ExerciseNames.keysOnly())
                .endurance((Prescription.Endurance) planned.prescriptions().get(0)) + " (" + planned.displayName()
                + ", " + DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH)
                        .format(block.dateOf(planned)) + ")";
    }

    /** The form turned into an unplanned training session of the half marathon block with this purpose. */
    private EnduranceModel unplannedRun(LogViewModel on, Purpose purpose) {
        on.form().kindProperty().set(LogForm.Kind.TRAINING);
        on.form().blockProperty().set(half());
        on.form().plannedProperty().set(null);
        on.form().purposeProperty().set(purpose);
        return on.addEndurance();
    }

    @Test
    void anUnplannedTempoRunPointsAtTheWeeksTempoRun() {
        TrainingBlock half = half();
        EnduranceModel run = unplannedRun(model, Purpose.TEMPO);

        assertThat(run.targetProperty().get()).isEqualTo(expected(half, plannedOf(half, Purpose.TEMPO)));
        model.form().purposeProperty().set(Purpose.LONG_RUN);
        assertThat(run.targetProperty().get()).isEqualTo(expected(half, plannedOf(half, Purpose.LONG_RUN)));
    }

    @Test
    void onceTheWeeksTempoRunIsDoneATempoRunHasNoTargetRatherThanTheLongRun() {
        TrainingBlock half = half();
        PlannedSession tempo = plannedOf(half, Purpose.TEMPO);
        LocalDate day = half.dateOf(tempo);
        logbook.sessions().save(new TrainingSession(SessionId.random(), day.atTime(7, 0), Duration.ofMinutes(50),
                Rpe.of(7), "", List.of(EnduranceEntry.of(Modality.RUN, Distance.kilometres(9.7),
                        Duration.ofMinutes(42))), half.id(), Purpose.TEMPO, tempo.id()));
        LogViewModel later = new LogViewModel(logbook, new CurrentThreadTaskExecutor(),
                Clock.fixed(day.plusDays(1).atTime(18, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), units);
        later.open();

        EnduranceModel run = unplannedRun(later, Purpose.TEMPO);

        assertThat(run.targetProperty().get()).isEmpty();
    }

    @Test
    void followsTheUnitsAndTheDate() {
        StrengthModel squat = entry("back-squat");
        units.set(UnitPreferences.IMPERIAL);
        // The plan's 92.5 kg is 203.93 lb: the target reads as the nearest load in pounds.
        assertThat(squat.targetProperty().get()).isEqualTo("5×5 @ 205 lb");

        model.form().kindProperty().set(LogForm.Kind.WORKOUT);
        model.form().date().set("2026-12-01");
        assertThat(squat.targetProperty().get()).as("week 8's deload, nearest to that Tuesday")
                .startsWith("3×5 @ ").endsWith(" lb (Workout B, Mon 30 Nov)");
    }
}

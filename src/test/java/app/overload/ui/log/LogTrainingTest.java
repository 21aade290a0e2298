package app.overload.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import app.overload.TempLogbook;
import app.overload.domain.BlockId;
import app.overload.domain.Distance;
import app.overload.domain.ExerciseId;
import app.overload.domain.LoadTarget;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.PaceTarget;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.Rpe;
import app.overload.domain.Session;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A training day: the active block's planned session for today fills the form from its prescriptions. */
class LogTrainingTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @RegisterExtension
    final TempLogbook temp = new TempLogbook("training.db");

    private Logbook logbook;
    private TrainingBlock block;
    private final List<Session> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        logbook = temp.open();
        ExerciseId squat = ExerciseId.of("back-squat");
        List<PlannedSession> plan = new ArrayList<>();
        for (int week = 1; week <= 4; week++) {
            plan.add(new PlannedSession(PlannedSessionId.random(), week, DayOfWeek.MONDAY, Purpose.HEAVY_STRENGTH,
                    "Squat day", List.of(
                            new Prescription.Strength(squat, List.of(
                                    new PrescribedSet(5, SetKind.WORKING,
                                            new LoadTarget.PercentOfTrainingMax(0.85), null),
                                    new PrescribedSet(5, SetKind.AMRAP,
                                            new LoadTarget.PercentOfTrainingMax(0.85), null)),
                                    new ProgressionRule.TrainingMax(Mass.kilograms(140), Mass.kilograms(5))),
                            new Prescription.Strength(ExerciseId.of("bench-press"), List.of(
                                    new PrescribedSet(3, SetKind.WORKING, new LoadTarget.AtRpe(Rpe.of(8)), null)),
                                    new ProgressionRule.RpeBased(Mass.kilograms(2.5))),
                            new Prescription.Endurance(Modality.RUN, Distance.kilometres(5), null,
                                    new PaceTarget.AtPace(Pace.perKilometre(Duration.ofMinutes(5))), List.of(),
                                    new ProgressionRule.Hold())), ""));
        }
        LocalDate start = MONDAY.minusWeeks(1);
        block = new TrainingBlock(BlockId.random(), "Squat cycle", new StrengthGoal(squat, Mass.kilograms(140), 5),
                start, start.plusDays(27), 4, List.of(), List.of(), List.of(), List.of(), plan, "", null);
        logbook.blocks().save(block);
    }

    private LogViewModel model(UnitPreferences units) {
        LogViewModel model = new LogViewModel(logbook, new CurrentThreadTaskExecutor(),
                Clock.fixed(MONDAY.atTime(18, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                new SimpleObjectProperty<>(units));
        model.setOnSaved(saved::add);
        model.open();
        return model;
    }

    @Test
    void aDateFarFromTodayReadsTheBlocksActiveThen() {
        LocalDate longAgo = MONDAY.minusYears(3);
        TrainingBlock old = new TrainingBlock(BlockId.random(), "Old cycle", block.goal(), longAgo.minusDays(3),
                longAgo.plusDays(24), 4, List.of(), List.of(), List.of(), List.of(), List.of(), "", null);
        logbook.blocks().save(old);
        LogViewModel model = model(UnitPreferences.METRIC);
        assertThat(model.blocks()).containsExactly(block);

        model.form().date().textProperty().set(longAgo.toString());

        assertThat(model.blocks()).containsExactly(old);
    }

    @Test
    void fillsTodaysPlannedSessionFromItsPrescriptions() {
        LogViewModel model = model(UnitPreferences.METRIC);
        LogForm form = model.form();

        assertThat(form.kindProperty().get()).isEqualTo(LogForm.Kind.TRAINING);
        assertThat(form.blockProperty().get()).isEqualTo(block);
        assertThat(form.plannedProperty().get()).isEqualTo(block.plannedIn(2).get(0));
        assertThat(form.purposeProperty().get()).isEqualTo(Purpose.HEAVY_STRENGTH);
        assertThat(form.entries()).hasSize(3);

        StrengthModel squat = (StrengthModel) form.entries().get(0);
        assertThat(squat.sets()).extracting(s -> s.load().text()).containsExactly("117.5", "117.5");
        assertThat(squat.sets().get(0).load().hintProperty().get()).isEqualTo("85 % TM");
        assertThat(squat.sets().get(1).kindProperty().get()).isEqualTo(SetKind.AMRAP);
        StrengthModel bench = (StrengthModel) form.entries().get(1);
        assertThat(bench.sets().get(0).load().text()).isEmpty();
        assertThat(bench.sets().get(0).load().hintProperty().get()).isEqualTo("@ RPE 8");
        EnduranceModel run = (EnduranceModel) form.entries().get(2);
        assertThat(run.distance().text()).isEqualTo("5");
        assertThat(run.duration().text()).isEqualTo("25:00");
        assertThat(squat.targetProperty().get()).isEqualTo("5, 5+ @ 85 % TM (117.5, 117.5 kg)");
        assertThat(bench.targetProperty().get()).isEqualTo("1×3 @ RPE 8");
        assertThat(run.targetProperty().get()).isEqualTo("5.0 km @ 5:00 /km");
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void roundsTrainingMaxLoadsToPoundPlatesForPoundUsers() {
        StrengthModel squat = (StrengthModel) model(UnitPreferences.IMPERIAL).form().entries().get(0);

        // 85 % of 140 kg is 262.4 lb; the bar loads 260 lb.
        assertThat(squat.sets().get(0).load().text()).isEqualTo("260");
    }

    @Test
    void savesATrainingSessionThatPointsAtItsPlannedSession() {
        LogViewModel model = model(UnitPreferences.METRIC);
        StrengthModel bench = (StrengthModel) model.form().entries().get(1);
        bench.sets().get(0).load().set("80");

        model.save();

        assertThat(saved).singleElement().isInstanceOfSatisfying(TrainingSession.class, t -> {
            assertThat(t.block()).isEqualTo(block.id());
            assertThat(t.plannedSession()).isEqualTo(block.plannedIn(2).get(0).id());
            assertThat(t.purpose()).isEqualTo(Purpose.HEAVY_STRENGTH);
        });
    }

    @Test
    void anUnplannedTrainingSessionNeedsAPurpose() {
        LogViewModel model = model(UnitPreferences.METRIC);
        model.form().plannedProperty().set(null);
        model.form().purposeProperty().set(null);

        assertThat(model.checks().validProperty().get()).isFalse();
        assertThat(model.form().trainingMessage().error()).contains("purpose");

        ((StrengthModel) model.form().entries().get(1)).sets().get(0).load().set("80");
        model.form().kindProperty().set(LogForm.Kind.WORKOUT);
        assertThat(model.checks().validProperty().get()).isTrue();
    }

    @Test
    void aWorkoutOnAPlannedDayStartsEmptyUnlessThePlanWasAlreadyUsed() {
        LogViewModel untouched = model(UnitPreferences.METRIC);
        assertThat(untouched.form().entries()).hasSize(3);

        untouched.form().kindProperty().set(LogForm.Kind.WORKOUT);

        assertThat(untouched.form().entries()).isEmpty();
        assertThat(untouched.form().plannedProperty().get()).isNull();
        assertThat(untouched.plannedOfferProperty().get()).contains("Log it as training?");

        LogViewModel typedIn = model(UnitPreferences.METRIC);
        ((StrengthModel) typedIn.form().entries().get(1)).sets().get(0).load().set("80");

        typedIn.form().kindProperty().set(LogForm.Kind.WORKOUT);

        assertThat(typedIn.form().entries()).hasSize(3);
    }
}

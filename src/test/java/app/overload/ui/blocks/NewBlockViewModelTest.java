package app.overload.ui.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import app.overload.TempLogbook;
import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** New block…: a template filled from a level, from scratch, and every bad input refused or warned at its field. */
class NewBlockViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @RegisterExtension
    final TempLogbook temp = new TempLogbook("blocks.db");

    Logbook logbook;
    final List<TrainingBlock> created = new ArrayList<>();

    @BeforeEach
    void open() {
        logbook = temp.open();
    }

    NewBlockViewModel model() {
        NewBlockViewModel model = new NewBlockViewModel(new BlockData(logbook), new CurrentThreadTaskExecutor(),
                Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), UnitPreferences.METRIC);
        model.open();
        return model;
    }

    static void choose(NewBlockViewModel model, String title) {
        model.startProperty().set(model.starts().stream().filter(s -> s.title().equals(title)).findFirst()
                .orElseThrow());
    }

    static LevelInputs.Row level(NewBlockViewModel model, String exercise) {
        return model.levels().rows().stream().filter(r -> r.lift() && r.exercise().id().value().equals(exercise))
                .findFirst().orElseThrow();
    }

    @Test
    void startsFromTheFirstTemplateOnTheNextMonday() {
        NewBlockViewModel model = model();

        assertThat(model.starts()).extracting(NewBlockViewModel.Start::title).containsExactly("Linear 5×5",
                "Hypertrophy 8–12", "5/3/1 cycles", "5 km in 8 weeks", "Half marathon in 12 weeks",
                "Split squat to back squat", "From scratch");
        assertThat(model.dates().start().text()).isEqualTo("2026-11-30");
        assertThat(model.name().text()).isEqualTo("Linear 5×5 (Nov 2026)");
        assertThat(model.dates().weeks().text()).isEqualTo("12");
        assertThat(model.dates().derivedProperty().get()).isEqualTo("Ends Sun 21 Feb. This template runs 12 weeks.");
        assertThat(model.levels().rows()).extracting(r -> r.exercise().id().value()).containsExactly("back-squat",
                "bench-press", "barbell-row", "overhead-press", "deadlift");
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.preview()).hasSize(3).first().asString()
                .isEqualTo("Mon 30 Nov  Workout A: Back squat 5×5 @ 60 kg · Bench press 5×5 @ 45 kg · "
                        + "Barbell row 5×5 @ 45 kg");
    }

    @Test
    void fillsTheTemplateAndItsGoalFromTheLevelTyped() {
        NewBlockViewModel model = model();

        level(model, "back-squat").load().set("80");

        // The template's lifter squats 5 × 5 @ 60 kg and aims at 110 kg × 5; 20 kg stronger, the goal is 130 kg.
        assertThat(model.goal().load().text()).isEqualTo("130");
        assertThat(model.preview().get(0)).startsWith("Mon 30 Nov  Workout A: Back squat 5×5 @ 80 kg");
        model.create(created::add);

        assertThat(created).singleElement().satisfies(b -> {
            assertThat(b.goal()).isEqualTo(new StrengthGoal(ExerciseId.of("back-squat"), Mass.kilograms(130), 5));
            assertThat(b.plan()).hasSize(36);
            assertThat(b.start()).isEqualTo(LocalDate.of(2026, 11, 30));
        });
        assertThat(logbook.blocks().all()).extracting(TrainingBlock::name).containsExactly("Linear 5×5 (Nov 2026)");
    }

    @Test
    void aGoalTheUserSetStaysWhenTheLevelChanges() {
        NewBlockViewModel model = model();
        model.goal().load().set("150");

        level(model, "back-squat").load().set("80");

        assertThat(model.goal().load().text()).isEqualTo("150");
    }

    @Test
    void refusesAGoalDateBeforeTheStartAtThatFieldAndSavesNothing() {
        NewBlockViewModel model = model();
        choose(model, "From scratch");
        model.dates().lengthProperty().set(DateInputs.Length.GOAL_DATE);
        model.dates().goalDate().set("2026-11-01");

        model.create(created::add);

        assertThat(model.dates().goalDate().error()).isEqualTo("Goal date must not be before the start date.");
        assertThat(model.messageProperty().get()).isEqualTo("Not created: Goal date must not be before the start date.");
        assertThat(created).isEmpty();
        assertThat(logbook.blocks().all()).isEmpty();
    }

    @Test
    void aGoalDateOnTheStartDayIsAOneWeekBlock() {
        NewBlockViewModel model = model();
        choose(model, "From scratch");
        model.dates().lengthProperty().set(DateInputs.Length.GOAL_DATE);

        model.dates().goalDate().set(model.dates().start().text());

        assertThat(model.dates().goalDate().error()).isEmpty();
        assertThat(model.dates().derivedProperty().get()).startsWith("1 week.");
    }

    @Test
    void refusesZeroAndTwoHundredWeeks() {
        NewBlockViewModel model = model();
        choose(model, "From scratch");

        model.dates().weeks().set("0");
        assertThat(model.dates().weeks().error()).isEqualTo("Weeks must be between 1 and 52 (was 0).");
        model.dates().weeks().set("200");
        assertThat(model.dates().weeks().error()).isEqualTo("Weeks must be between 1 and 52 (was 200).");
        model.dates().lengthProperty().set(DateInputs.Length.GOAL_DATE);
        model.dates().goalDate().set("2030-09-01");
        assertThat(model.dates().goalDate().error()).isEqualTo("A block runs at most 52 weeks; this goal date is 196 "
                + "weeks after the start.");

        model.create(created::add);
        assertThat(logbook.blocks().all()).isEmpty();
    }

    @Test
    void aTemplateKeepsItsLength() {
        NewBlockViewModel model = model();

        model.dates().weeks().set("10");

        assertThat(model.dates().weeks().error()).isEqualTo("This template runs 12 weeks; it cannot be made longer or "
                + "shorter.");
        assertThat(model.validProperty().get()).isFalse();
    }

    @Test
    void aRaceTemplateEndsOnTheRaceDateGiven() {
        NewBlockViewModel model = model();
        choose(model, "Half marathon in 12 weeks");
        model.dates().lengthProperty().set(DateInputs.Length.GOAL_DATE);

        model.dates().goalDate().set("2027-02-07");

        assertThat(model.dates().derivedProperty().get()).startsWith("10 weeks.");
        assertThat(model.validProperty().get()).isTrue();
        model.create(created::add);
        assertThat(created).singleElement().satisfies(b -> {
            assertThat(b.weeks()).isEqualTo(10);
            assertThat(b.goalDate()).isEqualTo(LocalDate.of(2027, 2, 7));
        });
    }

    @Test
    void warnsButAllowsAGoalTheLevelAlreadyMeets() {
        NewBlockViewModel model = model();
        level(model, "back-squat").load().set("80");

        model.goal().load().set("75");

        assertThat(model.warnings())
                .anyMatch(w -> w.startsWith("Your current level (80 kg × 5) already meets the goal"));
        model.create(created::add);
        assertThat(created).hasSize(1);
    }

    @Test
    void fromScratchWarnsAboutTheEmptyPlanAndCreatesItAnyway() {
        NewBlockViewModel model = model();
        choose(model, "From scratch");
        model.goal().kindProperty().set(GoalInputs.Kind.ESTIMATED_MAX);
        model.goal().exerciseProperty().set(model.exercises().stream()
                .filter(e -> e.id().value().equals("deadlift")).findFirst().orElseThrow());
        model.goal().load().set("180");

        assertThat(model.name().text()).isEqualTo("New block (Nov 2026)");
        assertThat(model.levels().rows()).singleElement().satisfies(r -> assertThat(r.exercise().name())
                .isEqualTo("Deadlift"));
        assertThat(model.warnings()).anyMatch(w -> w.startsWith("The plan has no sessions yet"));
        model.create(created::add);

        assertThat(created).singleElement().satisfies(b -> {
            assertThat(b.plan()).isEmpty();
            assertThat(b.goal()).isEqualTo(new EstimatedMaxGoal(ExerciseId.of("deadlift"), Mass.kilograms(180)));
            assertThat(b.weeks()).isEqualTo(12);
        });
    }

    @Test
    void warnsAboutAnotherBlockOnTheSameLiftAndRefusesItsName() {
        model().create(created::add);
        NewBlockViewModel model = model();

        assertThat(model.name().error()).isEqualTo("A block named \"Linear 5×5 (Nov 2026)\" already exists; choose "
                + "another name.");
        model.name().set("Second squat block");

        assertThat(model.name().error()).isEmpty();
        assertThat(model.warnings()).anyMatch(w -> w.startsWith("\"Linear 5×5 (Nov 2026)\" (30 Nov 2026 to 21 Feb "
                + "2027) also trains back squat, bench press"));
    }

    @Test
    void refusesAHalfTypedLevelAtItsField() {
        NewBlockViewModel model = model();
        LevelInputs.Row squat = level(model, "back-squat");

        squat.load().set("eighty");

        assertThat(squat.load().error()).isEqualTo("Load must be a number (was \"eighty\").");
        squat.load().set("80");
        squat.reps().set("");
        assertThat(squat.reps().error()).isEqualTo("Reps is required.");
        assertThat(model.validProperty().get()).isFalse();
    }
}

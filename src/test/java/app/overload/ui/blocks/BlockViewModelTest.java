package app.overload.ui.blocks;

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
import app.overload.domain.BlockStatus;
import app.overload.domain.ExerciseId;
import app.overload.domain.LiftLevel;
import app.overload.domain.Mass;
import app.overload.domain.MeasurableGoal;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthGoal;
import app.overload.domain.StrengthSet;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.planning.PlanState;
import app.overload.planning.PlannedDay;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The block view's model, the side panel's and Archive…'s, without a window: plan against done, edits, outcome. */
class BlockViewModelTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    static final LocalDate TODAY = MONDAY.plusDays(9);
    static final ExerciseId SQUAT = ExerciseId.of("back-squat");

    @RegisterExtension
    final TempLogbook temp = new TempLogbook("block.db");

    Logbook logbook;
    TrainingBlock block;
    final SimpleObjectProperty<UnitPreferences> units = new SimpleObjectProperty<>(UnitPreferences.METRIC);

    @BeforeEach
    void open() {
        logbook = temp.open();
        List<PlannedSession> plan = new ArrayList<>();
        for (int week = 1; week <= 4; week++) {
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)) {
                plan.add(new PlannedSession(PlannedSessionId.random(), week, day, Purpose.HEAVY_STRENGTH, "Squat day",
                        List.of(Prescription.Strength.sets(SQUAT, 5, 5, Mass.kilograms(80 + 2.5 * week),
                                ProgressionRule.Linear.standard(Mass.kilograms(2.5)))), ""));
            }
        }
        block = new TrainingBlock(BlockId.random(), "Squat", new StrengthGoal(SQUAT, Mass.kilograms(100), 5), MONDAY,
                MONDAY.plusDays(27), 4, List.of(), List.of(4), List.of(),
                List.of(new LiftLevel(SQUAT, 5, 5, Mass.kilograms(80))), plan, "", null);
        logbook.blocks().save(block);
    }

    BlockViewModel model() {
        BlockViewModel model = new BlockViewModel(new BlockData(logbook), new CurrentThreadTaskExecutor(),
                Clock.fixed(TODAY.atTime(20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), units);
        model.load(block.id());
        return model;
    }

    TrainingSession squat(PlannedSession planned, double kg) {
        List<StrengthSet> sets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sets.add(StrengthSet.working(5, Mass.kilograms(kg)));
        }
        return new TrainingSession(SessionId.random(), block.dateOf(planned).atTime(18, 0), Duration.ofHours(1), null,
                "", List.of(new StrengthEntry(SQUAT, sets)), block.id(), planned.purpose(), planned.id());
    }

    @Test
    void showsPlanAgainstDoneWithComplianceAndProgress() {
        logbook.sessions().save(squat(block.plannedIn(1).get(0), 82.5));
        logbook.sessions().save(squat(block.plannedIn(1).get(2), 85));

        BlockViewModel model = model();

        assertThat(model.nameProperty().get()).isEqualTo("Squat");
        assertThat(model.goalProperty().get()).isEqualTo("Goal: Back squat 100 kg × 5 by 29 Nov 2026");
        assertThat(model.statusProperty().get()).isEqualTo("Active · Week 2 of 4");
        assertThat(model.complianceTextProperty().get()).isEqualTo("2 of 4 done · 50 %");
        assertThat(model.progressTextProperty().get()).isEqualTo("Best 85 kg × 5 on 6 Nov · 85 % of the target");
        assertThat(model.startTextProperty().get()).isEqualTo("At the start: 80 kg × 5");
        assertThat(model.fractionProperty().get()).isBetween(0.85, 0.86);
        assertThat(model.complianceProperty().get().weeks().get(0).sessions()).extracting(PlannedDay::state)
                .containsExactly(PlanState.DONE, PlanState.MISSED, PlanState.DONE);
    }

    @Test
    void showsATrainingSessionWithoutAPlanAsUnplanned() {
        TrainingSession extra = new TrainingSession(SessionId.random(), MONDAY.plusDays(1).atTime(7, 0),
                Duration.ofMinutes(30), null, "", squat(block.plannedIn(1).get(0), 60).entries(), block.id(),
                Purpose.TECHNIQUE, null);
        logbook.sessions().save(extra);

        BlockViewModel model = model();

        assertThat(model.unplanned()).containsOnlyKeys(MONDAY.plusDays(1));
        assertThat(model.complianceTextProperty().get()).isEqualTo("0 of 4 done · 0 %");
    }

    @Test
    void reformatsWhenTheUnitsChange() {
        logbook.sessions().save(squat(block.plannedIn(1).get(0), 100));
        BlockViewModel model = model();

        units.set(UnitPreferences.IMPERIAL);

        // A goal is a load to lift: 100 kg reads 220 lb. The set logged at 100 kg reads to a tenth, 220.5 lb.
        assertThat(model.goalProperty().get()).isEqualTo("Goal: Back squat 220 lb × 5 by 29 Nov 2026");
        assertThat(model.progressTextProperty().get()).startsWith("Goal met on 2 Nov · best 220.5 lb × 5");
    }

    @Test
    void theSidePanelAddsASessionToTheDayAndSavesTheWholeBlock() {
        BlockViewModel model = model();
        PlanEditorViewModel editor = new PlanEditorViewModel(model);
        LocalDate tuesday = MONDAY.plusDays(8);

        model.selectedDayProperty().set(tuesday);
        assertThat(editor.planned()).isEmpty();
        assertThat(editor.headingProperty().get()).isEqualTo("Tue 10 Nov · week 2");
        assertThat(editor.editable()).isTrue();
        editor.startAdd();
        editor.save();
        assertThat(editor.messageProperty().get()).isEqualTo("Choose what the session is for (its purpose).");
        editor.purposeProperty().set(Purpose.MOBILITY);
        editor.title().set("Hips");
        editor.addPrescription(new Prescription.Timed("Yoga", Duration.ofMinutes(30), null,
                new ProgressionRule.Hold()));
        editor.save();

        assertThat(editor.formOpenProperty().get()).isFalse();
        TrainingBlock stored = logbook.blocks().find(block.id()).orElseThrow();
        assertThat(stored.plan()).hasSize(13);
        PlannedSession hips = stored.plan().stream().filter(p -> p.title().equals("Hips")).findFirst().orElseThrow();
        assertThat(stored.dateOf(hips)).isEqualTo(tuesday);
        assertThat(hips.week()).isEqualTo(2);
        assertThat(editor.planned()).extracting(d -> d.planned().title()).containsExactly("Hips");

        editor.remove(hips);
        assertThat(logbook.blocks().find(block.id()).orElseThrow().plan()).hasSize(12);
    }

    @Test
    void aBadTitleIsRefusedAtItsFieldAndNothingIsSaved() {
        BlockViewModel model = model();
        PlanEditorViewModel editor = new PlanEditorViewModel(model);
        model.selectedDayProperty().set(MONDAY);
        editor.startEdit(block.plannedIn(1).get(0));

        editor.title().set("x".repeat(200));
        editor.save();

        assertThat(editor.title().error()).isEqualTo("Title is too long (at most 120 characters).");
        assertThat(logbook.blocks().find(block.id()).orElseThrow()).isEqualTo(block);
    }

    @Test
    void archiveProposesTheOutcomeAndSavesIt() {
        logbook.sessions().save(squat(block.plannedIn(1).get(0), 90));
        BlockViewModel model = model();
        ArchiveViewModel archive = new ArchiveViewModel(model);

        assertThat(archive.metProperty().get()).isFalse();
        assertThat(archive.summary().text()).isEqualTo("Goal not met: best 90 kg × 5 on 2 Nov, 11.7 kg (10 %) short of "
                + "the target's e1RM 116.7 kg.");
        archive.summary().set("Close; knee niggle in week 3.");
        boolean[] done = {false};
        archive.archive(() -> done[0] = true);

        assertThat(done[0]).isTrue();
        TrainingBlock stored = logbook.blocks().find(block.id()).orElseThrow();
        assertThat(stored.status(TODAY)).isEqualTo(BlockStatus.ARCHIVED);
        assertThat(stored.outcome().summary()).isEqualTo("Close; knee niggle in week 3.");
        assertThat(model.archived()).isTrue();
        assertThat(new PlanEditorViewModel(model).editable()).isFalse();
    }

    @Test
    void aMeasurableGoalIsArchivedWithTheResultTyped() {
        TrainingBlock plank = new TrainingBlock(BlockId.random(), "Plank", new MeasurableGoal("Plank", 180, "s", true),
                MONDAY, MONDAY.plusDays(27), 4, List.of(), List.of(), List.of(), List.of(), List.of(), "", null);
        logbook.blocks().save(plank);
        BlockViewModel model = new BlockViewModel(new BlockData(logbook), new CurrentThreadTaskExecutor(),
                Clock.fixed(TODAY.atTime(20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), units);
        model.load(plank.id());
        ArchiveViewModel archive = new ArchiveViewModel(model);

        assertThat(archive.needsResultProperty().get()).isTrue();
        archive.result().set("lots");
        assertThat(archive.result().error()).isEqualTo("Result must be a number (was \"lots\").");
        archive.result().set("195");

        assertThat(archive.metProperty().get()).isTrue();
        assertThat(archive.summary().text()).isEqualTo("Goal met: Plank 195 s against a target of 180 s, 15 s (8 %) "
                + "over.");
    }

    @Test
    void theListGroupsBlocksByStatus() {
        TrainingBlock next = new TrainingBlock(BlockId.random(), "Next", block.goal(), MONDAY.plusDays(28),
                MONDAY.plusDays(55), 4, List.of(), List.of(), List.of(), List.of(), List.of(), "", null);
        logbook.blocks().save(next);
        BlockListViewModel list = new BlockListViewModel(new BlockData(logbook), new CurrentThreadTaskExecutor(),
                Clock.fixed(TODAY.atTime(20, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), units);

        list.refresh();

        assertThat(list.in(BlockStatus.ACTIVE)).extracting(BlockListViewModel.Row::name).containsExactly("Squat");
        assertThat(list.in(BlockStatus.PLANNED)).singleElement().satisfies(r -> {
            assertThat(r.when()).isEqualTo("Starts in 19 days");
            assertThat(r.compliance()).isEqualTo("0 sessions planned");
        });
        assertThat(list.in(BlockStatus.ACTIVE).get(0).compliance()).isEqualTo("0 of 4 done · 0 %");
    }
}

package app.overload.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import app.overload.Fixtures;
import app.overload.TempLogbook;
import app.overload.domain.BlockId;
import app.overload.domain.BlockSummary;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceGoal;
import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.Goal;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.MeasurableGoal;
import app.overload.domain.Modality;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.domain.Workout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BlockRepositoryTest {

    @RegisterExtension
    final TempLogbook temp = new TempLogbook();

    private Logbook logbook;

    @BeforeEach
    void open() {
        logbook = temp.open();
    }

    private static TrainingBlock withGoal(TrainingBlock b, String name, Goal goal) {
        return new TrainingBlock(BlockId.random(), name, goal, b.start(), b.goalDate(), b.weeks(), b.phases(),
                b.deloadWeeks(), b.taperWeeks(), b.levels(), b.plan().stream().map(p -> new app.overload.domain
                        .PlannedSession(PlannedSessionId.random(), p.week(), p.day(), p.purpose(),
                        p.title(), p.prescriptions(), p.notes())).toList(), b.notes(), b.outcome());
    }

    @Test
    void aBlockWithEveryKindOfPrescriptionAndRuleComesBackEqual() {
        TrainingBlock block = Fixtures.block("Squat 140");
        logbook.blocks().save(block);
        assertThat(logbook.blocks().find(block.id())).contains(block);
        assertThat(logbook.blocks().findByName("SQUAT 140")).contains(block);
    }

    @Test
    void everyKindOfGoalAndAnOutcomeComeBackEqual() {
        TrainingBlock base = Fixtures.block("base");
        List<TrainingBlock> blocks = List.of(
                withGoal(base, "e1RM", new EstimatedMaxGoal(Fixtures.BENCH, Mass.kilograms(110))),
                withGoal(base, "Half", new EnduranceGoal(Modality.RUN, Distance.metres(21_097.5),
                        Duration.ofMinutes(105))),
                withGoal(base, "Plank", new MeasurableGoal("Plank hold", 180, "s", true)),
                Fixtures.archived(withGoal(base, "Done", new MeasurableGoal("Resting HR", 52, "bpm", false))));
        logbook.saveAll(blocks, List.of());
        assertThat(logbook.blocks().all()).containsExactlyInAnyOrderElementsOf(blocks);
        assertThat(blocks.get(1).goal().describe(UnitPreferences.METRIC, id -> id.value()))
                .isEqualTo("Run 21.1 km in 1:45:00");
    }

    @Test
    void twoBlocksCannotShareAName() {
        logbook.blocks().save(Fixtures.block("Squat 140"));
        assertThatThrownBy(() -> logbook.blocks().save(Fixtures.block("squat 140")))
                .isInstanceOf(StoreException.class).hasMessageContaining("already exists");
    }

    @Test
    void savingAgainReplacesThePlan() {
        TrainingBlock block = Fixtures.block("Squat 140");
        logbook.blocks().save(block);
        TrainingBlock shorter = block.withPlan(List.of(block.plan().get(1)));
        logbook.blocks().save(shorter);
        assertThat(logbook.blocks().find(block.id())).contains(shorter);
        assertThat(logbook.database().<Integer>read(c -> Sql.queryInt(c, "SELECT count(*) FROM prescribed_set"))).isZero();
    }

    @Test
    void deletingABlockKeepsItsSessionsAsWorkouts() {
        TrainingBlock block = Fixtures.block("Squat 140");
        logbook.blocks().save(block);
        TrainingSession session = Fixtures.training(LocalDateTime.of(2026, 9, 7, 18, 0), block.id(),
                block.plan().get(0).id(), 100);
        logbook.sessions().save(session);

        assertThat(logbook.blocks().delete(block.id())).isTrue();

        assertThat(logbook.blocks().all()).isEmpty();
        assertThat(logbook.sessions().find(session.id())).get().isInstanceOf(Workout.class)
                .extracting(s -> s.entries()).isEqualTo(session.entries());
    }

    @Test
    void summariesListEveryBlockWithoutItsPlan() {
        TrainingBlock active = Fixtures.block("Squat 140");
        TrainingBlock done = Fixtures.archived(withGoal(Fixtures.block("x"), "Old block",
                new MeasurableGoal("Plank hold", 180, "s", true)));
        logbook.saveAll(List.of(active, done), List.of());
        assertThat(logbook.blocks().summaries()).containsExactlyInAnyOrder(
                BlockSummary.of(active), BlockSummary.of(done));
    }

    @Test
    void currentBlocksOverlapTheDatesAndAreNotArchived() {
        TrainingBlock block = Fixtures.block("Squat 140");
        TrainingBlock archived = Fixtures.archived(withGoal(Fixtures.block("x"), "Archived", new MeasurableGoal(
                "Plank hold", 180, "s", true)));
        logbook.saveAll(List.of(block, archived), List.of());
        assertThat(logbook.blocks().current(block.goalDate(), block.goalDate().plusDays(5))).containsExactly(block);
        assertThat(logbook.blocks().current(block.start().minusDays(30), block.start().minusDays(1))).isEmpty();
        assertThat(logbook.blocks().current(block.goalDate().plusDays(1), block.goalDate().plusDays(9))).isEmpty();
    }

    @Test
    void unitsAreRememberedInTheLogbook() {
        assertThat(logbook.settings().units()).isEqualTo(UnitPreferences.METRIC);
        logbook.settings().saveUnits(UnitPreferences.IMPERIAL);
        assertThat(logbook.settings().units()).isEqualTo(UnitPreferences.IMPERIAL);
        logbook.settings().put("units.mass", "STONE");
        assertThat(logbook.settings().units().mass()).isEqualTo(MassUnit.KG);
    }
}

package app.overload.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.overload.domain.CurrentLevel;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.Goal;
import app.overload.domain.InvalidValueException;
import app.overload.domain.LiftLevel;
import app.overload.domain.LoadTarget;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.PaceTarget;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlateMath;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.Purpose;
import app.overload.domain.RaceLevel;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.domain.WeekKind;
import app.overload.exchange.BlockTemplates;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every template that ships fills from a level: same shape, the athlete's loads and paces, loadable numbers. */
class ShippedTemplatesTest {

    static final LocalDate START = LocalDate.of(2027, 2, 1);

    static List<String> keys() {
        return BlockTemplates.KEYS;
    }

    /** The template's reference levels, 20 % weaker or slower. */
    static List<CurrentLevel> weaker(TrainingBlock template) {
        List<CurrentLevel> levels = new ArrayList<>();
        for (CurrentLevel level : template.levels()) {
            if (level instanceof LiftLevel l) {
                levels.add(new LiftLevel(l.exercise(), l.sets(), l.reps(), l.load().times(0.8)));
            } else {
                RaceLevel r = (RaceLevel) level;
                levels.add(new RaceLevel(r.modality(), r.distance(), Duration.ofSeconds(r.time().toSeconds() * 6 / 5)));
            }
        }
        return levels;
    }

    static Map<ExerciseId, Mass> increments(BlockTemplates.Template template) {
        Map<ExerciseId, Mass> increments = new HashMap<>();
        for (Exercise e : template.contents().exercises()) {
            increments.put(e.id(), e.increment());
        }
        return increments;
    }

    static TrainingBlock fill(BlockTemplates.Template template, List<CurrentLevel> levels, UnitPreferences units) {
        Goal goal = TemplateFiller.suggestedGoal(template.block(), levels, units, increments(template));
        return TemplateFiller.fill(template.block(), new FillRequest(template.title() + " (mine)", START,
                template.block().weeks(), goal, levels, units, increments(template)));
    }

    @ParameterizedTest
    @MethodSource("keys")
    void isAValidTemplateWithAReferenceLevelAndNotes(String key) {
        BlockTemplates.Template template = BlockTemplates.read(key);
        TrainingBlock block = template.block();

        assertThat(block.levels()).as("reference level").isNotEmpty();
        assertThat(block.plan()).isNotEmpty();
        assertThat(block.start().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(block.goalDate()).isEqualTo(block.start().plusDays(block.weeks() * 7L - 1));
        assertThat(template.description()).hasSizeGreaterThan(100);
        for (int week = 1; week <= block.weeks(); week++) {
            assertThat(block.plannedIn(week)).as("week %d", week).isNotEmpty();
        }
        assertThat(block.deloadWeeks().size() + block.taperWeeks().size()).as("deload or taper weeks").isPositive();
    }

    @ParameterizedTest
    @MethodSource("keys")
    void fillsFromAWeakerLevelKeepingTheShape(String key) {
        BlockTemplates.Template template = BlockTemplates.read(key);
        TrainingBlock block = template.block();

        TrainingBlock mine = fill(template, weaker(block), UnitPreferences.METRIC);

        assertThat(mine.weeks()).isEqualTo(block.weeks());
        assertThat(mine.plan()).hasSameSizeAs(block.plan());
        assertThat(mine.deloadWeeks()).isEqualTo(block.deloadWeeks());
        assertThat(mine.taperWeeks()).isEqualTo(block.taperWeeks());
        assertThat(mine.phases()).isEqualTo(block.phases());
        assertThat(mine.start()).isEqualTo(START);
        for (int i = 0; i < block.plan().size(); i++) {
            PlannedSession theirs = LoadScalerOrder.sorted(block).get(i);
            PlannedSession own = LoadScalerOrder.sorted(mine).get(i);
            assertThat(own.week()).isEqualTo(theirs.week());
            assertThat(own.day()).isEqualTo(theirs.day());
            assertThat(own.purpose()).isEqualTo(theirs.purpose());
            for (int j = 0; j < own.prescriptions().size(); j++) {
                lighterOrSlower(theirs.prescriptions().get(j), own.prescriptions().get(j), own.purpose(),
                        increments(template));
            }
        }
    }

    private static void lighterOrSlower(Prescription theirs, Prescription own, Purpose purpose,
            Map<ExerciseId, Mass> increments) {
        if (own instanceof Prescription.Strength s) {
            Prescription.Strength t = (Prescription.Strength) theirs;
            for (int k = 0; k < s.sets().size(); k++) {
                PrescribedSet set = s.sets().get(k);
                if (set.load() instanceof LoadTarget.Fixed f) {
                    Mass their = ((LoadTarget.Fixed) t.sets().get(k).load()).load();
                    assertThat(f.load().kilograms()).as("%s", s.exercise()).isLessThanOrEqualTo(their.kilograms());
                    assertThat(f.load().kilograms()).isGreaterThanOrEqualTo(0);
                    double step = PlateMath.step(increments.get(s.exercise()), MassUnit.KG);
                    assertThat(f.load().kilograms() / step).as("loadable %s", f.load())
                            .isCloseTo(Math.rint(f.load().kilograms() / step),
                                    Offset.offset(1e-6));
                }
            }
        } else if (own instanceof Prescription.Endurance e && e.target() instanceof PaceTarget.AtPace p
                && purpose != Purpose.RACE) {
            double their = ((PaceTarget.AtPace) ((Prescription.Endurance) theirs).target()).pace()
                    .secondsPerKilometre();
            assertThat(p.pace().secondsPerKilometre()).as("slower pace").isGreaterThan(their);
        }
    }

    @ParameterizedTest
    @MethodSource("keys")
    void roundsToWhatAPoundUserCanLoad(String key) {
        BlockTemplates.Template template = BlockTemplates.read(key);

        TrainingBlock mine = fill(template, weaker(template.block()), UnitPreferences.IMPERIAL);

        for (PlannedSession planned : mine.plan()) {
            for (Prescription rx : planned.prescriptions()) {
                if (rx instanceof Prescription.Strength s) {
                    for (PrescribedSet set : s.sets()) {
                        if (set.load() instanceof LoadTarget.Fixed f && !f.load().isZero()) {
                            double step = PlateMath.step(increments(template).get(s.exercise()),
                                    MassUnit.LB);
                            double steps = f.load().pounds() / step;
                            assertThat(Math.abs(steps - Math.rint(steps))).as("%s in %s lb steps", f.load(), step)
                                    .isLessThan(1e-6);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aRaceTemplateCanStartUpToAQuarterLateDroppingItsFirstWeeks() {
        BlockTemplates.Template half = BlockTemplates.read("half-marathon");
        List<CurrentLevel> levels = half.block().levels();
        FillRequest tenWeeks = new FillRequest("Late start", START, 10, half.block().goal(), levels,
                UnitPreferences.METRIC, increments(half));

        TrainingBlock mine = TemplateFiller.fill(half.block(), tenWeeks);

        assertThat(TemplateFiller.lengths(half.block())).isEqualTo(new TemplateFiller.Lengths(9, 12));
        assertThat(mine.weeks()).isEqualTo(10);
        assertThat(mine.taperWeeks()).containsExactly(9, 10);
        assertThat(mine.plannedIn(10)).extracting(PlannedSession::purpose).contains(Purpose.RACE);
        assertThat(mine.plannedIn(2)).extracting(PlannedSession::title).contains("5 × 800 m");
        assertThat(mine.phases().get(0).firstWeek()).isEqualTo(1);
        assertThat(mine.kindOf(9)).isEqualTo(WeekKind.TAPER);

        FillRequest eightWeeks = new FillRequest("Too late", START, 8, half.block().goal(), levels,
                UnitPreferences.METRIC, increments(half));
        assertThatThrownBy(() -> TemplateFiller.fill(half.block(), eightWeeks))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("9 to 12 weeks");
    }

    /** The plan in date order, as the filler walks it. */
    static final class LoadScalerOrder {
        static List<PlannedSession> sorted(TrainingBlock block) {
            return LoadScaler.inOrder(block);
        }
    }
}

package app.overload.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.overload.domain.CurrentLevel;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.LiftLevel;
import app.overload.domain.LoadTarget;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.PlannedSession;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.RaceLevel;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.exchange.BlockTemplates;
import org.junit.jupiter.api.Test;

/** Any plausible level fills every template: the same plan, no load below zero, the goal a valid goal. */
class TemplateFillerPropertiesTest {

    static final List<BlockTemplates.Template> TEMPLATES = BlockTemplates.all();

    @Test
    void anyLevelFillsEveryTemplate() {
        qt().withExamples(600).withFixedSeed(20261125L)
                .forAll(integers().between(0, TEMPLATES.size() - 1), doubles().between(0.05, 4),
                        integers().between(1, 20), integers().between(0, 1))
                .checkAssert((index, scale, reps, imperial) -> {
                    BlockTemplates.Template template = TEMPLATES.get(index);
                    UnitPreferences units = imperial == 1 ? UnitPreferences.IMPERIAL : UnitPreferences.METRIC;
                    List<CurrentLevel> levels = levels(template.block(), scale, reps);
                    Map<ExerciseId, Mass> increments = new HashMap<>();
                    for (Exercise e : template.contents().exercises()) {
                        increments.put(e.id(), e.increment());
                    }
                    TrainingBlock mine = TemplateFiller.fill(template.block(), new FillRequest("Mine",
                            LocalDate.of(2027, 1, 4), template.block().weeks(), TemplateFiller.suggestedGoal(
                                    template.block(), levels, units, increments), levels, units, increments));

                    assertThat(mine.plan()).hasSameSizeAs(template.block().plan());
                    for (PlannedSession p : mine.plan()) {
                        for (Prescription rx : p.prescriptions()) {
                            if (rx instanceof Prescription.Strength s) {
                                for (PrescribedSet set : s.sets()) {
                                    if (set.load() instanceof LoadTarget.Fixed f) {
                                        assertThat(f.load().kilograms()).isBetween(0.0, Mass.MAX_KILOGRAMS);
                                        assertWholePlates(f.load(), units, p.title());
                                    }
                                }
                                assertWholePlates(increment(s.rule()), units, p.title() + " increment");
                            }
                        }
                    }
                });
    }

    /**
     * For a lifter in pounds, a load or increment filled from a kilogram template is a whole number of 2.5 lb (the
     * 5 lb step, or 2.5 lb for exercises that climb by less); in kilograms the template's own steps stay.
     */
    static void assertWholePlates(Mass load, UnitPreferences units, String what) {
        if (load == null || units.mass() == MassUnit.KG) {
            return;
        }
        double half = units.mass().smallestStep() / 2;
        double plates = load.in(units.mass()) / half;
        assertThat(Math.abs(plates - Math.rint(plates))).as("%s: %s %s", what, load.in(units.mass()),
                units.mass().symbol()).isLessThan(1e-6);
    }

    static Mass increment(ProgressionRule rule) {
        if (rule instanceof ProgressionRule.Linear l) {
            return l.increment();
        }
        if (rule instanceof ProgressionRule.DoubleProgression d) {
            return d.increment();
        }
        if (rule instanceof ProgressionRule.TrainingMax t) {
            return t.increment();
        }
        if (rule instanceof ProgressionRule.ExerciseChain c) {
            return c.increment();
        }
        return null;
    }

    /** The template's own levels, scaled: lifts by {@code scale} at {@code reps}, races {@code scale} times slower. */
    static List<CurrentLevel> levels(TrainingBlock template, double scale, int reps) {
        List<CurrentLevel> levels = new ArrayList<>();
        for (CurrentLevel level : template.levels()) {
            if (level instanceof LiftLevel l) {
                levels.add(new LiftLevel(l.exercise(), l.sets(), reps, Mass.kilograms(Math.min(600,
                        l.load().kilograms() * scale))));
            } else {
                RaceLevel r = (RaceLevel) level;
                long seconds = Math.max(r.time().toSeconds() / 2, Math.round(r.time().toSeconds() * Math.max(0.6,
                        scale)));
                levels.add(new RaceLevel(r.modality(), r.distance(), Duration.ofSeconds(seconds)));
            }
        }
        return levels;
    }
}

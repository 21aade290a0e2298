package app.overload.exchange;

import java.time.Duration;

import app.overload.domain.BlockOutcome;
import app.overload.domain.CurrentLevel;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceGoal;
import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.Exercise;
import app.overload.domain.Goal;
import app.overload.domain.LiftLevel;
import app.overload.domain.MassUnit;
import app.overload.domain.MeasurableGoal;
import app.overload.domain.Phase;
import app.overload.domain.RaceLevel;
import app.overload.domain.Rpe;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.exchange.BlockDocument.BlockJson;
import app.overload.exchange.BlockDocument.ExerciseJson;
import app.overload.exchange.BlockDocument.GoalJson;
import app.overload.exchange.BlockDocument.LevelJson;
import app.overload.exchange.BlockDocument.OutcomeJson;
import app.overload.exchange.BlockDocument.PhaseJson;
import app.overload.exchange.BlockDocument.UnitsJson;
import app.overload.exchange.Loads.Written;
import app.overload.exchange.Values.Kebab;

/**
 * Writes block contents as the file's records: the mirror image of {@link BlockFromJson} and its siblings. Loads go
 * in the author's unit where they are round numbers in it ({@link Loads#write}).
 */
final class BlockToJson {

    private BlockToJson() {
    }

    static BlockDocument document(BlockContents contents) {
        MassUnit unit = contents.units().mass();
        UnitsJson units = new UnitsJson(Kebab.of(contents.units().mass()), Kebab.of(contents.units().distance()));
        return new BlockDocument(BlockFormat.NAME, BlockFormat.VERSION, units, block(contents.block(), unit),
                contents.exercises().stream().map(e -> exercise(e, unit)).toList(),
                contents.block().plan().stream().map(p -> PlanToJson.planned(p, unit)).toList(),
                contents.sessions().stream().map(s -> SessionsToJson.session(s, unit)).toList(),
                contents.routines().stream().map(r -> SessionsToJson.routine(r, unit)).toList());
    }

    static BlockJson block(TrainingBlock b, MassUnit unit) {
        return new BlockJson(b.id().toString(), b.name(), goal(b.goal(), unit), b.start().toString(),
                b.goalDate().toString(), b.weeks(), b.phases().stream().map(BlockToJson::phase).toList(),
                b.deloadWeeks(), b.taperWeeks(), b.levels().stream().map(l -> level(l, unit)).toList(), b.notes(),
                outcome(b.outcome()));
    }

    private static GoalJson goal(Goal goal, MassUnit unit) {
        if (goal instanceof StrengthGoal g) {
            Written load = Loads.write(g.load(), unit);
            return new GoalJson("strength", g.exercise().value(), load.kg(), load.lb(), g.reps(), null, null, null,
                    null, null, null, null, null, null);
        }
        if (goal instanceof EstimatedMaxGoal g) {
            Written max = Loads.write(g.oneRepMax(), unit);
            return new GoalJson("estimated-max", g.exercise().value(), null, null, null, max.kg(), max.lb(), null,
                    null, null, null, null, null, null);
        }
        if (goal instanceof EnduranceGoal g) {
            return new GoalJson("endurance", null, null, null, null, null, null, Kebab.of(g.modality()),
                    metres(g.distance()), seconds(g.targetTime()), null, null, null, null);
        }
        MeasurableGoal g = (MeasurableGoal) goal;
        return new GoalJson("measurable", null, null, null, null, null, null, null, null, null, g.description(),
                g.target(), g.unit(), g.higherIsBetter());
    }

    private static PhaseJson phase(Phase p) {
        return new PhaseJson(p.name(), p.firstWeek(), p.lastWeek());
    }

    private static LevelJson level(CurrentLevel level, MassUnit unit) {
        if (level instanceof LiftLevel l) {
            Written load = Loads.write(l.load(), unit);
            return new LevelJson("lift", l.exercise().value(), l.sets(), l.reps(), load.kg(), load.lb(), null, null,
                    null);
        }
        RaceLevel r = (RaceLevel) level;
        return new LevelJson("race", null, null, null, null, null, Kebab.of(r.modality()), metres(r.distance()),
                seconds(r.time()));
    }

    private static OutcomeJson outcome(BlockOutcome outcome) {
        return outcome == null ? null
                : new OutcomeJson(outcome.archivedOn().toString(), outcome.goalMet(), outcome.summary());
    }

    static ExerciseJson exercise(Exercise e, MassUnit unit) {
        Written increment = Loads.write(e.increment(), unit);
        return new ExerciseJson(e.id().value(), e.name(), Kebab.of(e.pattern()), Kebab.of(e.region()),
                increment.kg(), increment.lb(), seconds(e.defaultRest()),
                e.progressesTo() == null ? null : e.progressesTo().value());
    }

    static Double metres(Distance distance) {
        return distance == null ? null : distance.metres();
    }

    static Double seconds(Duration duration) {
        return duration == null ? null : duration.toMillis() / 1000.0;
    }

    static Double rpe(Rpe rpe) {
        return rpe == null ? null : rpe.value();
    }
}

package app.overload.exchange;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import app.overload.domain.ActivityEntry;
import app.overload.domain.CurrentLevel;
import app.overload.domain.DistanceUnit;
import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.LiftLevel;
import app.overload.domain.MassUnit;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Routine;
import app.overload.domain.RoutineId;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.exchange.BlockDocument.BlockJson;
import app.overload.exchange.BlockDocument.UnitsJson;

/**
 * Reads a bound document into block contents and checks what no single object can: ids are unique, every
 * exercise the file names is one the file describes, and progression chains end.
 */
final class DocumentReader {

    private static final JsonPath ROOT = JsonPath.ROOT;

    private final Warnings warnings;
    private final BlockFromJson blocks;
    private final PlanFromJson plans;
    private final SessionsFromJson sessions;

    DocumentReader(Warnings warnings) {
        this.warnings = warnings;
        this.blocks = new BlockFromJson(warnings);
        this.plans = new PlanFromJson(warnings);
        this.sessions = new SessionsFromJson(warnings);
    }

    BlockContents read(BlockDocument document) {
        UnitPreferences units = units(document.units());
        BlockJson blockJson = Values.required(document.block(), ROOT.field("block"));
        List<Exercise> exercises = Values.list(document.exercises(), ROOT.field("exercises"), blocks::exercise);
        Map<ExerciseId, Exercise> described = checkExercises(exercises);
        List<PlannedSession> plan = Values.list(document.plan(), ROOT.field("plan"), plans::planned);
        checkPlan(plan, blockJson);
        TrainingBlock block = blocks.block(blockJson, plan, ROOT.field("block"));
        List<TrainingSession> logged = Values.list(document.sessions(), ROOT.field("sessions"),
                (json, at) -> sessions.session(json, block.id(), at));
        checkSessions(logged, plan);
        checkReferences(block, logged, described);
        List<Routine> routines = Values.list(document.routines(), ROOT.field("routines"), sessions::routine);
        checkRoutines(routines, described);
        return Values.build(ROOT, () -> new BlockContents(block, exercises, logged, units, routines));
    }

    /** The author's units; a 1.0 file has none and was written in kilograms and kilometres. */
    private static UnitPreferences units(UnitsJson json) {
        if (json == null) {
            return UnitPreferences.METRIC;
        }
        JsonPath at = ROOT.field("units");
        MassUnit mass = Values.choice(json.mass(), MassUnit.class, at.field("mass"), "unit of mass");
        DistanceUnit distance = Values.choice(json.distance(), DistanceUnit.class, at.field("distance"),
                "unit of distance");
        return new UnitPreferences(mass, distance);
    }

    private static Map<ExerciseId, Exercise> checkExercises(List<Exercise> exercises) {
        Map<ExerciseId, Exercise> byKey = new LinkedHashMap<>();
        for (int i = 0; i < exercises.size(); i++) {
            Exercise e = exercises.get(i);
            if (byKey.putIfAbsent(e.id(), e) != null) {
                throw BlockFileException.at(ROOT.field("exercises").index(i).field("key"),
                        "The exercise \"" + e.id() + "\" is described twice.");
            }
        }
        for (int i = 0; i < exercises.size(); i++) {
            ExerciseId next = exercises.get(i).progressesTo();
            if (next != null && !byKey.containsKey(next)) {
                throw BlockFileException.at(ROOT.field("exercises").index(i).field("progressesTo"), "\"" + next
                        + "\" is not one of the file's exercises; every exercise a chain leads to must be described "
                        + "in $.exercises.");
            }
        }
        for (int i = 0; i < exercises.size(); i++) {
            Exercise e = exercises.get(i);
            Set<ExerciseId> seen = new HashSet<>(List.of(e.id()));
            for (ExerciseId next = e.progressesTo(); next != null; next = byKey.get(next).progressesTo()) {
                if (!seen.add(next)) {
                    throw BlockFileException.at(ROOT.field("exercises").index(i).field("progressesTo"),
                            "The progression chain from \"" + e.id() + "\" loops back to \"" + next
                                    + "\"; a chain must end at its hardest exercise.");
                }
            }
        }
        return byKey;
    }

    private static void checkPlan(List<PlannedSession> plan, BlockJson blockJson) {
        Set<PlannedSessionId> ids = new HashSet<>();
        Integer weeks = blockJson.weeks();
        for (int i = 0; i < plan.size(); i++) {
            PlannedSession p = plan.get(i);
            if (!ids.add(p.id())) {
                throw BlockFileException.at(ROOT.field("plan").index(i).field("id"),
                        "Planned session " + p.id() + " appears twice in the plan.");
            }
            if (weeks != null && weeks >= 1 && weeks <= TrainingBlock.MAX_WEEKS && p.week() > weeks) {
                throw BlockFileException.at(ROOT.field("plan").index(i).field("week"), "\"" + p.displayName()
                        + "\" is planned in week " + p.week() + " but the block has "
                        + BlockExporter.count(weeks, "week") + ".");
            }
        }
    }

    private void checkSessions(List<TrainingSession> logged, List<PlannedSession> plan) {
        Set<SessionId> ids = new HashSet<>();
        Set<PlannedSessionId> planned = new HashSet<>();
        plan.forEach(p -> planned.add(p.id()));
        for (int i = 0; i < logged.size(); i++) {
            TrainingSession s = logged.get(i);
            JsonPath at = ROOT.field("sessions").index(i);
            if (!ids.add(s.id())) {
                throw BlockFileException.at(at.field("id"), "Session " + s.id() + " appears twice.");
            }
            if (s.plannedSession() != null && !planned.contains(s.plannedSession())) {
                warnings.add(at.field("plannedSession"), "This session fulfils planned session "
                        + s.plannedSession() + ", which is not in the plan (the plan may have changed since).");
            }
        }
    }

    /** Every exercise named anywhere must be described in the file, so the receiver can create it. */
    private static void checkReferences(TrainingBlock block, List<TrainingSession> logged,
            Map<ExerciseId, Exercise> described) {
        JsonPath blockAt = ROOT.field("block");
        if (block.goal() instanceof StrengthGoal g) {
            known(g.exercise(), blockAt.field("goal").field("exercise"), described);
        } else if (block.goal() instanceof EstimatedMaxGoal g) {
            known(g.exercise(), blockAt.field("goal").field("exercise"), described);
        }
        List<CurrentLevel> levels = block.levels();
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i) instanceof LiftLevel l) {
                known(l.exercise(), blockAt.field("currentLevels").index(i).field("exercise"), described);
            }
        }
        for (int i = 0; i < block.plan().size(); i++) {
            List<Prescription> rxs = block.plan().get(i).prescriptions();
            for (int j = 0; j < rxs.size(); j++) {
                JsonPath at = ROOT.field("plan").index(i).field("prescriptions").index(j);
                if (rxs.get(j) instanceof Prescription.Strength s) {
                    known(s.exercise(), at.field("exercise"), described);
                }
                if (rxs.get(j).rule() instanceof ProgressionRule.ExerciseChain chain) {
                    known(chain.next(), at.field("rule").field("next"), described);
                }
            }
        }
        for (int i = 0; i < logged.size(); i++) {
            List<ActivityEntry> entries = logged.get(i).entries();
            for (int j = 0; j < entries.size(); j++) {
                if (entries.get(j) instanceof StrengthEntry s) {
                    known(s.exercise(), ROOT.field("sessions").index(i).field("entries").index(j).field("exercise"),
                            described);
                }
            }
        }
    }

    /** Routines have ids and names of their own (names compared ignoring case) and describe their exercises. */
    private static void checkRoutines(List<Routine> routines, Map<ExerciseId, Exercise> described) {
        Set<RoutineId> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < routines.size(); i++) {
            Routine r = routines.get(i);
            JsonPath at = ROOT.field("routines").index(i);
            if (!ids.add(r.id())) {
                throw BlockFileException.at(at.field("id"), "Routine " + r.id() + " appears twice.");
            }
            if (!names.add(r.name().toLowerCase(Locale.ROOT))) {
                throw BlockFileException.at(at.field("name"), "Two routines are called \"" + r.name() + "\".");
            }
            for (int j = 0; j < r.entries().size(); j++) {
                if (r.entries().get(j) instanceof StrengthEntry s) {
                    known(s.exercise(), at.field("entries").index(j).field("exercise"), described);
                }
            }
        }
    }

    private static void known(ExerciseId id, JsonPath at, Map<ExerciseId, Exercise> described) {
        if (!described.containsKey(id)) {
            throw BlockFileException.at(at, "Unknown exercise \"" + id + "\": it is not described in $.exercises.");
        }
    }
}

package app.overload.ui.blocks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.overload.analysis.EnduranceRow;
import app.overload.analysis.LoggedSetRow;
import app.overload.domain.BlockId;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.ExerciseNames;
import app.overload.domain.LiftLevel;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.RaceLevel;
import app.overload.domain.Session;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.exchange.BlockTemplates;
import app.overload.planning.BlockReport;
import app.overload.planning.GoalEvidence;
import app.overload.planning.GoalOutlook;
import app.overload.progression.Drift;
import app.overload.progression.Replan;
import app.overload.progression.WhatIf;
import app.overload.store.Logbook;
import app.overload.usecase.BlockOutlook;
import app.overload.usecase.BlockOverview;
import app.overload.usecase.ReplanBlock;

/**
 * The reads and writes of the blocks screens, each run off the UI thread by the view models. A whole block is
 * written in one transaction, with any exercise of a template the catalogue lacks.
 */
final class BlockData {

    private final Logbook logbook;

    BlockData(Logbook logbook) {
        this.logbook = logbook;
    }

    /** The catalogue and its names, read once per screen. */
    record Catalogue(List<Exercise> exercises) {
        Catalogue {
            exercises = List.copyOf(exercises);
        }

        ExerciseNames names() {
            Map<ExerciseId, String> names = new HashMap<>();
            exercises.forEach(e -> names.put(e.id(), e.name()));
            return id -> names.getOrDefault(id, id.value());
        }

        Map<ExerciseId, Mass> increments() {
            Map<ExerciseId, Mass> increments = new HashMap<>();
            exercises.forEach(e -> increments.put(e.id(), e.increment()));
            return increments;
        }
    }

    record Overview(List<BlockReport> summaries, Catalogue catalogue) {
    }

    /** Everything the block view shows: the block, its sessions, what its goal is measured by, the others. */
    record Details(TrainingBlock block, List<TrainingSession> sessions, GoalEvidence evidence, Catalogue catalogue,
            List<TrainingBlock> others) {
    }

    /** The logged sets of some exercises and endurance entries of some sports, as the charts read them. */
    record History(Map<ExerciseId, List<LoggedSetRow>> lifts,
            Map<Modality, List<EnduranceRow>> races) {
        static final History NONE = new History(Map.of(), Map.of());
    }

    /** What the templates' levels ask about: the sets of their lifts and the entries of their races. */
    History history(List<BlockTemplates.Template> templates) {
        Map<ExerciseId, List<LoggedSetRow>> lifts = new HashMap<>();
        Map<Modality, List<EnduranceRow>> races = new HashMap<>();
        for (var template : templates) {
            for (var level : template.block().levels()) {
                if (level instanceof LiftLevel l) {
                    lifts.computeIfAbsent(l.exercise(), id -> logbook.charts().sets(id));
                } else if (level instanceof RaceLevel r) {
                    races.computeIfAbsent(r.modality(), m -> logbook.charts().endurance(m));
                }
            }
        }
        return new History(lifts, races);
    }

    Catalogue catalogue() {
        return new Catalogue(logbook.exercises().all());
    }

    List<TrainingBlock> blocks() {
        return logbook.blocks().all();
    }

    Overview overview(LocalDate today) {
        return new Overview(new BlockOverview(logbook).reports(today), catalogue());
    }

    Details details(BlockId id) {
        TrainingBlock block = logbook.blocks().find(id).orElseThrow(() -> new IllegalStateException(
                "That block is no longer in the logbook."));
        List<TrainingSession> sessions = new ArrayList<>();
        for (Session s : logbook.sessions().inBlock(id)) {
            if (s instanceof TrainingSession t) {
                sessions.add(t);
            }
        }
        List<TrainingBlock> others = logbook.blocks().all().stream().filter(b -> !b.id().equals(id)).toList();
        return new Details(block, sessions, new BlockOverview(logbook).evidence(block.goal()), catalogue(),
                others);
    }

    /** Saves a new or changed block, adding first the exercises it names that the catalogue lacks. */
    void save(TrainingBlock block, Collection<Exercise> described) {
        Map<ExerciseId, Exercise> known = new HashMap<>();
        logbook.exercises().all().forEach(e -> known.put(e.id(), e));
        List<Exercise> missing = new ArrayList<>();
        addMissing(block.exercises(), described, known, missing);
        logbook.saveAll(missing, List.of(block), List.of());
    }

    /** Chain targets first, so an exercise is added after the one it progresses to. */
    private static void addMissing(Collection<ExerciseId> used, Collection<Exercise> described,
            Map<ExerciseId, Exercise> known, List<Exercise> missing) {
        Map<ExerciseId, Exercise> byId = new HashMap<>();
        described.forEach(e -> byId.put(e.id(), e));
        for (ExerciseId id : used) {
            add(id, byId, known, missing);
        }
    }

    private static void add(ExerciseId id, Map<ExerciseId, Exercise> described, Map<ExerciseId, Exercise> known,
            List<Exercise> missing) {
        Exercise e = described.get(id);
        if (known.containsKey(id) || e == null || missing.contains(e)) {
            return;
        }
        if (e.progressesTo() != null) {
            add(e.progressesTo(), described, known, missing);
        }
        missing.add(e);
        known.put(id, e);
    }

    void save(TrainingBlock block) {
        logbook.blocks().save(block);
    }

    /** What the block view says under the goal: the goal's outlook, and any drift from the plan (empty if none). */
    record Ahead(String outlook, String drift) {
    }

    Ahead ahead(TrainingBlock block, LocalDate today, UnitPreferences units) {
        GoalOutlook outlook = new BlockOutlook(logbook).outlook(block, today, units);
        List<Drift> drift = new ReplanBlock(logbook).drift(block, today, units);
        return new Ahead(outlook.measured() ? outlook.sentence(units) : "",
                String.join(" ", drift.stream().map(Drift::sentence).toList()));
    }

    ReplanBlock.Proposal replan(BlockId id, LocalDate today, UnitPreferences units, List<WhatIf> whatIfs) {
        return new ReplanBlock(logbook).replan(id, today, units, whatIfs);
    }

    ReplanBlock.Accepted acceptReplan(Replan replan, Collection<PlannedSessionId> chosen) {
        return new ReplanBlock(logbook).accept(replan, chosen);
    }

    TrainingBlock undoReplan(ReplanBlock.Accepted accepted) {
        return new ReplanBlock(logbook).undo(accepted);
    }

    boolean delete(BlockId id) {
        return logbook.blocks().delete(id);
    }
}

package app.overload.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.overload.domain.BlockId;
import app.overload.domain.BlockOutcome;
import app.overload.domain.CurrentLevel;
import app.overload.domain.EnduranceGoal;
import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.ExerciseId;
import app.overload.domain.Goal;
import app.overload.domain.Interval;
import app.overload.domain.LiftLevel;
import app.overload.domain.LoadTarget;
import app.overload.domain.Mass;
import app.overload.domain.MeasurableGoal;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.PaceTarget;
import app.overload.domain.Phase;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.Purpose;
import app.overload.domain.RaceLevel;
import app.overload.domain.Rpe;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;

/** Reads whole blocks selected by a condition on {@code training_block} (aliased {@code b}). */
final class BlockLoader {

    private BlockLoader() {
    }

    static List<TrainingBlock> load(Connection c, String where, Object... params) throws SQLException {
        Map<Long, BlockRow> blocks = new LinkedHashMap<>();
        try (PreparedStatement ps = SessionLoader.prepare(c, "SELECT b.* FROM training_block b WHERE " + where
                + " ORDER BY b.start_date, b.id", params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                blocks.put(rs.getLong("id"), new BlockRow(rs));
            }
        }
        if (blocks.isEmpty()) {
            return List.of();
        }
        String in = " JOIN training_block b ON b.id = x.block_id WHERE " + where;
        try (PreparedStatement ps = SessionLoader.prepare(c, "SELECT x.* FROM block_phase x" + in
                + " ORDER BY x.block_id, x.position", params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                blocks.get(rs.getLong("block_id")).phases.add(new Phase(rs.getString("name"),
                        rs.getInt("first_week"), rs.getInt("last_week")));
            }
        }
        try (PreparedStatement ps = SessionLoader.prepare(c, "SELECT x.* FROM block_week x" + in
                + " ORDER BY x.block_id, x.week", params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                BlockRow row = blocks.get(rs.getLong("block_id"));
                ("DELOAD".equals(rs.getString("kind")) ? row.deload : row.taper).add(rs.getInt("week"));
            }
        }
        try (PreparedStatement ps = SessionLoader.prepare(c, "SELECT x.* FROM block_level x" + in
                + " ORDER BY x.block_id, x.position", params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                blocks.get(rs.getLong("block_id")).levels.add(level(rs));
            }
        }
        Map<Long, List<Prescription>> prescriptions = prescriptions(c, in, params);
        try (PreparedStatement ps = SessionLoader.prepare(c, "SELECT x.* FROM planned_session x" + in
                + " ORDER BY x.block_id, x.position", params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                blocks.get(rs.getLong("block_id")).plan.add(new PlannedSession(
                        PlannedSessionId.parse(rs.getString("uuid")), rs.getInt("week"),
                        DayOfWeek.valueOf(rs.getString("day")), Purpose.valueOf(rs.getString("purpose")),
                        rs.getString("title"), prescriptions.getOrDefault(rs.getLong("id"), List.of()),
                        rs.getString("notes")));
            }
        }
        List<TrainingBlock> result = new ArrayList<>();
        for (BlockRow row : blocks.values()) {
            try {
                result.add(row.toBlock());
            } catch (IllegalArgumentException e) {
                throw new StoreException(StoreException.Reason.DAMAGED, "The block \"" + row.name
                        + "\" holds a value Overload cannot accept: " + e.getMessage(), e);
            }
        }
        return result;
    }

    private static Map<Long, List<Prescription>> prescriptions(Connection c, String in, Object... params)
            throws SQLException {
        String join = " JOIN prescription r ON r.id = y.prescription_id JOIN planned_session x ON x.id = "
                + "r.planned_session_id" + in;
        Map<Long, List<PrescribedSet>> sets = new HashMap<>();
        try (PreparedStatement ps = SessionLoader.prepare(c, "SELECT y.* FROM prescribed_set y" + join
                + " ORDER BY y.prescription_id, y.position", params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                sets.computeIfAbsent(rs.getLong("prescription_id"), k -> new ArrayList<>()).add(set(rs));
            }
        }
        Map<Long, List<Interval>> intervals = new HashMap<>();
        try (PreparedStatement ps = SessionLoader.prepare(c, "SELECT y.* FROM prescribed_interval y" + join
                + " ORDER BY y.prescription_id, y.position", params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                intervals.computeIfAbsent(rs.getLong("prescription_id"), k -> new ArrayList<>())
                        .add(SessionLoader.interval(rs));
            }
        }
        Map<Long, List<Prescription>> result = new HashMap<>();
        try (PreparedStatement ps = SessionLoader.prepare(c, "SELECT r.* FROM prescription r JOIN planned_session x "
                + "ON x.id = r.planned_session_id" + in + " ORDER BY r.planned_session_id, r.position", params);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong("id");
                result.computeIfAbsent(rs.getLong("planned_session_id"), k -> new ArrayList<>())
                        .add(prescription(rs, sets.getOrDefault(id, List.of()), intervals.getOrDefault(id, List.of())));
            }
        }
        return result;
    }

    private static Prescription prescription(ResultSet rs, List<PrescribedSet> sets, List<Interval> intervals)
            throws SQLException {
        var rule = RuleColumns.read(rs);
        switch (rs.getString("kind")) {
            case "STRENGTH":
                return new Prescription.Strength(ExerciseId.of(rs.getString("exercise")), sets, rule);
            case "ENDURANCE":
                Double pace = Sql.getDouble(rs, "pace_s_per_km");
                Integer zone = Sql.getInt(rs, "zone");
                PaceTarget target = pace != null ? new PaceTarget.AtPace(new Pace(pace))
                        : zone != null ? new PaceTarget.InZone(zone) : null;
                return new Prescription.Endurance(Modality.valueOf(rs.getString("modality")),
                        SessionLoader.distance(rs, "distance_m"), Sql.getSeconds(rs, "duration_s"), target, intervals,
                        rule);
            default:
                Double effort = Sql.getDouble(rs, "effort");
                return new Prescription.Timed(rs.getString("activity"), Sql.getSeconds(rs, "duration_s"),
                        effort == null ? null : Rpe.of(effort), rule);
        }
    }

    private static PrescribedSet set(ResultSet rs) throws SQLException {
        LoadTarget load = switch (rs.getString("load_kind")) {
            case "FIXED" -> new LoadTarget.Fixed(Mass.kilograms(rs.getDouble("load_kg")));
            case "PERCENT_TM" -> new LoadTarget.PercentOfTrainingMax(rs.getDouble("tm_fraction"));
            default -> new LoadTarget.AtRpe(Rpe.of(rs.getDouble("rpe")));
        };
        Double cap = Sql.getDouble(rs, "rpe_cap");
        return new PrescribedSet(rs.getInt("reps"), SetKind.valueOf(rs.getString("kind")), load,
                cap == null ? null : Rpe.of(cap));
    }

    private static CurrentLevel level(ResultSet rs) throws SQLException {
        if ("LIFT".equals(rs.getString("kind"))) {
            return new LiftLevel(ExerciseId.of(rs.getString("exercise")), rs.getInt("sets"), rs.getInt("reps"),
                    Mass.kilograms(rs.getDouble("load_kg")));
        }
        return new RaceLevel(Modality.valueOf(rs.getString("modality")), SessionLoader.distance(rs, "distance_m"),
                Sql.getSeconds(rs, "time_s"));
    }

    /** The goal stored in the {@code goal_*} columns of the current row of {@code rs}. */
    static Goal goal(ResultSet rs) throws SQLException {
        return BlockRow.goal(rs);
    }

    /** The columns of one block row and its children, gathered before the record is built. */
    private static final class BlockRow {
        final String uuid;
        final String name;
        final Goal goal;
        final LocalDate start;
        final LocalDate goalDate;
        final int weeks;
        final String notes;
        final BlockOutcome outcome;
        final List<Phase> phases = new ArrayList<>();
        final List<Integer> deload = new ArrayList<>();
        final List<Integer> taper = new ArrayList<>();
        final List<CurrentLevel> levels = new ArrayList<>();
        final List<PlannedSession> plan = new ArrayList<>();

        BlockRow(ResultSet rs) throws SQLException {
            uuid = rs.getString("uuid");
            name = rs.getString("name");
            goal = goal(rs);
            start = LocalDate.parse(rs.getString("start_date"));
            goalDate = LocalDate.parse(rs.getString("goal_date"));
            weeks = rs.getInt("weeks");
            notes = rs.getString("notes");
            String archived = rs.getString("archived_on");
            outcome = archived == null ? null
                    : new BlockOutcome(LocalDate.parse(archived), rs.getInt("goal_met") != 0, rs.getString("outcome"));
        }

        private static Goal goal(ResultSet rs) throws SQLException {
            String exercise = rs.getString("goal_exercise");
            switch (rs.getString("goal_kind")) {
                case "STRENGTH":
                    return new StrengthGoal(ExerciseId.of(exercise), Mass.kilograms(rs.getDouble("goal_load_kg")),
                            rs.getInt("goal_reps"));
                case "E1RM":
                    return new EstimatedMaxGoal(ExerciseId.of(exercise), Mass.kilograms(rs.getDouble("goal_load_kg")));
                case "ENDURANCE":
                    return new EnduranceGoal(Modality.valueOf(rs.getString("goal_modality")),
                            SessionLoader.distance(rs, "goal_distance_m"), Sql.getSeconds(rs, "goal_time_s"));
                default:
                    return new MeasurableGoal(rs.getString("goal_text"), rs.getDouble("goal_target"),
                            rs.getString("goal_unit"), rs.getInt("goal_higher_better") != 0);
            }
        }

        TrainingBlock toBlock() {
            return new TrainingBlock(BlockId.parse(uuid), name, goal, start, goalDate, weeks, phases, deload, taper,
                    levels, plan, notes, outcome);
        }
    }
}

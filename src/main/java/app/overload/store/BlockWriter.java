package app.overload.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import app.overload.domain.CurrentLevel;
import app.overload.domain.EnduranceGoal;
import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.ExerciseId;
import app.overload.domain.Goal;
import app.overload.domain.LiftLevel;
import app.overload.domain.LoadTarget;
import app.overload.domain.MeasurableGoal;
import app.overload.domain.PaceTarget;
import app.overload.domain.Phase;
import app.overload.domain.PlannedSession;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.RaceLevel;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;

/** Writes a whole block (goal, weeks, levels, plan) inside the caller's transaction. */
final class BlockWriter {

    private BlockWriter() {
    }

    static void save(Connection c, TrainingBlock block) throws SQLException {
        checkNameFree(c, block);
        for (ExerciseId exercise : block.exercises()) {
            if (ExerciseRepository.find(c, exercise).isEmpty()) {
                throw new StoreException(StoreException.Reason.CONFLICT, "The block uses the exercise \""
                        + exercise + "\", which is not in the catalogue; add it first.");
            }
        }
        Long existing = rowId(c, block);
        String sql = existing == null
                ? "INSERT INTO training_block (name, goal_kind, goal_exercise, goal_modality, goal_load_kg, goal_reps,"
                        + " goal_distance_m, goal_time_s, goal_text, goal_target, goal_unit, goal_higher_better, "
                        + "start_date, goal_date, weeks, notes, archived_on, goal_met, outcome, uuid) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : "UPDATE training_block SET name = ?, goal_kind = ?, goal_exercise = ?, goal_modality = ?, "
                        + "goal_load_kg = ?, goal_reps = ?, goal_distance_m = ?, goal_time_s = ?, goal_text = ?, "
                        + "goal_target = ?, goal_unit = ?, goal_higher_better = ?, start_date = ?, goal_date = ?, "
                        + "weeks = ?, notes = ?, archived_on = ?, goal_met = ?, outcome = ? WHERE uuid = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, block.name());
            bindGoal(ps, block.goal());
            ps.setString(13, block.start().toString());
            ps.setString(14, block.goalDate().toString());
            ps.setInt(15, block.weeks());
            ps.setString(16, block.notes());
            if (block.outcome() == null) {
                ps.setNull(17, Types.VARCHAR);
                ps.setNull(18, Types.INTEGER);
                ps.setNull(19, Types.VARCHAR);
            } else {
                ps.setString(17, block.outcome().archivedOn().toString());
                ps.setInt(18, block.outcome().goalMet() ? 1 : 0);
                ps.setString(19, block.outcome().summary());
            }
            ps.setString(20, block.id().toString());
            ps.executeUpdate();
        }
        long id = existing == null ? SessionWriter.lastRowId(c) : existing;
        if (existing != null) {
            for (String table : List.of("block_phase", "block_week", "block_level", "planned_session")) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE block_id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
            }
        }
        writePhasesAndWeeks(c, id, block);
        writeLevels(c, id, block.levels());
        writePlan(c, id, block.plan());
    }

    private static void bindGoal(PreparedStatement ps, Goal goal) throws SQLException {
        for (int i = 3; i <= 12; i++) {
            ps.setNull(i, Types.NULL);
        }
        if (goal instanceof StrengthGoal g) {
            ps.setString(2, "STRENGTH");
            ps.setString(3, g.exercise().value());
            ps.setDouble(5, g.load().kilograms());
            ps.setInt(6, g.reps());
        } else if (goal instanceof EstimatedMaxGoal g) {
            ps.setString(2, "E1RM");
            ps.setString(3, g.exercise().value());
            ps.setDouble(5, g.oneRepMax().kilograms());
        } else if (goal instanceof EnduranceGoal g) {
            ps.setString(2, "ENDURANCE");
            ps.setString(4, g.modality().name());
            ps.setDouble(7, g.distance().metres());
            Sql.setSeconds(ps, 8, g.targetTime());
        } else {
            MeasurableGoal g = (MeasurableGoal) goal;
            ps.setString(2, "MEASURABLE");
            ps.setString(9, g.description());
            ps.setDouble(10, g.target());
            ps.setString(11, g.unit());
            ps.setInt(12, g.higherIsBetter() ? 1 : 0);
        }
    }

    private static void writePhasesAndWeeks(Connection c, long id, TrainingBlock block) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO block_phase (block_id, position, name, first_week, last_week) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < block.phases().size(); i++) {
                Phase p = block.phases().get(i);
                ps.setLong(1, id);
                ps.setInt(2, i);
                ps.setString(3, p.name());
                ps.setInt(4, p.firstWeek());
                ps.setInt(5, p.lastWeek());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO block_week (block_id, week, kind) VALUES (?, ?, ?)")) {
            for (int week : block.deloadWeeks()) {
                ps.setLong(1, id);
                ps.setInt(2, week);
                ps.setString(3, "DELOAD");
                ps.addBatch();
            }
            for (int week : block.taperWeeks()) {
                ps.setLong(1, id);
                ps.setInt(2, week);
                ps.setString(3, "TAPER");
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void writeLevels(Connection c, long id, List<CurrentLevel> levels) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO block_level (block_id, position, kind, exercise, "
                + "sets, reps, load_kg, modality, distance_m, time_s) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < levels.size(); i++) {
                ps.setLong(1, id);
                ps.setInt(2, i);
                for (int p = 4; p <= 10; p++) {
                    ps.setNull(p, Types.NULL);
                }
                if (levels.get(i) instanceof LiftLevel l) {
                    ps.setString(3, "LIFT");
                    ps.setString(4, l.exercise().value());
                    ps.setInt(5, l.sets());
                    ps.setInt(6, l.reps());
                    ps.setDouble(7, l.load().kilograms());
                } else {
                    RaceLevel r = (RaceLevel) levels.get(i);
                    ps.setString(3, "RACE");
                    ps.setString(8, r.modality().name());
                    ps.setDouble(9, r.distance().metres());
                    Sql.setSeconds(ps, 10, r.time());
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void writePlan(Connection c, long blockId, List<PlannedSession> plan) throws SQLException {
        try (PreparedStatement planned = c.prepareStatement("INSERT INTO planned_session (uuid, block_id, position, "
                + "week, day, purpose, title, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement prescription = c.prepareStatement("INSERT INTO prescription (planned_session_id, "
                     + "position, kind, exercise, modality, activity, distance_m, duration_s, pace_s_per_km, zone, "
                     + "effort, " + RuleColumns.NAMES + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                     + "?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement set = c.prepareStatement("INSERT INTO prescribed_set (prescription_id, position, reps,"
                     + " kind, load_kind, load_kg, tm_fraction, rpe, rpe_cap) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement interval = c.prepareStatement("INSERT INTO prescribed_interval (prescription_id, "
                     + "position, repeats, work_distance_m, work_duration_s, recovery_distance_m, "
                     + "recovery_duration_s) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < plan.size(); i++) {
                PlannedSession p = plan.get(i);
                planned.setString(1, p.id().toString());
                planned.setLong(2, blockId);
                planned.setInt(3, i);
                planned.setInt(4, p.week());
                planned.setString(5, p.day().name());
                planned.setString(6, p.purpose().name());
                planned.setString(7, p.title());
                planned.setString(8, p.notes());
                planned.executeUpdate();
                long plannedId = SessionWriter.lastRowId(c);
                for (int j = 0; j < p.prescriptions().size(); j++) {
                    Prescription rx = p.prescriptions().get(j);
                    bindPrescription(prescription, plannedId, j, rx);
                    prescription.executeUpdate();
                    long rxId = SessionWriter.lastRowId(c);
                    if (rx instanceof Prescription.Strength s) {
                        bindSets(set, rxId, s.sets());
                    } else if (rx instanceof Prescription.Endurance e) {
                        SessionWriter.writeIntervals(interval, rxId, e.intervals());
                    }
                }
            }
            set.executeBatch();
            interval.executeBatch();
        }
    }

    private static void bindPrescription(PreparedStatement ps, long plannedId, int position, Prescription rx)
            throws SQLException {
        ps.setLong(1, plannedId);
        ps.setInt(2, position);
        for (int i = 4; i <= 11; i++) {
            ps.setNull(i, Types.NULL);
        }
        if (rx instanceof Prescription.Strength s) {
            ps.setString(3, "STRENGTH");
            ps.setString(4, s.exercise().value());
        } else if (rx instanceof Prescription.Endurance e) {
            ps.setString(3, "ENDURANCE");
            ps.setString(5, e.modality().name());
            Sql.setDouble(ps, 7, e.distance() == null ? null : e.distance().metres());
            Sql.setSeconds(ps, 8, e.duration());
            if (e.target() instanceof PaceTarget.AtPace pace) {
                ps.setDouble(9, pace.pace().secondsPerKilometre());
            } else if (e.target() instanceof PaceTarget.InZone zone) {
                ps.setInt(10, zone.zone());
            }
        } else {
            Prescription.Timed t = (Prescription.Timed) rx;
            ps.setString(3, "TIMED");
            ps.setString(6, t.activity());
            Sql.setSeconds(ps, 8, t.duration());
            Sql.setDouble(ps, 11, t.effort() == null ? null : t.effort().value());
        }
        RuleColumns.bind(ps, 12, rx.rule());
    }

    private static void bindSets(PreparedStatement ps, long rxId, List<PrescribedSet> sets) throws SQLException {
        for (int i = 0; i < sets.size(); i++) {
            PrescribedSet s = sets.get(i);
            ps.setLong(1, rxId);
            ps.setInt(2, i);
            ps.setInt(3, s.reps());
            ps.setString(4, s.kind().name());
            ps.setNull(6, Types.REAL);
            ps.setNull(7, Types.REAL);
            ps.setNull(8, Types.REAL);
            if (s.load() instanceof LoadTarget.Fixed f) {
                ps.setString(5, "FIXED");
                ps.setDouble(6, f.load().kilograms());
            } else if (s.load() instanceof LoadTarget.PercentOfTrainingMax p) {
                ps.setString(5, "PERCENT_TM");
                ps.setDouble(7, p.fraction());
            } else {
                ps.setString(5, "RPE");
                ps.setDouble(8, ((LoadTarget.AtRpe) s.load()).rpe().value());
            }
            Sql.setDouble(ps, 9, s.rpeCap() == null ? null : s.rpeCap().value());
            ps.addBatch();
        }
    }

    private static void checkNameFree(Connection c, TrainingBlock block) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM training_block WHERE name = ? COLLATE NOCASE AND uuid <> ?")) {
            ps.setString(1, block.name());
            ps.setString(2, block.id().toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getInt(1) > 0) {
                    throw new StoreException(StoreException.Reason.CONFLICT,
                            "A block named \"" + block.name() + "\" already exists; choose another name.");
                }
            }
        }
    }

    static Long rowId(Connection c, TrainingBlock block) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM training_block WHERE uuid = ?")) {
            ps.setString(1, block.id().toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}

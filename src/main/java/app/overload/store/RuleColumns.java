package app.overload.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

import app.overload.domain.Distance;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.ProgressionRule;

/**
 * Maps a progression rule to the generic {@code rule_*} columns of {@code prescription} and back. Which column
 * holds which parameter depends on {@code rule_kind}; the table below is the whole contract.
 *
 * <pre>
 * LINEAR        increment_kg, count = failures before deload, fraction = deload
 * DOUBLE        min_reps, max_reps, increment_kg
 * RPE           increment_kg = rounding step
 * TRAINING_MAX  load_kg = training max, increment_kg
 * CHAIN         exercise = next, count = sets, min_reps = reps, load_kg = criterion load, increment_kg
 * ENDURANCE     fraction = pace step, distance_m = distance step
 * HOLD          (none)
 * </pre>
 */
final class RuleColumns {

    /** Column names in the order {@link #bind} fills them. */
    static final String NAMES = "rule_kind, rule_increment_kg, rule_count, rule_fraction, rule_min_reps, "
            + "rule_max_reps, rule_load_kg, rule_distance_m, rule_exercise";
    static final int COUNT = 9;

    private RuleColumns() {
    }

    static void bind(PreparedStatement ps, int first, ProgressionRule rule) throws SQLException {
        for (int i = 1; i < COUNT; i++) {
            ps.setNull(first + i, Types.NULL);
        }
        if (rule instanceof ProgressionRule.Linear r) {
            ps.setString(first, "LINEAR");
            ps.setDouble(first + 1, r.increment().kilograms());
            ps.setInt(first + 2, r.failuresBeforeDeload());
            ps.setDouble(first + 3, r.deloadFraction());
        } else if (rule instanceof ProgressionRule.DoubleProgression r) {
            ps.setString(first, "DOUBLE");
            ps.setDouble(first + 1, r.increment().kilograms());
            ps.setInt(first + 4, r.minReps());
            ps.setInt(first + 5, r.maxReps());
        } else if (rule instanceof ProgressionRule.RpeBased r) {
            ps.setString(first, "RPE");
            ps.setDouble(first + 1, r.roundingStep().kilograms());
        } else if (rule instanceof ProgressionRule.TrainingMax r) {
            ps.setString(first, "TRAINING_MAX");
            ps.setDouble(first + 1, r.increment().kilograms());
            ps.setDouble(first + 6, r.trainingMax().kilograms());
        } else if (rule instanceof ProgressionRule.ExerciseChain r) {
            ps.setString(first, "CHAIN");
            ps.setDouble(first + 1, r.increment().kilograms());
            ps.setInt(first + 2, r.sets());
            ps.setInt(first + 4, r.reps());
            ps.setDouble(first + 6, r.criterionLoad().kilograms());
            ps.setString(first + 8, r.next().value());
        } else if (rule instanceof ProgressionRule.Endurance r) {
            ps.setString(first, "ENDURANCE");
            ps.setDouble(first + 3, r.paceStep());
            ps.setDouble(first + 7, r.distanceStep().metres());
        } else {
            ps.setString(first, "HOLD");
        }
    }

    static ProgressionRule read(ResultSet rs) throws SQLException {
        String kind = rs.getString("rule_kind");
        switch (kind) {
            case "LINEAR":
                return new ProgressionRule.Linear(mass(rs, "rule_increment_kg"), rs.getInt("rule_count"),
                        rs.getDouble("rule_fraction"));
            case "DOUBLE":
                return new ProgressionRule.DoubleProgression(rs.getInt("rule_min_reps"), rs.getInt("rule_max_reps"),
                        mass(rs, "rule_increment_kg"));
            case "RPE":
                return new ProgressionRule.RpeBased(mass(rs, "rule_increment_kg"));
            case "TRAINING_MAX":
                return new ProgressionRule.TrainingMax(mass(rs, "rule_load_kg"), mass(rs, "rule_increment_kg"));
            case "CHAIN":
                return new ProgressionRule.ExerciseChain(ExerciseId.of(rs.getString("rule_exercise")),
                        rs.getInt("rule_count"), rs.getInt("rule_min_reps"), mass(rs, "rule_load_kg"),
                        mass(rs, "rule_increment_kg"));
            case "ENDURANCE":
                return new ProgressionRule.Endurance(rs.getDouble("rule_fraction"),
                        Distance.metres(rs.getDouble("rule_distance_m")));
            case "HOLD":
                return new ProgressionRule.Hold();
            default:
                throw new IllegalArgumentException("Unknown progression rule \"" + kind + "\".");
        }
    }

    private static Mass mass(ResultSet rs, String column) throws SQLException {
        return Mass.kilograms(rs.getDouble(column));
    }
}

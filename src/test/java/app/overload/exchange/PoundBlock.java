package app.overload.exchange;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import app.overload.domain.BlockId;
import app.overload.domain.BodyRegion;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.LiftLevel;
import app.overload.domain.Mass;
import app.overload.domain.MovementPattern;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthGoal;
import app.overload.domain.StrengthSet;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.SessionId;

/**
 * A small block a coach wrote in pounds, as the app stores it (the kilograms of round pound numbers), and sessions
 * an athlete logged against it in kilograms. Fixed ids, so files made from it can be compared.
 */
final class PoundBlock {

    static final ExerciseId SQUAT = ExerciseId.of("back-squat");
    static final ExerciseId BENCH = ExerciseId.of("bench-press");
    static final LocalDate START = LocalDate.of(2027, 1, 4);
    static final BlockId ID = new BlockId(java.util.UUID.fromString("7d0c4b36-3f0e-4c55-9a55-0b6a37c1a001"));
    static final PlannedSessionId HEAVY = planned("7d0c4b36-3f0e-4c55-9a55-0b6a37c1a101");
    static final PlannedSessionId PRESS = planned("7d0c4b36-3f0e-4c55-9a55-0b6a37c1a102");
    static final PlannedSessionId HEAVY_2 = planned("7d0c4b36-3f0e-4c55-9a55-0b6a37c1a103");

    private PoundBlock() {
    }

    static PlannedSessionId planned(String uuid) {
        return new PlannedSessionId(java.util.UUID.fromString(uuid));
    }

    /** The two exercises the block names, as the catalogue that ships with the app describes them. */
    static List<Exercise> exercises() {
        return List.of(new Exercise(SQUAT, "Back squat", MovementPattern.SQUAT, BodyRegion.LOWER, Mass.kilograms(2.5),
                java.time.Duration.ofSeconds(180), null), new Exercise(BENCH, "Bench press",
                        MovementPattern.HORIZONTAL_PUSH, BodyRegion.UPPER, Mass.kilograms(2.5),
                        java.time.Duration.ofSeconds(180), null));
    }

    static TrainingBlock block() {
        return block(List.of(heavy(HEAVY, 1, 225), press(), heavy(HEAVY_2, 2, 230)));
    }

    static TrainingBlock block(List<PlannedSession> plan) {
        return new TrainingBlock(ID, "Squat 275 (coach)", new StrengthGoal(SQUAT, Mass.pounds(275), 5), START,
                START.plusDays(13), 2, List.of(), List.of(), List.of(),
                List.of(new LiftLevel(SQUAT, 5, 5, Mass.pounds(220))), plan, "Written in pounds.", null);
    }

    static PlannedSession heavy(PlannedSessionId id, int week, double pounds) {
        return new PlannedSession(id, week, DayOfWeek.MONDAY, Purpose.HEAVY_STRENGTH, "Heavy squat",
                List.of(Prescription.Strength.sets(SQUAT, 5, 5, Mass.pounds(pounds),
                        ProgressionRule.Linear.standard(Mass.pounds(5)))), "");
    }

    static PlannedSession press() {
        return new PlannedSession(PRESS, 1, DayOfWeek.THURSDAY, Purpose.VOLUME_STRENGTH, "Bench",
                List.of(Prescription.Strength.sets(BENCH, 3, 8, Mass.pounds(135),
                        ProgressionRule.Linear.standard(Mass.pounds(5)))), "");
    }

    /** What the athlete, who thinks in kilograms, logged against the first heavy day: 5 × 5 at 102.5 kg. */
    static TrainingSession athletesSquatDay() {
        List<StrengthSet> sets = java.util.Collections.nCopies(5, StrengthSet.working(5, Mass.kilograms(102.5)));
        return new TrainingSession(new SessionId(java.util.UUID.fromString("7d0c4b36-3f0e-4c55-9a55-0b6a37c1a201")),
                LocalDateTime.of(2027, 1, 4, 18, 0), java.time.Duration.ofMinutes(70), null, "",
                List.of(new StrengthEntry(SQUAT, sets, "")), ID, Purpose.HEAVY_STRENGTH, HEAVY);
    }
}

package app.overload.exchange;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

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
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthGoal;
import app.overload.domain.StrengthSet;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;

/**
 * A small block a coach wrote in pounds, as the app stores it (the kilograms of round pound numbers), and sessions
 * an athlete logged against it in kilograms. Fixed ids, so files made from it can be compared.
 */
public final class PoundBlock {

    public static final ExerciseId SQUAT = ExerciseId.of("back-squat");
    public static final ExerciseId BENCH = ExerciseId.of("bench-press");
    public static final LocalDate START = LocalDate.of(2027, 1, 4);
    public static final BlockId ID = new BlockId(UUID.fromString("7d0c4b36-3f0e-4c55-9a55-0b6a37c1a001"));
    public static final PlannedSessionId HEAVY = planned("7d0c4b36-3f0e-4c55-9a55-0b6a37c1a101");
    public static final PlannedSessionId PRESS = planned("7d0c4b36-3f0e-4c55-9a55-0b6a37c1a102");
    public static final PlannedSessionId HEAVY_2 = planned("7d0c4b36-3f0e-4c55-9a55-0b6a37c1a103");

    private PoundBlock() {
    }

    public static PlannedSessionId planned(String uuid) {
        return new PlannedSessionId(UUID.fromString(uuid));
    }

    /** The two exercises the block names, as the catalogue that ships with the app describes them. */
    public static List<Exercise> exercises() {
        return List.of(new Exercise(SQUAT, "Back squat", MovementPattern.SQUAT, BodyRegion.LOWER, Mass.kilograms(2.5),
                Duration.ofSeconds(180), null), new Exercise(BENCH, "Bench press",
                        MovementPattern.HORIZONTAL_PUSH, BodyRegion.UPPER, Mass.kilograms(2.5),
                        Duration.ofSeconds(180), null));
    }

    public static TrainingBlock block() {
        return block(List.of(heavy(HEAVY, 1, 225), press(), heavy(HEAVY_2, 2, 230)));
    }

    public static TrainingBlock block(List<PlannedSession> plan) {
        return new TrainingBlock(ID, "Squat 275 (coach)", new StrengthGoal(SQUAT, Mass.pounds(275), 5), START,
                START.plusDays(13), 2, List.of(), List.of(), List.of(),
                List.of(new LiftLevel(SQUAT, 5, 5, Mass.pounds(220))), plan, "Written in pounds.", null);
    }

    public static PlannedSession heavy(PlannedSessionId id, int week, double pounds) {
        return new PlannedSession(id, week, DayOfWeek.MONDAY, Purpose.HEAVY_STRENGTH, "Heavy squat",
                List.of(Prescription.Strength.sets(SQUAT, 5, 5, Mass.pounds(pounds),
                        ProgressionRule.Linear.standard(Mass.pounds(5)))), "");
    }

    public static PlannedSession press() {
        return new PlannedSession(PRESS, 1, DayOfWeek.THURSDAY, Purpose.VOLUME_STRENGTH, "Bench",
                List.of(Prescription.Strength.sets(BENCH, 3, 8, Mass.pounds(135),
                        ProgressionRule.Linear.standard(Mass.pounds(5)))), "");
    }

    /** What the athlete, who thinks in kilograms, logged against the first heavy day: 5 × 5 at 102.5 kg. */
    public static TrainingSession athletesSquatDay() {
        List<StrengthSet> sets = Collections.nCopies(5, StrengthSet.working(5, Mass.kilograms(102.5)));
        return new TrainingSession(new SessionId(UUID.fromString("7d0c4b36-3f0e-4c55-9a55-0b6a37c1a201")),
                LocalDateTime.of(2027, 1, 4, 18, 0), Duration.ofMinutes(70), null, "",
                List.of(new StrengthEntry(SQUAT, sets, "")), ID, Purpose.HEAVY_STRENGTH, HEAVY);
    }

    /** The coach's revision: heavier first day, no bench day, a new Thursday, a new name and goal. */
    public static TrainingBlock revised() {
        List<PlannedSession> plan = new ArrayList<>();
        plan.add(PoundBlock.heavy(PoundBlock.HEAVY, 1, 230));
        plan.add(PoundBlock.heavy(PoundBlock.HEAVY_2, 2, 230));
        plan.add(new PlannedSession(PoundBlock.planned("7d0c4b36-3f0e-4c55-9a55-0b6a37c1a104"), 2, DayOfWeek.THURSDAY,
                Purpose.TECHNIQUE, "Paused squat", List.of(Prescription.Strength.sets(PoundBlock.SQUAT, 3, 3,
                        Mass.pounds(185), new ProgressionRule.Hold())), "Three-second pause."));
        TrainingBlock base = PoundBlock.block(plan);
        return new TrainingBlock(base.id(), "Squat 275 (revised)", new StrengthGoal(PoundBlock.SQUAT, Mass.pounds(285),
                5), base.start(), base.goalDate(), base.weeks(), base.phases(), base.deloadWeeks(), base.taperWeeks(),
                base.levels(), base.plan(), base.notes(), null);
    }

    /** Writes {@code block} (and sessions) as the coach's pound logbook exports it. */
    public static Path write(Path file, TrainingBlock block,
            List<TrainingSession> sessions) {
        BlockFileWriter.write(new BlockContents(block, exercises(), sessions,
                UnitPreferences.IMPERIAL), file);
        return file;
    }
}

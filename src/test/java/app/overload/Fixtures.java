package app.overload;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import app.overload.domain.ActivityEntry;
import app.overload.domain.BlockId;
import app.overload.domain.BlockOutcome;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.EnduranceGoal;
import app.overload.domain.ExerciseId;
import app.overload.domain.Interval;
import app.overload.domain.LiftLevel;
import app.overload.domain.LoadTarget;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.PaceTarget;
import app.overload.domain.Phase;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.RaceLevel;
import app.overload.domain.Rpe;
import app.overload.domain.SessionId;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthGoal;
import app.overload.domain.StrengthSet;
import app.overload.domain.TimedEntry;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.Workout;

/** Sessions and blocks for tests: some use every field (round trips), some are small (store and queries). */
public final class Fixtures {

    public static final ExerciseId SQUAT = ExerciseId.of("back-squat");
    public static final ExerciseId BENCH = ExerciseId.of("bench-press");
    public static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    private Fixtures() {
    }

    public static StrengthEntry squatEntry(double kg) {
        return new StrengthEntry(SQUAT, List.of(
                new StrengthSet(5, Mass.kilograms(20), null, null, SetKind.WARM_UP, false),
                new StrengthSet(5, Mass.kilograms(kg), Rpe.of(7.5), Duration.ofSeconds(180), SetKind.WORKING, false),
                new StrengthSet(5, Mass.kilograms(kg), null, Duration.ofMillis(200_500), SetKind.WORKING, false),
                new StrengthSet(3, Mass.kilograms(kg), Rpe.of(10), Duration.ofSeconds(240), SetKind.AMRAP, true),
                new StrengthSet(8, Mass.kilograms(kg * 0.7), null, Duration.ofSeconds(60), SetKind.DROP, false)),
                "Knees felt \"fine\"; 🏋️ new belt");
    }

    public static EnduranceEntry intervalRun() {
        return new EnduranceEntry(Modality.RUN, Distance.metres(8123.4), Duration.ofMillis(2_412_345), 162,
                Distance.metres(41.5), List.of(new Interval(8, Distance.metres(400), Duration.ofSeconds(95),
                        Distance.metres(200), Duration.ofSeconds(75)), Interval.of(1, Distance.kilometres(1), null)),
                "Track; windy");
    }

    public static Workout workout(LocalDateTime start) {
        return new Workout(SessionId.random(), start, Duration.ofMinutes(75), Rpe.of(6.5), "Robert'); DROP TABLE session;--",
                List.of(squatEntry(100), intervalRun(),
                        new TimedEntry("Yoga", Duration.ofMinutes(30), Rpe.of(3), "hips"),
                        new TimedEntry("Stairs", Duration.ofMinutes(10), null, "")), "Spin & lift");
    }

    public static TrainingSession training(LocalDateTime start, BlockId block, PlannedSessionId planned, double kg) {
        return new TrainingSession(SessionId.random(), start, Duration.ofMinutes(60), null, "",
                List.of(squatEntry(kg)), block, Purpose.HEAVY_STRENGTH, planned);
    }

    /** A twelve-week block with every goal-independent part filled: phases, deload and taper weeks, levels, plan. */
    public static TrainingBlock block(String name) {
        ProgressionRule linear = ProgressionRule.Linear.standard(Mass.kilograms(2.5));
        PlannedSession heavy = new PlannedSession(PlannedSessionId.random(), 1, DayOfWeek.MONDAY,
                Purpose.HEAVY_STRENGTH, "Workout A", List.of(
                        Prescription.Strength.sets(SQUAT, 5, 5, Mass.kilograms(100), linear),
                        new Prescription.Strength(BENCH, List.of(
                                new PrescribedSet(5, SetKind.WORKING, new LoadTarget.PercentOfTrainingMax(0.65), null),
                                new PrescribedSet(5, SetKind.AMRAP, new LoadTarget.PercentOfTrainingMax(0.85),
                                        Rpe.of(9.5))),
                                new ProgressionRule.TrainingMax(Mass.kilograms(90), Mass.kilograms(2.5))),
                        new Prescription.Strength(BENCH, List.of(
                                new PrescribedSet(8, SetKind.WORKING, new LoadTarget.AtRpe(Rpe.of(8)), null)),
                                new ProgressionRule.RpeBased(Mass.kilograms(2.5))),
                        Prescription.Strength.sets(ExerciseId.of("split-squat"), 3, 10, Mass.kilograms(16),
                                new ProgressionRule.ExerciseChain(ExerciseId.of("goblet-squat"), 3, 10,
                                        Mass.kilograms(24), Mass.kilograms(2))),
                        Prescription.Strength.sets(ExerciseId.of("chin-up"), 3, 8, Mass.ZERO,
                                new ProgressionRule.DoubleProgression(6, 12, Mass.kilograms(2.5)))),
                "Heavy day");
        PlannedSession tempo = new PlannedSession(PlannedSessionId.random(), 2, DayOfWeek.THURSDAY, Purpose.TEMPO, "",
                List.of(new Prescription.Endurance(Modality.RUN, Distance.miles(4), null,
                                new PaceTarget.AtPace(Pace.perMile(Duration.ofSeconds(435))), List.of(),
                                new ProgressionRule.Endurance(0.03, Distance.miles(1))),
                        new Prescription.Endurance(Modality.RUN, null, Duration.ofMinutes(40), new PaceTarget.InZone(2),
                                List.of(new Interval(6, Distance.metres(800), null, Distance.metres(400), null)),
                                new ProgressionRule.Hold()),
                        new Prescription.Timed("Yoga", Duration.ofMinutes(30), Rpe.of(3), new ProgressionRule.Hold())),
                "Keep it honest");
        return new TrainingBlock(BlockId.random(), name, new StrengthGoal(SQUAT, Mass.kilograms(140), 5), MONDAY,
                MONDAY.plusDays(83), 12, List.of(new Phase("Base", 1, 4), new Phase("Build", 5, 11)), List.of(4, 8),
                List.of(12), List.of(new LiftLevel(SQUAT, 5, 5, Mass.kilograms(100)),
                        new RaceLevel(Modality.RUN, Distance.kilometres(5), Duration.ofSeconds(1500))),
                List.of(heavy, tempo), "Coach: Sam", null);
    }

    public static TrainingBlock archived(TrainingBlock block) {
        return block.archived(new BlockOutcome(block.goalDate().plusDays(1), false, "Reached 135 kg × 5: 5 kg short."));
    }

    // Small sessions for store and query tests.

    public static Workout squats(LocalDateTime start, int sets, int reps, double kg) {
        StrengthSet set = StrengthSet.working(reps, Mass.kilograms(kg)).withRpe(Rpe.of(8));
        return workout(start, new StrengthEntry(SQUAT, Collections.nCopies(sets, set)));
    }

    public static Workout run(LocalDateTime start, double km, Duration time) {
        return workout(start, EnduranceEntry.of(Modality.RUN, Distance.kilometres(km), time));
    }

    public static Workout workout(LocalDateTime start, ActivityEntry... entries) {
        return new Workout(SessionId.random(), start, Duration.ofMinutes(45), null, "", List.of(entries), "");
    }

    public static TrainingSession training(BlockId block, Purpose purpose, LocalDateTime start, ActivityEntry... entries) {
        return new TrainingSession(SessionId.random(), start, Duration.ofMinutes(45), null, "", List.of(entries),
                block, purpose, null);
    }

    /** A 5 km block of four weeks from 2 Nov 2026 with a tempo run on Wednesdays and long runs on Sundays. */
    public static TrainingBlock fiveK(String name) {
        LocalDate start = LocalDate.of(2026, 11, 2);
        List<PlannedSession> plan = new ArrayList<>();
        for (int week = 1; week <= 4; week++) {
            plan.add(new PlannedSession(PlannedSessionId.random(), week,
                    DayOfWeek.WEDNESDAY, Purpose.TEMPO, "Tempo", List.of(
                            new Prescription.Endurance(Modality.RUN, Distance.kilometres(6),
                                    null, null, List.of(), new ProgressionRule.Hold())), ""));
        }
        return new TrainingBlock(BlockId.random(), name,
                new EnduranceGoal(Modality.RUN, Distance.kilometres(5), Duration.ofMinutes(22)),
                start, start.plusDays(27), 4, List.of(), List.of(), List.of(), List.of(), plan, "", null);
    }

    public static LocalDateTime day(int dayOfNovember) {
        return LocalDate.of(2026, 11, dayOfNovember).atTime(18, 0);
    }
}

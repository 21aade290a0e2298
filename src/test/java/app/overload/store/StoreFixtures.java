package app.overload.store;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import app.overload.domain.ActivityEntry;
import app.overload.domain.BlockId;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.EnduranceGoal;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.Rpe;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.Workout;

/** Small sessions for store tests. */
final class StoreFixtures {

    static final ExerciseId SQUAT = ExerciseId.of("back-squat");
    static final ExerciseId BENCH = ExerciseId.of("bench-press");

    private StoreFixtures() {
    }

    static Workout squats(LocalDateTime start, int sets, int reps, double kg) {
        StrengthSet set = StrengthSet.working(reps, Mass.kilograms(kg)).withRpe(Rpe.of(8));
        return workout(start, new StrengthEntry(SQUAT, Collections.nCopies(sets, set)));
    }

    static Workout run(LocalDateTime start, double km, Duration time) {
        return workout(start, EnduranceEntry.of(Modality.RUN, Distance.kilometres(km), time));
    }

    static Workout workout(LocalDateTime start, ActivityEntry... entries) {
        return new Workout(SessionId.random(), start, Duration.ofMinutes(45), null, "", List.of(entries), "");
    }

    static TrainingSession training(BlockId block, Purpose purpose, LocalDateTime start, ActivityEntry... entries) {
        return new TrainingSession(SessionId.random(), start, Duration.ofMinutes(45), null, "", List.of(entries),
                block, purpose, null);
    }

    /** A 5 km block of four weeks from 2 Nov 2026 with a tempo run on Wednesdays and long runs on Sundays. */
    static TrainingBlock fiveK(String name) {
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

    static LocalDateTime day(int dayOfNovember) {
        return LocalDate.of(2026, 11, dayOfNovember).atTime(18, 0);
    }
}

package app.overload.bench;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.ActivityEntry;
import app.overload.domain.BlockId;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.Rpe;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthGoal;
import app.overload.domain.StrengthSet;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.Workout;
import app.overload.sample.SampleLogbook;
import app.overload.store.Logbook;

/** The logbooks and files the benchmark measures against, built once per run in a temporary folder. */
final class BenchData {

    static final LocalDate UNTIL = LocalDate.of(2026, 11, 23);
    static final List<ExerciseId> SIX = List.of(ExerciseId.of("back-squat"), ExerciseId.of("bench-press"),
            ExerciseId.of("barbell-row"), ExerciseId.of("overhead-press"), ExerciseId.of("deadlift"),
            ExerciseId.of("chin-up"));

    private BenchData() {
    }

    /** The sample logbook of {@code years} years (seed 1, ending on {@link #UNTIL}), written once. */
    static Path logbook(Path folder, int years) {
        Path file = folder.resolve("sample-" + years + "y.db");
        if (!Files.exists(file)) {
            SampleLogbook sample = SampleLogbook.generate(years, 1, UNTIL);
            try (Logbook logbook = Logbook.open(file)) {
                logbook.saveAll(sample.blocks(), sample.sessions());
                // The sample athlete's zones, so the heart-rate charts and loads have something to work out.
                logbook.settings().saveAthlete(SampleLogbook.athlete());
            }
        }
        return file;
    }

    /** A writable copy, so measurements that write leave the shared logbooks as they were. */
    static Path copy(Path logbook, Path folder, String name) throws IOException {
        Path copy = folder.resolve(name);
        Files.deleteIfExists(copy);
        return Files.copy(logbook, copy);
    }

    /** Six exercises × five sets: the 30-set session of the save figure, new id each time. */
    static Workout thirtySets(LocalDateTime start) {
        List<ActivityEntry> entries = new ArrayList<>();
        for (ExerciseId exercise : SIX) {
            List<StrengthSet> sets = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                sets.add(new StrengthSet(5, Mass.kilograms(60 + i * 5), i == 4 ? Rpe.of(8) : null,
                        i == 0 ? null : Duration.ofSeconds(150), i == 0 ? SetKind.WARM_UP : SetKind.WORKING, false));
            }
            entries.add(new StrengthEntry(exercise, sets));
        }
        return new Workout(SessionId.random(), start, Duration.ofMinutes(70), Rpe.of(8), "", entries, "Bench");
    }

    /** A sixteen-week block: strength Monday, Wednesday, Friday; runs Tuesday, Thursday, Sunday; all logged. */
    record Block(TrainingBlock block, List<Session> sessions) {
    }

    static Block sixteenWeeks(LocalDate start) {
        BlockId id = BlockId.random();
        List<PlannedSession> plan = new ArrayList<>();
        List<Session> logged = new ArrayList<>();
        ProgressionRule linear = ProgressionRule.Linear.standard(Mass.kilograms(2.5));
        for (int week = 1; week <= 16; week++) {
            for (DayOfWeek day : List.of(MONDAY, WEDNESDAY, FRIDAY)) {
                double kg = 80 + week * 2.5;
                List<Prescription> rx = SIX.subList(0, 3).stream().map(e -> (Prescription) Prescription.Strength
                        .sets(e, 5, 5, Mass.kilograms(kg), linear)).toList();
                PlannedSession planned = new PlannedSession(PlannedSessionId.random(), week, day,
                        Purpose.HEAVY_STRENGTH, "Strength", rx, "");
                plan.add(planned);
                List<ActivityEntry> entries = new ArrayList<>();
                for (ExerciseId e : SIX.subList(0, 3)) {
                    List<StrengthSet> sets = new ArrayList<>();
                    for (int w = 0; w < 3; w++) {
                        sets.add(new StrengthSet(5, Mass.kilograms(20 + w * 20), null, null, SetKind.WARM_UP, false));
                    }
                    for (int s = 0; s < 5; s++) {
                        sets.add(new StrengthSet(5, Mass.kilograms(kg), null, Duration.ofSeconds(180),
                                SetKind.WORKING, false));
                    }
                    entries.add(new StrengthEntry(e, sets));
                }
                logged.add(new TrainingSession(SessionId.random(), TrainingBlock.dateOf(start, week, day).atTime(18, 0),
                        Duration.ofMinutes(75), Rpe.of(8), "", entries, id, Purpose.HEAVY_STRENGTH, planned.id()));
            }
            for (DayOfWeek day : List.of(TUESDAY, THURSDAY, SUNDAY)) {
                double km = day == SUNDAY ? 14 + week * 0.5 : 8;
                Purpose purpose = day == SUNDAY ? Purpose.LONG_RUN : day == THURSDAY ? Purpose.TEMPO
                        : Purpose.EASY_AEROBIC;
                Prescription rx = new Prescription.Endurance(Modality.RUN, Distance.kilometres(km), null, null,
                        List.of(), new ProgressionRule.Endurance(0.03, Distance.kilometres(1)));
                PlannedSession planned = new PlannedSession(PlannedSessionId.random(), week, day, purpose, "",
                        List.of(rx), "");
                plan.add(planned);
                Duration time = Duration.ofSeconds(Math.round(km * (purpose == Purpose.TEMPO ? 270 : 320)));
                logged.add(new TrainingSession(SessionId.random(), TrainingBlock.dateOf(start, week, day).atTime(7, 0),
                        time, Rpe.of(purpose == Purpose.TEMPO ? 7 : 4), "", List.of(new EnduranceEntry(Modality.RUN,
                                Distance.kilometres(km), time, 150, Distance.metres(40), List.of(), "")), id, purpose,
                        planned.id()));
            }
        }
        TrainingBlock block = new TrainingBlock(id, "Sixteen weeks", new StrengthGoal(SIX.get(0),
                Mass.kilograms(130), 5), start, start.plusDays(16 * 7 - 1), 16, List.of(), List.of(4, 8, 12),
                List.of(16), List.of(), plan, "", null);
        return new Block(block, logged);
    }

    /** A Strong export (comma layout) of {@code rows} set rows, 25 sets a workout. */
    static Path strongCsv(Path folder, int rows) throws IOException {
        Path file = folder.resolve("strong-" + rows + ".csv");
        String[] exercises = {"Squat (Barbell)", "Bench Press (Barbell)", "Deadlift (Barbell)",
            "Overhead Press (Barbell)", "Bent Over Row (Barbell)"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
                    + "Workout Notes,RPE\n");
            LocalDateTime start = LocalDateTime.of(2012, 1, 2, 18, 0);
            for (int row = 0; row < rows; row++) {
                int workout = row / 25;
                int inWorkout = row % 25;
                LocalDateTime when = start.plusDays(workout);
                out.write(when.toLocalDate() + " " + when.toLocalTime() + ":00,\"Day " + (workout % 3 + 1)
                        + "\",1h 5m,\"" + exercises[inWorkout / 5] + "\"," + (inWorkout % 5 + 1) + ","
                        + (60 + (workout % 40) * 2.5) + ",5,0,0,\"\",,\n");
            }
        }
        return file;
    }
}

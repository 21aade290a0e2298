package app.overload.notation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import app.overload.domain.ActivityEntry;
import app.overload.domain.BlockId;
import app.overload.domain.Distance;
import app.overload.domain.DistanceUnit;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.Interval;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.Modality;
import app.overload.domain.Purpose;
import app.overload.domain.Rpe;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthGoal;
import app.overload.domain.StrengthSet;
import app.overload.domain.TimedEntry;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.domain.Workout;

/**
 * Sessions of every shape for the round-trip properties, from a seed: workouts and training, strength with warm-ups,
 * failures, RPE, rest and every set kind, carries and holds, runs with intervals, heart rate and climbing, timed activities. Numbers
 * are at the precision people type them in the user's units (loads in 2.5 kg or 5 lb steps, whole metres or
 * hundredths of a mile, whole seconds, starts to the minute).
 */
final class GeneratedSessions {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 20, 0);
    static final TrainingBlock BLOCK = new TrainingBlock(BlockId.random(), "Linear 5×5 \"autumn\"",
            new StrengthGoal(ExerciseId.of("back-squat"), Mass.kilograms(140), 5), LocalDate.of(2026, 1, 5),
            LocalDate.of(2026, 1, 5).plusWeeks(52).minusDays(1), 52, List.of(), List.of(), List.of(), List.of(),
            List.of(), "", null);

    /** Activity names the summary line reads back as they are. */
    static final List<String> PLAIN_ACTIVITIES = List.of("Yoga", "Spin class", "Pilates", "Climbing",
            "Mobility work", "Technique drills", "Run", "Back squat", "Stretching");
    /** Names only the full line, which quotes them, reads back. */
    static final List<String> ODD_ACTIVITIES = List.of("3x3 basketball", "Tai chi · outdoors", "Pilates: reformer",
            "Dance \"salsa\"", "Swim", "Today's class", "rest 90 s");
    static final List<String> LABELS = List.of("", "", "spin class", "Park run", "Coach's \"special\"",
            "hill · repeats");
    static final List<String> NOTES = List.of("", "", "felt strong", "left knee: sore # again", "PR! 5×5 @ 100");

    private final Random random;
    private final UnitPreferences units;
    private final List<Exercise> exercises;
    private final boolean plain;

    private GeneratedSessions(long seed, UnitPreferences units, boolean plain) {
        this.random = new Random(seed);
        this.units = units;
        this.exercises = ShippedCatalogue.EXERCISES;
        this.plain = plain;
    }

    /** @param plain true for activity names the summary reads back; false adds names that need quotes */
    static Session session(long seed, UnitPreferences units, boolean plain) {
        return new GeneratedSessions(seed, units, plain).session();
    }

    private Session session() {
        boolean training = random.nextInt(3) == 0;
        LocalDate day = training ? BLOCK.start().plusDays(random.nextInt(322)) : NOW.toLocalDate().minusDays(
                random.nextInt(3000));
        LocalDateTime start = day.atTime(random.nextInt(24), random.nextInt(60));
        List<ActivityEntry> entries = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int tries = 0; entries.size() < count && tries < 20; tries++) {
            int kind = random.nextInt(10);
            ActivityEntry entry = kind < 5 ? strength() : kind < 8 ? endurance() : timed();
            // A line without a length is as long as its entries, and no session lasts more than a day.
            if (SessionReader.derivedDuration(append(entries, entry)).compareTo(Duration.ofHours(20)) <= 0) {
                entries.add(entry);
            }
        }
        Duration duration = Duration.ofSeconds(60 + random.nextInt(4 * 3600));
        Rpe rpe = random.nextBoolean() ? null : Rpe.of(random.nextInt(21) / 2.0);
        String notes = pick(NOTES);
        if (training) {
            Purpose purpose = Purpose.values()[random.nextInt(Purpose.values().length)];
            return new TrainingSession(SessionId.random(), start, duration, rpe, notes, entries, BLOCK.id(), purpose,
                    null);
        }
        return new Workout(SessionId.random(), start, duration, rpe, notes, entries, pick(LABELS));
    }

    private static List<ActivityEntry> append(List<ActivityEntry> entries, ActivityEntry entry) {
        List<ActivityEntry> more = new ArrayList<>(entries);
        more.add(entry);
        return more;
    }

    private StrengthEntry strength() {
        Exercise exercise = pick(exercises);
        int count = 1 + random.nextInt(8);
        List<StrengthSet> sets = new ArrayList<>();
        StrengthSet previous = null;
        for (int i = 0; i < count; i++) {
            StrengthSet set = previous != null && random.nextInt(10) < 6 ? previous : set();
            sets.add(set);
            previous = set;
        }
        return new StrengthEntry(exercise.id(), sets);
    }

    private StrengthSet set() {
        int reps = random.nextInt(13);
        boolean failed = reps == 0 || random.nextInt(6) == 0;
        double step = units.mass() == MassUnit.KG ? (random.nextBoolean() ? 2.5 : 1.25) : 5;
        Mass load = random.nextInt(6) == 0 ? Mass.ZERO : Mass.of(step * (1 + random.nextInt(80)), units.mass());
        Rpe rpe = random.nextBoolean() ? null : Rpe.of((12 + random.nextInt(9)) / 2.0);
        Duration rest = random.nextBoolean() ? null : Duration.ofSeconds(random.nextInt(301));
        SetKind kind = random.nextInt(4) == 0 ? SetKind.values()[random.nextInt(SetKind.values().length)]
                : SetKind.WORKING;
        if (random.nextInt(5) == 0) {
            return carry(load, rpe, rest, kind);
        }
        return new StrengthSet(reps, load, rpe, rest, kind, failed);
    }

    /**
     * A carry or a hold: a distance in whole metres (whole yards for a user in miles, as the history writes them),
     * a time in whole seconds, or both; now and then with reps, which only the full line keeps.
     */
    private StrengthSet carry(Mass load, Rpe rpe, Duration rest, SetKind kind) {
        int shape = random.nextInt(3);
        Distance distance = null;
        if (shape != 1) {
            int length = 5 + random.nextInt(400);
            distance = units.distance() == DistanceUnit.KM ? Distance.metres(length) : Distance.metres(length * 0.9144);
        }
        Duration time = shape == 0 ? null : Duration.ofSeconds(10 + random.nextInt(300));
        int reps = plain || random.nextInt(4) != 0 ? 0 : 1 + random.nextInt(20);
        return new StrengthSet(reps, load, rpe, rest, kind, random.nextInt(8) == 0, distance, time);
    }

    private EnduranceEntry endurance() {
        Modality modality = Modality.values()[random.nextInt(Modality.values().length)];
        Distance distance = null;
        if (random.nextInt(4) != 0) {
            distance = units.distance() == DistanceUnit.KM ? Distance.metres(200 + random.nextInt(42_000))
                    : Distance.miles((10 + random.nextInt(2600)) / 100.0);
        }
        long seconds;
        if (distance == null) {
            seconds = 60 + random.nextInt(3 * 3600);
        } else {
            double fastest = modality.fastestPlausiblePace().secondsPerKilometre() * distance.kilometres();
            seconds = (long) Math.ceil(fastest * (1.2 + random.nextDouble() * 4)) + 1;
        }
        Integer heartRate = random.nextBoolean() ? null : 60 + random.nextInt(141);
        Distance climb = random.nextInt(3) != 0 ? null : units.distance() == DistanceUnit.KM
                ? Distance.metres(random.nextInt(2000)) : Distance.metres(random.nextInt(6000) * 0.3048);
        List<Interval> intervals = new ArrayList<>();
        int pieces = random.nextInt(3) == 0 ? 1 + random.nextInt(4) : 0;
        for (int i = 0; i < pieces; i++) {
            intervals.add(interval());
        }
        return new EnduranceEntry(modality, distance, Duration.ofSeconds(Math.min(seconds, 20 * 3600)), heartRate,
                climb, intervals, "");
    }

    private Interval interval() {
        int repeats = 1 + random.nextInt(12);
        boolean byDistance = random.nextBoolean();
        Distance work = byDistance ? Distance.metres(100 * (1 + random.nextInt(20))) : null;
        Duration time = byDistance && random.nextBoolean() ? null : Duration.ofSeconds(20 + random.nextInt(580));
        Distance recoveryDistance = null;
        Duration recoveryTime = null;
        switch (random.nextInt(3)) {
            case 0 -> recoveryTime = Duration.ofSeconds(30 + random.nextInt(150));
            case 1 -> {
                recoveryDistance = Distance.metres(100 * (1 + random.nextInt(4)));
                recoveryTime = random.nextBoolean() ? null : Duration.ofSeconds(30 + random.nextInt(150));
            }
            default -> {
            }
        }
        return new Interval(repeats, work, time, recoveryDistance, recoveryTime);
    }

    private TimedEntry timed() {
        String activity = plain || random.nextBoolean() ? pick(PLAIN_ACTIVITIES) : pick(ODD_ACTIVITIES);
        Rpe effort = random.nextBoolean() ? null : Rpe.of(random.nextInt(21) / 2.0);
        return TimedEntry.of(activity, Duration.ofSeconds(60 + random.nextInt(3 * 3600)), effort);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}

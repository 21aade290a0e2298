package app.overload.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.overload.domain.ActivityEntry;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.ExerciseId;
import app.overload.domain.ExerciseNames;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.SessionId;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.UnitPreferences;
import app.overload.domain.Workout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which records a session sets against the ones before it, with worked numbers. */
class PersonalRecordsTest {

    private static final ExerciseId SQUAT = ExerciseId.of("back-squat");
    private static final ExerciseNames NAMES = id -> id.equals(SQUAT) ? "Back squat" : id.value();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    private static int day;

    private static Workout lifts(StrengthSet... sets) {
        return session(new StrengthEntry(SQUAT, List.of(sets), ""));
    }

    private static Workout session(ActivityEntry... entries) {
        return new Workout(SessionId.random(), DAY.plusDays(day++).atTime(18, 0), Duration.ofMinutes(50), null, "",
                List.of(entries), "");
    }

    private static StrengthSet set(int reps, double kg) {
        return StrengthSet.working(reps, Mass.kilograms(kg));
    }

    private static List<String> records(Workout now, Workout... before) {
        PersonalRecords.Bests bests = new PersonalRecords.Bests();
        for (Workout w : before) {
            bests.add(PersonalRecords.Performance.of(w));
        }
        return PersonalRecords.of(PersonalRecords.Performance.of(now), bests).stream()
                .map(r -> r.describe(UnitPreferences.METRIC, NAMES)).toList();
    }

    @Test
    void aFirstTimeSetsNoRecord() {
        assertThat(records(lifts(set(5, 100)))).isEmpty();
    }

    @Test
    void aHeavierSetIsTheHeaviestTheBestEstimateAndTheBestVolume() {
        Workout before = lifts(set(5, 100), set(5, 100), set(5, 100));

        assertThat(records(lifts(set(5, 105), set(5, 105), set(5, 105)), before)).containsExactly(
                "Back squat: heaviest set, 105 kg × 5",
                "Back squat: best e1RM, 122.5 kg",
                "Back squat: best volume, 1,575 kg");
    }

    @Test
    void moreRepsAtALoadAlreadyLiftedIsARepRecordOnly() {
        Workout before = lifts(set(5, 100), set(3, 110));

        // 100 × 6: more reps than ever at 100 kg or heavier, but 110 × 3 is still the best estimate (121 kg).
        assertThat(records(lifts(set(6, 100)), before)).containsExactly("Back squat: most reps at 100 kg, 6");
    }

    @Test
    void aLighterSetWithMoreRepsThanAnyHeavierOneIsARepRecordAtItsLoad() {
        Workout before = lifts(set(5, 100), set(5, 100), set(5, 100), set(5, 100));

        assertThat(records(lifts(set(6, 90)), before)).containsExactly("Back squat: most reps at 90 kg, 6");
    }

    @Test
    void aFailedSetIsNoHeaviestSetNorARepRecordButItsRepsStillEstimateAMax() {
        Workout before = lifts(set(5, 100));

        // As on the strength chart, 2 reps done at 110 kg say 117.3 kg, however the set ended.
        assertThat(records(lifts(set(2, 110).asFailed()), before)).containsExactly("Back squat: best e1RM, 117.3 kg");
    }

    @Test
    void warmUpsNeverSetRecords() {
        Workout before = lifts(set(5, 100));

        assertThat(records(lifts(set(1, 140).asKind(SetKind.WARM_UP), set(3, 60)), before)).isEmpty();
    }

    @ParameterizedTest(name = "{0} km in {1} min after 5 km in 25:00 and 10 km in 52:00: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            5      | 24   | Run: fastest 5 km, 4:48 /km
            4.96   | 24   | Run: fastest 5 km, 4:50 /km
            10     | 51   | Run: fastest 10 km, 5:06 /km
            10     | 49.5 | Run: fastest 10 km, 4:57 /km
            5      | 26   |
            3      | 12   | Run: fastest 1 km, 4:00 /km
            """)
    void theFastestPaceOverTheLongestDistanceCovered(double km, double minutes, String expected) {
        Workout fiveK = session(EnduranceEntry.of(Modality.RUN, Distance.kilometres(5), Duration.ofMinutes(25)));
        Workout tenK = session(EnduranceEntry.of(Modality.RUN, Distance.kilometres(10), Duration.ofMinutes(52)));
        Workout now = session(EnduranceEntry.of(Modality.RUN, Distance.kilometres(km),
                Duration.ofSeconds(Math.round(minutes * 60))));

        assertThat(records(now, fiveK, tenK)).containsExactlyElementsOf(expected == null ? List.of()
                : List.of(expected));
    }

    @Test
    void inPoundsTheRecordsReadInPounds() {
        Workout before = lifts(StrengthSet.working(5, Mass.pounds(225)));
        Workout now = lifts(StrengthSet.working(5, Mass.pounds(235)));
        PersonalRecords.Bests bests = new PersonalRecords.Bests();
        bests.add(PersonalRecords.Performance.of(before));

        assertThat(PersonalRecords.of(PersonalRecords.Performance.of(now), bests)).first()
                .extracting(r -> r.describe(UnitPreferences.IMPERIAL, NAMES))
                .isEqualTo("Back squat: heaviest set, 235 lb × 5");
    }

    @Test
    void walkingAStretchMarksEachSessionAgainstTheOnesBeforeIt() {
        List<Workout> weeks = new ArrayList<>();
        weeks.add(lifts(set(5, 100)));
        weeks.add(lifts(set(5, 102.5)));
        weeks.add(lifts(set(5, 100)));
        weeks.add(lifts(set(5, 105)));

        Map<SessionId, List<PersonalRecord>> marked = PersonalRecords.walk(new PersonalRecords.Bests(),
                weeks.stream().map(PersonalRecords.Performance::of).toList());

        assertThat(marked.keySet()).containsExactly(weeks.get(1).id(), weeks.get(3).id());
    }
}

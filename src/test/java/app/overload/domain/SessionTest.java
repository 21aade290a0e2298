package app.overload.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class SessionTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 20, 18, 5, 30, 123_000_000);
    private static final StrengthEntry SQUAT = new StrengthEntry(ExerciseId.of("back-squat"),
            List.of(StrengthSet.working(5, Mass.kilograms(100))));

    private static Workout workout(Duration duration, List<ActivityEntry> entries) {
        return new Workout(SessionId.random(), START, duration, Rpe.of(7), "", entries, "spin class");
    }

    @Test
    void aSessionNeedsSomethingInIt() {
        assertThatThrownBy(() -> workout(Duration.ofMinutes(45), List.of()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at least one");
    }

    @Test
    void aThirtyHourSessionIsRefused() {
        assertThatThrownBy(() -> workout(Duration.ofHours(30), List.of(SQUAT)))
                .isInstanceOf(InvalidValueException.class).hasMessage("Duration must be at most 24 hours (was 30:00:00).")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("duration"));
    }

    @Test
    void startIsKeptToTheSecondSoItSurvivesStorage() {
        assertThat(workout(Duration.ofMinutes(45), List.of(SQUAT)).start()).isEqualTo(START.withNano(0));
    }

    @Test
    void zeroRepsOnlyForAFailedSet() {
        assertThatThrownBy(() -> StrengthSet.working(0, Mass.kilograms(100)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Reps must be between 1");
        assertThat(new StrengthSet(0, Mass.kilograms(100), null, null, SetKind.WORKING, true).reps()).isZero();
    }

    @Test
    void aOneMinuteKilometreRunIsATypo() {
        assertThatThrownBy(() -> EnduranceEntry.of(Modality.RUN, Distance.kilometres(10), Duration.ofMinutes(10)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("faster than anyone can go")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("pace"));
        assertThat(EnduranceEntry.of(Modality.RIDE, Distance.kilometres(10), Duration.ofMinutes(15)).pace())
                .isPresent();
    }

    @Test
    void aRunWithoutDistanceHasNoPace() {
        assertThat(EnduranceEntry.of(Modality.RUN, null, Duration.ofMinutes(30)).pace()).isEmpty();
    }

    @Test
    void sessionLoadIsRpeTimesMinutes() {
        assertThat(workout(Duration.ofMinutes(45), List.of(SQUAT)).load()).hasValue(315.0);
    }

    @Test
    void trainingSessionsBelongToABlockAndHaveAPurpose() {
        assertThatThrownBy(() -> new TrainingSession(SessionId.random(), START, Duration.ofMinutes(45), null, "",
                List.of(SQUAT), null, Purpose.HEAVY_STRENGTH, null)).hasMessage("Block is required.");
        assertThatThrownBy(() -> new TrainingSession(SessionId.random(), START, Duration.ofMinutes(45), null, "",
                List.of(SQUAT), BlockId.random(), null, null)).hasMessage("Purpose is required.");
    }

    @Test
    void notesRefuseControlCharactersButKeepLineBreaks() {
        assertThat(new Workout(SessionId.random(), START, Duration.ofMinutes(30), null, "felt good\nslept 8 h",
                List.of(SQUAT), "").notes()).contains("\n");
        assertThatThrownBy(() -> new Workout(SessionId.random(), START, Duration.ofMinutes(30), null, "bad\u0007",
                List.of(SQUAT), "")).hasMessageContaining("control characters");
    }

    @Test
    void namesAreTrimmedAndBounded() {
        assertThat(workout(Duration.ofMinutes(30), List.of(SQUAT)).label()).isEqualTo("spin class");
        assertThatThrownBy(() -> new Workout(SessionId.random(), START, Duration.ofMinutes(30), null, "",
                List.of(SQUAT), "x".repeat(121))).hasMessageContaining("too long");
    }

    @Test
    void exerciseKeysFromOtherAppsNames() {
        assertThat(ExerciseId.fromName("Bench Press (Dumbbell)")).isEqualTo(ExerciseId.of("bench-press-dumbbell"));
        assertThat(ExerciseId.fromName("Crème brûlée curl")).isEqualTo(ExerciseId.of("creme-brulee-curl"));
        assertThatThrownBy(() -> ExerciseId.of("Back Squat")).isInstanceOf(InvalidValueException.class);
    }
}

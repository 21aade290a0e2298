package app.overload.exchange.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import app.overload.domain.BodyRegion;
import app.overload.domain.Exercise;
import app.overload.domain.MovementPattern;
import app.overload.store.Logbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExerciseMatcherTest {

    private static ExerciseMatcher matcher;

    @BeforeAll
    static void catalogue(@TempDir Path folder) {
        try (Logbook logbook = Logbook.open(folder.resolve("catalogue.db"))) {
            matcher = new ExerciseMatcher(logbook.exercises().all());
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Squat (Barbell),               back-squat
            Bench Press (Barbell),         bench-press
            Bench Press (Dumbbell),        dumbbell-bench-press
            Deadlift (Barbell),            deadlift
            Overhead Press (Barbell),      overhead-press
            Pull Up,                       pull-up
            pull-up,                       pull-up
            Romanian Deadlift (Barbell),   romanian-deadlift
            Front Squat (Barbell),         front-squat
            Incline Bench Press (Barbell), incline-bench-press
            Hip Thrust (Barbell),          hip-thrust
            Goblet Squat (Kettlebell),     goblet-squat
            """)
    void matchesNamesFromOtherAppsToTheCatalogue(String source, String key) {
        assertThat(matcher.match(source)).map(e -> e.id().value()).contains(key);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Cable Crossover
            Squat (Smith Machine)
            Leg Extension (Machine)
            Bench Press (Smith Machine)
            """)
    void leavesNamesItIsNotSureOfUnmatched(String source) {
        assertThat(matcher.match(source)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Hack Squat (Machine),   hack-squat-machine,    SQUAT,           LOWER
            Seated Cable Row,       seated-cable-row,      HORIZONTAL_PULL, UPPER
            Cable Crossover,        cable-crossover,       OTHER,           FULL
            Arnold Press (Dumbbell), arnold-press-dumbbell, OTHER,          UPPER
            """)
    void createsNewExercisesWithObviousPatternsAndDefaults(String source, String key, MovementPattern pattern,
            BodyRegion region) {
        Exercise made = ExerciseMatcher.newExercise(source);

        assertThat(made.id().value()).isEqualTo(key);
        assertThat(made.name()).isEqualTo(source);
        assertThat(made.pattern()).isEqualTo(pattern);
        assertThat(made.region()).isEqualTo(region);
        assertThat(made.increment().kilograms()).isEqualTo(2.5);
        assertThat(made.defaultRest().toSeconds()).isEqualTo(90);
    }
}

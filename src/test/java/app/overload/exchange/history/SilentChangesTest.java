package app.overload.exchange.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import app.overload.domain.MassUnit;
import app.overload.domain.Session;
import app.overload.domain.StrengthEntry;
import app.overload.domain.Workout;
import app.overload.store.Logbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every change made to what a history file says comes with a warning or a refusal, never silently. */
class SilentChangesTest {

    private static final String STRONG = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,"
            + "Seconds,Notes,Workout Notes,RPE\n";

    @TempDir
    Path folder;

    private ParsedHistory read(String name, String content) throws IOException {
        return new HistoryFileReader(Fixtures.OPTIONS).read(Files.writeString(folder.resolve(name), content),
                ImportProgress.NONE);
    }

    @Test
    void aDurationNoSessionCanHaveIsReplacedWithAWarningAndALongTimeIsRefusedLikeIt() {
        ParsedHistory parsed = Fixtures.read("strong-silent-changes.csv");

        assertThat(parsed.warnings()).extracting(Problem::position, Problem::reason).containsExactly(
                tuple("line 2", "Workout \"Forgot to finish\" lasts \"999h\" by the file, longer than the 24 hours a"
                        + " session may last; it was given 9 min instead (3 minutes per set)."),
                tuple("line 3", "A rest of 1:30:00 is longer than an hour, more than any rest between sets; it was"
                        + " left out."));
        assertThat(parsed.problems()).extracting(Problem::position, Problem::reason).containsExactly(
                tuple("line 6", "Seconds is 86,401 seconds, longer than the 24 hours a set or session may last."));

        try (Logbook logbook = Logbook.open(folder.resolve("log.db"))) {
            List<Session> stored = Stored.importing(logbook, Fixtures.OPTIONS, "strong-silent-changes.csv");
            Workout long1 = Stored.workout(stored, "Forgot to finish");
            assertThat(long1.duration()).isEqualTo(Duration.ofMinutes(9));
            assertThat(Stored.entries(long1)).containsExactly("back-squat: 5 × 102.5 kg, 5 × 102.5 kg",
                    "bench-press: 5 × 62.5 kg");
            assertThat(((StrengthEntry) long1.entries().get(0)).sets().get(1).restBefore())
                    .isNull();
            assertThat(Stored.entries(Stored.workout(stored, "Core"))).containsExactly("overhead-press: 5 × 42.5 kg");
        }
    }

    @Test
    void aHevyWorkoutThatEndsBeforeItStartsIsGivenTheEstimateWithAWarning() throws IOException {
        ParsedHistory parsed = read("hevy.csv", """
                "title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"
                "Legs","30 Mar 2025, 08:05","30 Mar 2025, 07:05","","Squat (Barbell)",,"",0,"normal",100,5,,,
                """);

        assertThat(parsed.workouts()).singleElement().extracting(Workout::duration).isEqualTo(Duration.ofMinutes(3));
        assertThat(parsed.warnings()).extracting(Problem::reason).containsExactly("Workout \"Legs\" lasts \"30 Mar"
                + " 2025, 08:05 to 30 Mar 2025, 07:05\" by the file, which is no time; it was given 3 min instead (3"
                + " minutes per set).");
    }

    @Test
    void aNameTidiedOrCutIsNamedOnceHoweverManyRowsCarryIt() throws IOException {
        String longName = "Bench Press " + "x".repeat(130);
        ParsedHistory parsed = read("names.csv", STRONG
                + "2024-03-04 18:00:00,\"Push \",45m,\"Bench Press  (Barbell) \",1,62.5,5,0,0,\"\",,\n"
                + "2024-03-04 18:00:00,\"Push \",45m,\"Bench Press  (Barbell) \",2,62.5,5,0,0,\"\",,\n"
                + "2024-03-04 18:00:00,\"Push \",45m,\"" + longName + "\",1,42.5,5,0,0,\"\",,\n"
                + "2024-03-04 18:00:00,\"Push \",45m,\"Overhead Press (Barbell)\",1,41.25,5,0,0,\"\",,\n");

        assertThat(parsed.warnings()).extracting(Problem::position, Problem::reason).containsExactly(
                tuple("line 2", "Workout name \"Push \" was read as \"Push\" (its spaces tidied: trimmed at its ends,"
                        + " runs made one, odd spaces made plain)."),
                tuple("line 2", "Exercise name \"Bench Press  (Barbell) \" was read as \"Bench Press (Barbell)\" (its"
                        + " spaces tidied: trimmed at its ends, runs made one, odd spaces made plain)."),
                tuple("line 4", "Exercise name \"" + longName.substring(0, 40) + "…\" was read as \""
                        + longName.substring(0, 40) + "…\" (cut to 120 characters)."));
        assertThat(parsed.workouts().get(0).label()).isEqualTo("Push");
    }

    @Test
    void notesCutToTheLimitAreNamed() throws IOException {
        ParsedHistory parsed = read("notes.csv", STRONG
                + "2024-03-04 18:00:00,\"Push\",45m,\"Bench Press (Barbell)\",1,62.5,5,0,0,\"" + "n".repeat(10_050)
                + "\",,\n2024-03-04 18:00:00,\"Push\",45m,\"Overhead Press (Barbell)\",1,41.25,5,0,0,\"\",,\n"
                + "2024-03-04 18:00:00,\"Push\",45m,\"Squat (Barbell)\",1,102.5,5,0,0,\"\",,\n");

        assertThat(parsed.warnings()).extracting(Problem::reason)
                .containsExactly("The notes of \"Bench Press (Barbell)\" were cut to 10,000 characters.");
    }

    @Test
    void aTimeOrDistanceBelowZeroIsRefusedWithItsColumn() throws IOException {
        ParsedHistory parsed = read("negative.csv", STRONG
                + "2024-03-04 18:00:00,\"Cardio\",45m,\"Running\",1,0,0,-5,1500,\"\",,\n"
                + "2024-03-04 18:00:00,\"Cardio\",45m,\"Plank\",1,0,0,0,-60,\"\",,\n");

        assertThat(parsed.problems()).extracting(Problem::reason).containsExactly(
                "Distance must not be negative (was -5).", "Seconds must not be negative (was -60).");
    }

    @Test
    void aLoadTooLargeToReadIsNamedInItsShortForm() throws IOException {
        String huge = "17976931348623157" + "0".repeat(292);
        ParsedHistory parsed = read("huge.csv", STRONG
                + "2024-03-04 18:00:00,\"Push\",45m,\"Bench Press (Barbell)\",1," + huge + ",5,0,0,\"\",,\n"
                + "2024-03-04 18:00:00,\"Push\",45m,\"Bench Press (Barbell)\",2,62.5,5,0,0,\"\",,\n",
                Fixtures.OPTIONS.withUnit(MassUnit.KG));

        assertThat(parsed.problems()).extracting(Problem::reason)
                .containsExactly("Load must be between 0 and 1,000 kg (was 1.8e308 kg).");
    }

    private ParsedHistory read(String name, String content, ImportOptions options) throws IOException {
        return new HistoryFileReader(options).read(Files.writeString(folder.resolve(name), content), ImportProgress.NONE);
    }
}

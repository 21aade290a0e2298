package app.overload.exchange.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import app.overload.domain.Exercise;
import app.overload.domain.Session;
import app.overload.domain.SessionSummary;
import app.overload.domain.StrengthEntry;
import app.overload.domain.UnitPreferences;
import app.overload.domain.Workout;
import app.overload.store.Logbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A carry, a sled push and a weighted hold keep their load and distance or time; none becomes a failed set. */
class CarriesImportTest {

    @TempDir
    Path folder;

    @Test
    void aHevyCarryKeepsItsLoadAndDistanceAndIsNoFailedSet() {
        ParsedHistory parsed = Fixtures.read("hevy-carry.csv");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.warnings()).isEmpty();

        try (Logbook logbook = Logbook.open(folder.resolve("log.db"))) {
            List<Session> stored = Stored.importing(logbook, Fixtures.OPTIONS, "hevy-carry.csv");

            assertThat(stored).singleElement().satisfies(s -> {
                assertThat(Stored.entries(s)).containsExactly(
                        "farmers-carry: 40 kg over 40 m, 40 kg over 40 m",
                        "sled-push: 100 kg over 20 m for 35 s",
                        "plank: 20 kg for 60 s",
                        "deadlift: 5 × 140 kg",
                        "run 1200 m in 420 s");
                assertThat(s.entries()).filteredOn(StrengthEntry.class::isInstance)
                        .flatExtracting(e -> ((StrengthEntry) e).sets()).noneMatch(set -> set.failed());
                assertThat(ImportTotals.of(List.of((Workout) s)).volumeKilograms())
                        .isEqualTo(700);
                SessionSummary summary = new SessionSummary(UnitPreferences.METRIC,
                        id -> logbook.exercises().find(id).map(Exercise::name).orElse(id.value()));
                assertThat(summary.describe(s)).isEqualTo("Farmer's carry 2 sets of 40 kg × 40 m · Sled Push 100 kg"
                        + " × 20 m in 0:35 · Plank 20 kg × 1:00 · Deadlift 1×5 @ 140 kg @ RPE 8 · Run 1.2 km in 7:00, 5:50 /km");
            });
        }
    }

    @Test
    void theEngineAndTheChartsSeeOnlyTheLifts() {
        ParsedHistory parsed = Fixtures.read("hevy-carry.csv");
        StrengthEntry walk = (StrengthEntry) parsed.workouts().get(0).entries().get(0);

        assertThat(walk.workSets()).isEmpty();
        assertThat(walk.carriesAndHolds()).hasSize(2);
        assertThat(walk.volumeKilograms()).isZero();
    }

    @Test
    void aLoadWithNothingToCountIsLeftOutWithAWarningNotStoredAsFailed() throws Exception {
        Path file = Files.writeString(folder.resolve("strong.csv"), """
                Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
                2024-03-04 18:00:00,"Push",45m,"Bench Press (Barbell)",1,62.5,5,0,0,"",,
                2024-03-04 18:00:00,"Push",45m,"Bench Press (Barbell)",2,62.5,0,0,0,"",,
                2024-03-04 18:00:00,"Push",45m,"Bench Press (Barbell)",3,42.5,8,0,0,"",,
                2024-03-04 18:00:00,"Push",45m,"Incline Bench Press (Barbell)",1,52.5,8,0,0,"",,
                """);

        ParsedHistory parsed = new HistoryFileReader(Fixtures.OPTIONS).read(file, ImportProgress.NONE);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.warnings()).extracting(Problem::position, Problem::reason).containsExactly(
                Tuple.tuple("line 3", "The set of \"Bench Press (Barbell)\" has a load of 62.5"
                        + " but no reps, distance or time, so it holds nothing to count; it was left out."));
        assertThat(Stored.entry(parsed.workouts().get(0).entries().get(0)))
                .isEqualTo("bench-press-barbell: 5 × 62.5 kg, 8 × 42.5 kg");
    }
}

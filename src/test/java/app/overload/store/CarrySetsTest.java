package app.overload.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import app.overload.domain.Distance;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.Workout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sets over a distance or for a time (format 4): kept whole, shown in the history, never read as lifts. */
class CarrySetsTest {

    private static final ExerciseId SQUAT = ExerciseId.of("back-squat");
    private static final ExerciseId WALK = ExerciseId.of("farmers-carry");
    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 11, 2, 18, 0);

    @TempDir
    Path folder;

    private static Workout session(LocalDateTime start) {
        StrengthEntry squat = new StrengthEntry(SQUAT, List.of(StrengthSet.working(5, Mass.kilograms(100)),
                StrengthSet.carry(Mass.kilograms(100), Distance.metres(20), Duration.ofSeconds(35))));
        StrengthEntry walk = new StrengthEntry(WALK, List.of(
                StrengthSet.carry(Mass.kilograms(40), Distance.metres(40), null).withRest(Duration.ofSeconds(90)),
                StrengthSet.carry(Mass.kilograms(20), null, Duration.ofSeconds(60))));
        return new Workout(SessionId.random(), start, Duration.ofMinutes(45), null, "", List.of(squat, walk), "Legs");
    }

    @Test
    void aCarryAndAHoldComeBackWithTheirDistanceAndTime() {
        try (Logbook logbook = Logbook.open(folder.resolve("log.db"))) {
            Workout workout = session(MONDAY);
            logbook.sessions().save(workout);

            Workout stored = (Workout) logbook.sessions().find(workout.id()).orElseThrow();

            assertThat(stored).isEqualTo(workout);
            StrengthSet walk = ((StrengthEntry) stored.entries().get(1)).sets().get(0);
            assertThat(walk.reps()).isZero();
            assertThat(walk.failed()).isFalse();
            assertThat(walk.load().kilograms()).isEqualTo(40);
            assertThat(walk.distance().metres()).isEqualTo(40);
        }
    }

    @Test
    void theEngineReadsOnlyTheLiftsAndTheLogFormEverySet() {
        try (Logbook logbook = Logbook.open(folder.resolve("log.db"))) {
            logbook.sessions().save(session(MONDAY));

            EngineHistoryReader.LoggedHistory read = logbook.history().read(Set.of(SQUAT, WALK), 5,
                    LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9));

            assertThat(read.unreadable()).isZero();
            assertThat(read.sessions()).singleElement().satisfies(s -> assertThat(s.entries())
                    .containsExactly(new StrengthEntry(SQUAT, List.of(StrengthSet.working(5, Mass.kilograms(100))))));
            StrengthEntry lastWalk = (StrengthEntry) logbook.history().lastWith(WALK, LocalDate.of(2026, 11, 3))
                    .orElseThrow().entries().get(0);
            assertThat(lastWalk.carriesAndHolds()).hasSize(2);
        }
    }

    @Test
    void chartsAndLastTimeLeaveCarriesOutOfTheLifts() {
        try (Logbook logbook = Logbook.open(folder.resolve("log.db"))) {
            logbook.sessions().save(session(MONDAY));
            ChartQueries charts = new ChartQueries(logbook.database());
            LastTimeQueries lastTime = new LastTimeQueries(logbook.database());

            assertThat(charts.sets(SQUAT)).singleElement().satisfies(r -> assertThat(r.reps()).isEqualTo(5));
            assertThat(charts.sets(WALK)).isEmpty();
            var last = lastTime.lastStrength(List.of(WALK, SQUAT), MONDAY.plusDays(1), MONDAY.minusWeeks(8));
            assertThat(last.get(WALK).entry().sets()).hasSize(2);
            assertThat(last.get(SQUAT).recentSets()).containsExactly(StrengthSet.working(5, Mass.kilograms(100)));
        }
    }

    @Test
    void aFormatThreeLogbookGainsTheColumnsAndKeepsItsSets() throws Exception {
        Path file = folder.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (int version = 1; version <= 3; version++) {
                Migrations.apply(c, version);
            }
        }
        try (Logbook logbook = Logbook.open(file)) {
            assertThat(logbook.database().version()).isEqualTo(Migrations.latestVersion());
            Workout workout = session(MONDAY);
            logbook.sessions().save(workout);
            assertThat(logbook.sessions().find(workout.id())).contains(workout);
        }
    }
}

package app.overload.exchange.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import app.overload.domain.ExerciseId;
import app.overload.domain.MassUnit;
import app.overload.domain.StrengthEntry;
import app.overload.domain.Workout;
import app.overload.store.Logbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportPlanTest {

    @TempDir
    Path folder;

    private final HistoryImporter importer = new HistoryImporter(Fixtures.OPTIONS);
    /** strong-bad-rows.csv loads 60, which does not tell kilograms from pounds: its tests name the unit. */
    private final HistoryImporter inKilograms = new HistoryImporter(Fixtures.OPTIONS.withUnit(MassUnit.KG));

    private ImportPlan preview(Logbook logbook, String... names) {
        return preview(importer, logbook, names);
    }

    private static ImportPlan preview(HistoryImporter importer, Logbook logbook, String... names) {
        List<Path> files = Arrays.stream(names).map(Fixtures::path).toList();
        return importer.preview(files, logbook, ImportProgress.NONE);
    }

    @Test
    void importingTheSameFilesTwiceAddsNothingTheSecondTime() {
        try (Logbook logbook = Logbook.open(folder.resolve("log.db"))) {
            ImportPlan first = preview(logbook, "strong-comma.csv", "hevy-kg.csv", "run-hr-1.1.gpx");
            ImportResult done = first.apply(logbook, false);
            assertThat(done.written()).isTrue();
            assertThat(done.sessionsAdded()).isEqualTo(6);
            assertThat(logbook.sessions().count()).isEqualTo(6);

            ImportPlan second = preview(logbook, "strong-comma.csv", "hevy-kg.csv", "run-hr-1.1.gpx");
            assertThat(second.sessionsToAdd()).isEmpty();
            assertThat(second.duplicatesSkipped()).isEqualTo(6);
            assertThat(second.apply(logbook, false).written()).isFalse();
            assertThat(logbook.sessions().count()).isEqualTo(6);
        }
    }

    @Test
    void theSameFileTwiceInOneImportCountsOnce() {
        try (Logbook logbook = Logbook.open(folder.resolve("log.db"))) {
            ImportPlan plan = preview(logbook, "hevy-kg.csv", "hevy-kg.csv");

            assertThat(plan.totals().sessions()).isEqualTo(2);
            assertThat(plan.duplicatesSkipped()).isEqualTo(2);
        }
    }

    @Test
    void writesNothingWhenRowsWereBadAndSkippingWasNotAccepted() {
        try (Logbook logbook = Logbook.open(folder.resolve("log.db"))) {
            ImportPlan plan = preview(inKilograms, logbook, "strong-bad-rows.csv", "hevy-kg.csv");
            assertThat(plan.problems()).hasSize(2);

            ImportResult refused = plan.apply(logbook, false);

            assertThat(refused.written()).isFalse();
            assertThat(refused.message()).contains("nothing was imported");
            assertThat(logbook.sessions().count()).isZero();
        }
    }

    @Test
    void writesTheGoodRowsWhenSkippingWasAccepted() {
        try (Logbook logbook = Logbook.open(folder.resolve("log.db"))) {
            ImportResult done = preview(inKilograms, logbook, "strong-bad-rows.csv", "hevy-kg.csv").apply(logbook,
                    true);

            assertThat(done.written()).isTrue();
            assertThat(done.problemsSkipped()).isEqualTo(2);
            assertThat(logbook.sessions().count()).isEqualTo(3);
        }
    }

    @Test
    void mapsKnownNamesToTheCatalogueAndCreatesTheRest() {
        try (Logbook logbook = Logbook.open(folder.resolve("log.db"))) {
            ImportPlan plan = preview(logbook, "strong-comma.csv");

            assertThat(plan.mappings()).filteredOn(m -> !m.isNew())
                    .extracting(m -> m.sourceName() + "=" + m.targetId())
                    .contains("Bench Press (Barbell)=bench-press", "Overhead Press (Barbell)=overhead-press",
                            "Squat (Barbell)=back-squat", "Pull Up=pull-up",
                            "Romanian Deadlift (Barbell)=romanian-deadlift");
            assertThat(plan.mappings()).filteredOn(ExerciseMapping::isNew)
                    .extracting(m -> m.targetId().value()).containsExactly("cable-crossover");

            plan.apply(logbook, false);

            assertThat(logbook.exercises().find(ExerciseId.of("cable-crossover"))).isPresent();
            Workout push = (Workout) logbook.sessions().find(plan.sessionsToAdd().get(0).id()).orElseThrow();
            assertThat(push.entries()).filteredOn(StrengthEntry.class::isInstance)
                    .extracting(e -> ((StrengthEntry) e).exercise().value())
                    .containsExactly("bench-press", "overhead-press", "cable-crossover");
        }
    }

    @Test
    void letsTheUserMapANameToAnExistingExerciseBeforeImporting() {
        try (Logbook logbook = Logbook.open(folder.resolve("log.db"))) {
            ImportPlan plan = preview(logbook, "hevy-kg.csv")
                    .withChoice("Leg Extension (Machine)", Optional.of(ExerciseId.of("leg-press")))
                    .withChoice("Squat (Barbell)", Optional.empty());

            assertThat(plan.mappings()).extracting(m -> m.sourceName() + "=" + m.targetId() + "/" + m.how())
                    .contains("Leg Extension (Machine)=leg-press/CHOSEN", "Squat (Barbell)=squat-barbell/NEW");
            ImportResult done = plan.apply(logbook, false);

            assertThat(done.exercisesCreated()).isEqualTo(1);
            assertThat(logbook.exercises().find(ExerciseId.of("leg-extension-machine"))).isEmpty();
            assertThat(logbook.exercises().find(ExerciseId.of("squat-barbell"))).isPresent();
        }
    }

    @Test
    void plansTotalsAndTheDateRangeOfWhatItWouldAdd() {
        try (Logbook logbook = Logbook.open(folder.resolve("log.db"))) {
            ImportPlan plan = preview(logbook, "strong-comma.csv", "hevy-lbs.csv", "run-missing-distance.tcx");

            assertThat(plan.totals().sessions()).isEqualTo(5);
            assertThat(plan.totals().sets()).isEqualTo(14);
            assertThat(plan.totals().first()).isEqualTo(LocalDate.of(2024, 3, 4));
            assertThat(plan.totals().last()).isEqualTo(LocalDate.of(2025, 4, 2));
            assertThat(plan.files()).extracting(ImportPlan.FileSummary::format).containsExactly(
                    HistoryFormat.STRONG_CSV, HistoryFormat.HEVY_CSV, HistoryFormat.TCX);
        }
    }
}

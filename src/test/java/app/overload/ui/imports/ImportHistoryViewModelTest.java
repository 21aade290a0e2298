package app.overload.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import app.overload.TempLogbook;
import app.overload.domain.ExerciseId;
import app.overload.domain.MassUnit;
import app.overload.domain.UnitPreferences;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import app.overload.ui.imports.MappingRow.ExerciseChoice;
import javafx.beans.property.SimpleObjectProperty;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ImportHistoryViewModelTest {

    @RegisterExtension
    final TempLogbook temp = new TempLogbook("log.db");

    private Logbook logbook;
    private ImportHistoryViewModel model;
    private final AtomicInteger refreshed = new AtomicInteger();

    @BeforeEach
    void open() {
        logbook = temp.open();
        model = new ImportHistoryViewModel(logbook, new CurrentThreadTaskExecutor(),
                new SimpleObjectProperty<>(UnitPreferences.METRIC), Runnable::run, ZoneOffset.UTC);
    }

    static Path fixture(String name) {
        try {
            return Path.of(ImportHistoryViewModelTest.class.getResource("/app/overload/exchange/history/" + name)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void addingFilesPreviewsWhatTheyHold() {
        model.addFiles(List.of(fixture("hevy-kg.csv"), fixture("run-missing-distance.tcx")));

        assertThat(model.summaryProperty().get())
                .isEqualTo("3 sessions from 3 Jun 2024 to 30 Mar 2025: 7 sets, 3,020 kg lifted, 3.1 km.");
        assertThat(model.fileLines()).containsExactly("hevy-kg.csv — Hevy CSV, 2 sessions",
                "run-missing-distance.tcx — TCX, 1 session");
        assertThat(model.mappings()).extracting(MappingRow::sourceName, MappingRow::how).contains(
                Tuple.tuple("Bench Press (Barbell)", "Matched"),
                Tuple.tuple("Leg Extension (Machine)",
                        "Will be created as \"Leg Extension (Machine)\""));
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.canImportProperty().get()).isTrue();
    }

    @Test
    void importingWritesTheSessionsAndRunsTheCallbackOnce() {
        model.addFiles(List.of(fixture("hevy-kg.csv")));

        model.importNow(refreshed::incrementAndGet);

        assertThat(logbook.sessions().count()).isEqualTo(2);
        assertThat(refreshed).hasValue(1);
        assertThat(model.resultProperty().get()).startsWith("Imported 2 sessions as workouts");
        assertThat(model.canImportProperty().get()).as("a second click would add nothing").isFalse();
    }

    /** strong-bad-rows.csv loads 60, which does not tell kilograms from pounds, so the unit is chosen first. */
    @Test
    void problemsBlockTheImportUntilTheUserAcceptsSkippingThem() {
        model.unitProperty().set(MassUnit.KG);
        model.addFiles(List.of(fixture("strong-bad-rows.csv")));

        assertThat(model.problems()).hasSize(2).first().asString().startsWith("strong-bad-rows.csv, line 3: ");
        assertThat(model.canImportProperty().get()).isFalse();

        model.skipProblemsProperty().set(true);
        model.importNow(refreshed::incrementAndGet);

        assertThat(logbook.sessions().count()).isEqualTo(1);
    }

    @Test
    void aChangedMappingIsWhatGetsWritten() {
        model.addFiles(List.of(fixture("hevy-kg.csv")));
        ExerciseChoice legPress = model.choices().stream().filter(c -> "leg-press".equals(
                c.id() == null ? null : c.id().value())).findFirst().orElseThrow();

        model.choose("Leg Extension (Machine)", legPress);
        model.importNow(refreshed::incrementAndGet);

        assertThat(model.mappings()).filteredOn(r -> r.sourceName().equals("Leg Extension (Machine)"))
                .extracting(MappingRow::how).containsExactly("Your choice");
        assertThat(logbook.exercises().find(ExerciseId.of("leg-extension-machine"))).isEmpty();
    }

    @Test
    void choosingPoundsReadsTheFilesAgain() {
        model.addFiles(List.of(fixture("strong-comma.csv")));
        assertThat(model.summaryProperty().get()).contains("3,398 kg");

        model.unitProperty().set(MassUnit.LB);

        assertThat(model.summaryProperty().get()).contains("1,541 kg");
        assertThat(model.fileLines().get(0)).contains("as chosen");
    }
}

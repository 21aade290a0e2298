package app.overload.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.sample.SampleLogbook;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The block view's Export plan menu without a window: where the files went, or why they did not. */
class ExportPlanViewModelTest {

    @TempDir
    Path folder;

    @Test
    void saysWhereTheCalendarAndTheWatchFilesWentOrWhyNot() throws Exception {
        try (Logbook logbook = Logbook.open(folder.resolve("sample.db"))) {
            SampleLogbook sample = SampleLogbook.generate(1, 2, LocalDate.of(2026, 11, 23));
            logbook.saveAll(sample.blocks(), sample.sessions());
            TrainingBlock half = sample.blocks().stream().filter(b -> b.name().startsWith("Half marathon"))
                    .findFirst().orElseThrow();
            ExportPlanViewModel model = new ExportPlanViewModel(logbook, new CurrentThreadTaskExecutor(),
                    Clock.fixed(Instant.parse("2026-11-23T20:00:00Z"), ZoneOffset.UTC),
                    new SimpleObjectProperty<>(UnitPreferences.METRIC));

            Path ics = folder.resolve(ExportPlanViewModel.suggestedName(half, ".ics"));
            model.calendar(half, ics);
            assertThat(model.outcomeProperty().get()).startsWith("Wrote " + half.plan().size() + " planned sessions");
            assertThat(model.failedProperty().get()).isFalse();
            assertThat(Files.readString(ics)).contains("DTSTAMP:20261123T200000Z");

            model.watch(half, ics);
            assertThat(model.failedProperty().get()).isTrue();
            assertThat(model.outcomeProperty().get()).startsWith("The plan was not exported: ")
                    .contains("is a file; watch workouts go into a folder");
            assertThat(model.busyProperty().get()).isFalse();
        }
    }
}

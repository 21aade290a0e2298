package app.overload.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import app.overload.TempLogbook;
import app.overload.domain.UnitPreferences;
import app.overload.sample.SampleLogbook;
import app.overload.store.Logbook;
import app.overload.store.SessionFilter;
import app.overload.ui.CurrentThreadTaskExecutor;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HistoryViewModelTest {

    @RegisterExtension
    final TempLogbook temp = new TempLogbook("h.db");

    private Logbook logbook;

    @BeforeEach
    void open() {
        logbook = temp.open();
        SampleLogbook sample = SampleLogbook.generate(1, 1, LocalDate.of(2026, 11, 23));
        logbook.saveAll(sample.blocks(), sample.sessions());
    }

    private HistoryViewModel model() {
        return new HistoryViewModel(logbook, new CurrentThreadTaskExecutor(),
                new SimpleObjectProperty<>(UnitPreferences.METRIC));
    }

    @Test
    void aPageReadAheadShowsWhatARefreshShows() {
        HistoryViewModel refreshed = model();
        refreshed.refresh();
        HistoryViewModel ahead = model();
        ahead.show(HistoryViewModel.readFirstPage(logbook, UnitPreferences.METRIC));

        assertThat(ahead.rows()).isNotEmpty().containsExactlyElementsOf(refreshed.rows());
        assertThat(ahead.blocks()).containsExactlyElementsOf(refreshed.blocks());
        assertThat(ahead.hasEarlierProperty().get()).isTrue();
    }

    @Test
    void aPageReadAheadGivesWayToFiltersSetMeanwhile() {
        HistoryViewModel.FirstPage first = HistoryViewModel.readFirstPage(logbook, UnitPreferences.METRIC);
        HistoryViewModel model = model();
        model.kindFilterProperty().set(SessionFilter.Kind.WORKOUT);
        model.show(first);
        assertThat(model.rows()).filteredOn(HistoryRow.Entry.class::isInstance)
                .allMatch(row -> !((HistoryRow.Entry) row).training());
    }

    @Test
    void aPageFormattedInOtherUnitsIsFormattedAgain() {
        HistoryViewModel.FirstPage metric = HistoryViewModel.readFirstPage(logbook, UnitPreferences.METRIC);
        HistoryViewModel model = new HistoryViewModel(logbook, new CurrentThreadTaskExecutor(),
                new SimpleObjectProperty<>(UnitPreferences.IMPERIAL));
        model.show(metric);
        assertThat(model.rows()).filteredOn(HistoryRow.Entry.class::isInstance)
                .extracting(row -> ((HistoryRow.Entry) row).summary())
                .anyMatch(summary -> summary.contains(" lb")).noneMatch(summary -> summary.contains(" kg"));
    }

    @Test
    void theBlockFilterListsBlocksByName() {
        HistoryViewModel model = model();
        model.refresh();
        assertThat(model.blocks()).extracting(b -> b.name()).contains("Linear 5×5 (Oct 2026)");
    }
}

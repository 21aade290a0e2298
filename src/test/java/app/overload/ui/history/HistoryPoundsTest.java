package app.overload.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;

import app.overload.TempLogbook;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.UnitPreferences;
import app.overload.domain.Workout;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The history of a squat typed as 225 lb and one typed as 100 kg, read in kilograms and in pounds. */
class HistoryPoundsTest {

    @RegisterExtension
    final TempLogbook temp = new TempLogbook("h.db");

    private Logbook logbook;

    @BeforeEach
    void open() {
        logbook = temp.open();
        save(LocalDateTime.of(2026, 11, 23, 18, 0), Mass.pounds(225));
        save(LocalDateTime.of(2026, 11, 25, 18, 0), Mass.kilograms(100));
    }

    private void save(LocalDateTime start, Mass load) {
        List<StrengthSet> sets = IntStream.range(0, 5).mapToObj(i -> StrengthSet.working(5, load)).toList();
        logbook.sessions().save(new Workout(SessionId.random(), start, Duration.ofMinutes(45), null, "",
                List.of(new StrengthEntry(ExerciseId.of("back-squat"), sets, "")), ""));
    }

    @ParameterizedTest(name = "in {0}: \"{1}\", \"{2}\", week \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
            METRIC   | Back squat 5×5 @ 102.1 kg | Back squat 5×5 @ 100 kg   | 5,051 kg
            IMPERIAL | Back squat 5×5 @ 225 lb   | Back squat 5×5 @ 220.5 lb | 11,137 lb
            """)
    void rowsReadAsTypedOrToATenthAndTheWeekInTheUnit(String system, String typedInPounds, String typedInKilos,
            String volume) {
        SimpleObjectProperty<UnitPreferences> units = new SimpleObjectProperty<>(UnitPreferences.METRIC);
        HistoryViewModel model = new HistoryViewModel(logbook, new CurrentThreadTaskExecutor(), units);
        model.refresh();
        units.set(system.equals("METRIC") ? UnitPreferences.METRIC : UnitPreferences.IMPERIAL);

        assertThat(model.rows()).filteredOn(HistoryRow.Entry.class::isInstance)
                .extracting(row -> ((HistoryRow.Entry) row).summary()).containsExactly(typedInKilos, typedInPounds);
        assertThat(model.rows()).filteredOn(HistoryRow.Week.class::isInstance)
                .extracting(row -> ((HistoryRow.Week) row).totals()).singleElement().asString()
                .contains(" · " + volume + " · ");
    }
}

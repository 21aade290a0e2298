package app.overload.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import app.overload.TempLogbook;
import app.overload.domain.UnitPreferences;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** "Last time" runs beside the form without asking; when it cannot be read, the status bar is told. */
class LastTimeProblemTest {

    @RegisterExtension
    final TempLogbook temp = new TempLogbook("log.db");

    @Test
    void aLookupThatFailsIsReportedNotSwallowed() {
        Logbook logbook = temp.open();
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 23).atTime(18, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        LogViewModel model = new LogViewModel(logbook, new CurrentThreadTaskExecutor(), clock,
                new SimpleObjectProperty<>(UnitPreferences.METRIC));
        List<String> problems = new ArrayList<>();
        model.setOnBackgroundProblem(problems::add);
        model.open();
        model.search().queryProperty().set("squ");

        logbook.close(); // every read fails from here on
        model.addFirstMatch();

        assertThat(problems).singleElement().asString().startsWith("Last time could not be looked up: ");
    }
}

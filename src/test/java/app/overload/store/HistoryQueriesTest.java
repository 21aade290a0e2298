package app.overload.store;

import static app.overload.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import app.overload.Fixtures;
import app.overload.TempLogbook;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Modality;
import app.overload.domain.Purpose;
import app.overload.domain.Session;
import app.overload.domain.TrainingBlock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HistoryQueriesTest {

    @RegisterExtension
    final TempLogbook temp = new TempLogbook("history.db");

    private Logbook logbook;
    private HistoryQueries history;
    private TrainingBlock block;

    @BeforeEach
    void open() {
        logbook = temp.open();
        history = new HistoryQueries(logbook.database());
        block = Fixtures.fiveK("5 km in November");
        logbook.blocks().save(block);
        logbook.sessions().saveAll(List.of(Fixtures.squats(day(3), 5, 5, 100),
                Fixtures.run(day(4), 5, Duration.ofMinutes(25)),
                Fixtures.training(block.id(), Purpose.TEMPO, day(11),
                        EnduranceEntry.of(Modality.RUN, Distance.kilometres(6), Duration.ofMinutes(27))),
                Fixtures.workout(day(21),
                        EnduranceEntry.of(Modality.RIDE, Distance.kilometres(20), Duration.ofMinutes(40)))));
    }

    private List<LocalDate> days(SessionFilter filter) {
        return history.between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), filter).stream()
                .map(Session::date).toList();
    }

    @Test
    void filtersByKindModalityAndBlock() {
        assertThat(days(SessionFilter.ALL)).hasSize(4);
        assertThat(days(new SessionFilter(SessionFilter.Kind.WORKOUT, null, null))).hasSize(3);
        assertThat(days(new SessionFilter(SessionFilter.Kind.TRAINING, null, null)))
                .containsExactly(LocalDate.of(2026, 11, 11));
        assertThat(days(new SessionFilter(null, Modality.RUN, null)))
                .containsExactly(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 11));
        assertThat(days(new SessionFilter(null, null, block.id()))).containsExactly(LocalDate.of(2026, 11, 11));
    }

    @Test
    void findsTheLastMatchingDayBeforeAPageForPaging() {
        SessionFilter runs = new SessionFilter(null, Modality.RUN, null);
        assertThat(history.lastDay(runs)).contains(LocalDate.of(2026, 11, 11));
        assertThat(history.lastDayBefore(LocalDate.of(2026, 11, 11), runs)).contains(LocalDate.of(2026, 11, 4));
        assertThat(history.lastDayBefore(LocalDate.of(2026, 11, 4), runs)).isEmpty();
    }
}

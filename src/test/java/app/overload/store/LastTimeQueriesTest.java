package app.overload.store;

import static app.overload.Fixtures.BENCH;
import static app.overload.Fixtures.SQUAT;
import static app.overload.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import app.overload.Fixtures;
import app.overload.TempLogbook;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.ExerciseId;
import app.overload.domain.Modality;
import app.overload.domain.Purpose;
import app.overload.domain.TrainingBlock;
import app.overload.store.LastTimeQueries.LastStrength;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LastTimeQueriesTest {

    @RegisterExtension
    final TempLogbook temp = new TempLogbook("last.db");

    private Logbook logbook;
    private LastTimeQueries lastTime;

    @BeforeEach
    void open() {
        logbook = temp.open();
        lastTime = new LastTimeQueries(logbook.database());
    }

    @Test
    void findsTheLatestEntryOfEachExerciseBeforeTheGivenMoment() {
        logbook.sessions().saveAll(List.of(Fixtures.squats(day(10), 5, 5, 100),
                Fixtures.squats(day(13), 5, 5, 102.5), Fixtures.squats(day(20), 5, 5, 105)));

        Map<ExerciseId, LastStrength> found = lastTime.lastStrength(List.of(SQUAT, BENCH), day(20), day(1));

        assertThat(found).containsOnlyKeys(SQUAT);
        LastStrength squat = found.get(SQUAT);
        assertThat(squat.start()).isEqualTo(day(13));
        assertThat(squat.entry().sets()).hasSize(5)
                .allSatisfy(s -> assertThat(s.load().kilograms()).isEqualTo(102.5));
        assertThat(squat.entry().sets().get(0).rpe().value()).isEqualTo(8);
    }

    @Test
    void bringsTheRecentWorkSetsForAnEstimatedMax() {
        logbook.sessions().saveAll(List.of(Fixtures.squats(day(2), 3, 5, 90),
                Fixtures.squats(day(13), 5, 5, 100)));

        LastStrength squat = lastTime.lastStrength(List.of(SQUAT), day(20), day(10)).get(SQUAT);

        assertThat(squat.recentSets()).hasSize(5);
    }

    @Test
    void findsTheLastRunOfAModality() {
        logbook.sessions().saveAll(List.of(Fixtures.run(day(10), 8, Duration.ofMinutes(40)),
                Fixtures.run(day(12), 5, Duration.ofMinutes(24)), Fixtures.squats(day(14), 5, 5, 100)));

        assertThat(lastTime.lastOfModality(Modality.RUN, day(20))).hasValueSatisfying(last -> {
            assertThat(last.start()).isEqualTo(day(12));
            assertThat(last.entry().distance().kilometres()).isEqualTo(5);
        });
        assertThat(lastTime.lastOfModality(Modality.RIDE, day(20))).isEmpty();
    }

    @Test
    void comparesATempoRunWithTheLastTempoRunNotTheLastRun() {
        TrainingBlock block = Fixtures.fiveK("5 km in November");
        logbook.blocks().save(block);
        EnduranceEntry tempo = EnduranceEntry.of(Modality.RUN, Distance.kilometres(6), Duration.ofMinutes(27));
        EnduranceEntry easy = EnduranceEntry.of(Modality.RUN, Distance.kilometres(10), Duration.ofMinutes(60));
        logbook.sessions().saveAll(List.of(Fixtures.training(block.id(), Purpose.TEMPO, day(11), tempo),
                Fixtures.training(block.id(), Purpose.LONG_RUN, day(15), easy)));

        assertThat(lastTime.lastOfPurpose(Purpose.TEMPO, Modality.RUN, day(18))).hasValueSatisfying(last -> {
            assertThat(last.start()).isEqualTo(day(11));
            assertThat(last.entry().duration()).isEqualTo(Duration.ofMinutes(27));
        });
        assertThat(lastTime.lastOfPurpose(Purpose.INTERVALS, Modality.RUN, day(18))).isEmpty();
    }
}

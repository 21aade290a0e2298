package app.overload.exchange.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDateTime;

import app.overload.domain.EnduranceEntry;
import app.overload.domain.Modality;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.Workout;
import org.junit.jupiter.api.Test;

class HevyCsvTest {

    @Test
    void readsAKilogramExportWithItsTotals() {
        ParsedHistory parsed = Fixtures.read("hevy-kg.csv");

        assertThat(parsed.format()).isEqualTo(HistoryFormat.HEVY_CSV);
        assertThat(parsed.problems()).isEmpty();
        ImportTotals totals = ImportTotals.of(parsed.workouts());
        assertThat(totals.sessions()).isEqualTo(2);
        assertThat(totals.sets()).isEqualTo(7);
        assertThat(totals.volumeKilograms()).isCloseTo(3020, within(1e-6));
        assertThat(totals.distanceMetres()).isCloseTo(2500, within(1e-6));
    }

    @Test
    void readsAPoundAndMileExportInKilogramsAndMetres() {
        ParsedHistory parsed = Fixtures.read("hevy-lbs.csv");

        ImportTotals totals = ImportTotals.of(parsed.workouts());
        assertThat(totals.volumeKilograms()).isCloseTo(950 * 0.45359237, within(1e-6));
        assertThat(totals.distanceMetres()).isCloseTo(3.1 * 1609.344, within(1e-6));
        StrengthEntry press = (StrengthEntry) parsed.workouts().get(0).entries().get(0);
        assertThat(press.sets().get(0).rpe().value()).isEqualTo(7.5);
    }

    @Test
    void mapsSetTypesAndTakesTheDurationFromStartAndEnd() {
        Workout push = Fixtures.read("hevy-kg.csv").workouts().get(0);

        assertThat(push.start()).isEqualTo(LocalDateTime.of(2025, 3, 28, 17, 29));
        assertThat(push.duration()).isEqualTo(Duration.ofMinutes(62));
        assertThat(push.notes()).isEqualTo("Good session");
        StrengthEntry bench = (StrengthEntry) push.entries().get(0);
        assertThat(bench.sets()).extracting(StrengthSet::kind)
                .containsExactly(SetKind.WARM_UP, SetKind.WORKING, SetKind.AMRAP, SetKind.DROP);
        assertThat(bench.notes()).isEqualTo("Elbows tucked");
        EnduranceEntry treadmill = (EnduranceEntry) push.entries().get(1);
        assertThat(treadmill.modality()).isEqualTo(Modality.RUN);
        assertThat(treadmill.duration()).isEqualTo(Duration.ofMinutes(15));
    }
}

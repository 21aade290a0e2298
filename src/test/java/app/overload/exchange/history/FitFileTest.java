package app.overload.exchange.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.overload.domain.EnduranceEntry;
import app.overload.domain.Modality;
import app.overload.domain.Workout;

class FitFileTest {

    @TempDir
    Path folder;

    private final HistoryReader reader = new HistoryReader(Fixtures.OPTIONS);

    @Test
    void readsASessionWithTheDevicesTotalsAndItsLapsAsIntervals() {
        ParsedHistory parsed = reader.read(FitFiles.ride(folder), ImportProgress.NONE);

        assertThat(parsed.format()).isEqualTo(HistoryFormat.FIT);
        assertThat(parsed.problems()).isEmpty();
        Workout ride = parsed.workouts().get(0);
        assertThat(ride.start()).isEqualTo(LocalDateTime.of(2024, 7, 1, 6, 0));
        assertThat(ride.duration()).isEqualTo(Duration.ofMinutes(20));
        assertThat(ride.label()).isEqualTo("Ride");
        EnduranceEntry entry = (EnduranceEntry) ride.entries().get(0);
        assertThat(entry.modality()).isEqualTo(Modality.RIDE);
        assertThat(entry.distance().metres()).isEqualTo(6000);
        assertThat(entry.averageHeartRate()).isEqualTo(135);
        assertThat(entry.elevationGain().metres()).isEqualTo(21);
        assertThat(entry.intervals()).hasSize(2);
        assertThat(entry.intervals().get(1).workDuration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(entry.intervals().get(1).workDistance().metres()).isEqualTo(3000);
    }

    @Test
    void refusesAFitFileCutShortWithAClearMessage() throws IOException {
        byte[] whole = Files.readAllBytes(FitFiles.ride(folder));
        Path cut = Files.write(folder.resolve("cut.fit"), Arrays.copyOf(whole, whole.length / 2));

        ParsedHistory parsed = reader.read(cut, ImportProgress.NONE);

        assertThat(parsed.workouts()).isEmpty();
        assertThat(parsed.problems()).singleElement().extracting(Problem::reason).asString().contains("damaged");
    }
}

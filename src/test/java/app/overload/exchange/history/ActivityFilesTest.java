package app.overload.exchange.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;

import app.overload.domain.EnduranceEntry;
import app.overload.domain.Interval;
import app.overload.domain.Modality;
import app.overload.domain.Workout;
import org.junit.jupiter.api.Test;

class ActivityFilesTest {

    /** 0.001° of latitude on the mean Earth radius. */
    private static final double STEP_M = 111.19508;

    @Test
    void readsAGpx11TrackWithGarminHeartRate() {
        ParsedHistory parsed = Fixtures.read("run-hr-1.1.gpx");

        assertThat(parsed.format()).isEqualTo(HistoryFormat.GPX);
        assertThat(parsed.problems()).isEmpty();
        Workout run = parsed.workouts().get(0);
        assertThat(run.label()).isEqualTo("Lunch Run");
        assertThat(run.start()).isEqualTo(LocalDateTime.of(2024, 6, 1, 5, 30));
        assertThat(run.duration()).isEqualTo(Duration.ofSeconds(150));
        EnduranceEntry entry = (EnduranceEntry) run.entries().get(0);
        assertThat(entry.modality()).isEqualTo(Modality.RUN);
        assertThat(entry.distance().metres()).isCloseTo(5 * STEP_M, within(0.5));
        assertThat(entry.averageHeartRate()).isEqualTo(150);
        assertThat(entry.elevationGain().metres()).isEqualTo(10); // 10→11→10 is noise; 10→15 and 15→20 count
    }

    @Test
    void readsAGpx10TrackWithoutHeartRateAndTakesTheModalityFromItsName() {
        ParsedHistory parsed = Fixtures.read("walk-1.0.gpx");

        Workout walk = parsed.workouts().get(0);
        EnduranceEntry entry = (EnduranceEntry) walk.entries().get(0);
        assertThat(entry.modality()).isEqualTo(Modality.WALK);
        assertThat(entry.averageHeartRate()).isNull();
        assertThat(entry.distance().metres()).isCloseTo(3 * STEP_M, within(0.5));
        assertThat(entry.elevationGain().metres()).isZero();
        assertThat(walk.duration()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void readsTcxLapsAndFillsMissingDistancesFromPositionsAndPointDistances() {
        ParsedHistory parsed = Fixtures.read("run-missing-distance.tcx");

        assertThat(parsed.format()).isEqualTo(HistoryFormat.TCX);
        assertThat(parsed.problems()).isEmpty();
        Workout run = parsed.workouts().get(0);
        EnduranceEntry entry = (EnduranceEntry) run.entries().get(0);
        assertThat(entry.modality()).isEqualTo(Modality.RUN);
        assertThat(run.duration()).isEqualTo(Duration.ofMinutes(3));
        assertThat(entry.intervals()).hasSize(2);
        Interval first = entry.intervals().get(0);
        assertThat(first.workDistance().metres()).isCloseTo(2 * STEP_M, within(0.5));
        assertThat(first.workDuration()).isEqualTo(Duration.ofMinutes(1));
        assertThat(entry.intervals().get(1).workDistance().metres()).isEqualTo(400);
        assertThat(entry.distance().metres()).isCloseTo(2 * STEP_M + 400, within(0.5));
        assertThat(entry.averageHeartRate()).isEqualTo(150); // 130, 140, 150, 150, 160, 170
        assertThat(run.label()).isEqualTo("Run");
    }

    @Test
    void givesTheSameRunTheSameIdWhicheverFileItCameFrom() {
        Workout a = Fixtures.read("run-hr-1.1.gpx").workouts().get(0);
        Workout b = Fixtures.read("run-hr-1.1.gpx", Fixtures.OPTIONS.withZone(ZoneId.of("Europe/Zurich")))
                .workouts().get(0);

        assertThat(a.id()).isEqualTo(b.id());
        assertThat(b.start()).isEqualTo(LocalDateTime.of(2024, 6, 1, 7, 30));
    }
}

package app.overload.exchange.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import app.overload.domain.EnduranceEntry;
import app.overload.domain.Modality;
import app.overload.domain.Workout;
import app.overload.exchange.fit.FitFixtures;
import com.garmin.fit.BufferEncoder;
import com.garmin.fit.DateTime;
import com.garmin.fit.File;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Fit;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.Sport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FitFileTest {

    @TempDir
    Path folder;

    private final HistoryFileReader reader = new HistoryFileReader(Fixtures.OPTIONS);

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
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("cut.fit");
            assertThat(p.position()).isEqualTo("byte " + whole.length / 2);
            assertThat(p.reason()).startsWith("The FIT file is damaged: the file is cut short")
                    .endsWith("Nothing was imported from it.");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("devices")
    void everyKindOfDeviceGivesTheSameRun(FitFixtures.Device device) throws IOException {
        Path file = Files.write(folder.resolve("run.fit"), FitFixtures.run(device, 1800, false));

        ParsedHistory parsed = reader.read(file, ImportProgress.NONE);

        assertThat(parsed.problems()).isEmpty();
        Workout run = parsed.workouts().get(0);
        assertThat(run.start()).isEqualTo(LocalDateTime.of(2024, 7, 1, 6, 0));
        assertThat(run.duration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(run.label()).isEqualTo("Run");
        EnduranceEntry entry = (EnduranceEntry) run.entries().get(0);
        assertThat(entry.modality()).isEqualTo(Modality.RUN);
        assertThat(entry.distance().metres()).isEqualTo(5400);
        assertThat(entry.averageHeartRate()).isEqualTo(139); // the device's average of 120…159, each 45 times, and 120
        assertThat(entry.elevationGain().metres()).isEqualTo(30);
        assertThat(entry.intervals()).hasSize(5);
    }

    static List<FitFixtures.Device> devices() {
        return FitFixtures.DEVICES;
    }

    @Test
    void developerFieldsChangeNothingInTheWorkout() throws IOException {
        Path plain = Files.write(folder.resolve("plain.fit"), FitFixtures.run(FitFixtures.GARMIN_WATCH, 900, false));
        Path extra = Files.write(folder.resolve("extra.fit"), FitFixtures.run(FitFixtures.GARMIN_WATCH, 900, true));

        assertThat(reader.read(extra, ImportProgress.NONE).workouts())
                .isEqualTo(reader.read(plain, ImportProgress.NONE).workouts());
    }

    @Test
    void aTriathlonBecomesOneWorkoutPerLegNamedAsALeg() throws IOException {
        Path file = Files.write(folder.resolve("tri.fit"), FitFixtures.triathlon(FitFixtures.GARMIN_WATCH));

        ParsedHistory parsed = reader.read(file, ImportProgress.NONE);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.workouts()).extracting(Workout::label).containsExactly("Triathlon — swim leg",
                "Triathlon — transition 1", "Triathlon — bike leg", "Triathlon — transition 2",
                "Triathlon — run leg");
        assertThat(parsed.workouts()).extracting(w -> ((EnduranceEntry) w.entries().get(0)).modality())
                .containsExactly(Modality.SWIM, Modality.OTHER, Modality.RIDE, Modality.OTHER, Modality.RUN);
        assertThat(parsed.workouts()).extracting(w -> w.start().toLocalTime().toString())
                .containsExactly("06:00", "06:30", "06:32", "07:32", "07:33");
        EnduranceEntry bike = (EnduranceEntry) parsed.workouts().get(2).entries().get(0);
        assertThat(bike.distance().metres()).isEqualTo(36_000);
        assertThat(bike.intervals()).hasSize(4).allSatisfy(i -> assertThat(i.workDistance().metres())
                .isEqualTo(9000));
        assertThat(parsed.workouts()).extracting(Workout::id).doesNotHaveDuplicates();
    }

    @Test
    void aSessionTimedFromWhenTheDeviceWasSwitchedOnIsLeftOutAsUndated() throws IOException {
        BufferEncoder encoder = new BufferEncoder(Fit.ProtocolVersion.V2_0);
        DateTime sinceSwitchedOn = new DateTime(16_441_241L); // FIT times below 2^28
        RecordMesg record = new RecordMesg();
        record.setTimestamp(sinceSwitchedOn);
        record.setHeartRate((short) 120);
        encoder.write(record);
        SessionMesg session = new SessionMesg();
        session.setStartTime(sinceSwitchedOn);
        session.setTotalElapsedTime(60f);
        encoder.write(session);
        Path file = Files.write(folder.resolve("old.fit"), encoder.close());

        ParsedHistory parsed = reader.read(file, ImportProgress.NONE);

        assertThat(parsed.workouts()).isEmpty();
        assertThat(parsed.problems()).singleElement().extracting(Problem::reason).asString()
                .contains("it has no date");
    }

    @Test
    void aSessionAverageHeartRateOfZeroMeansNoSensorNotAnError() throws IOException {
        BufferEncoder encoder = new BufferEncoder(Fit.ProtocolVersion.V2_0);
        SessionMesg session = new SessionMesg();
        session.setStartTime(new DateTime(FitFixtures.START));
        session.setTotalElapsedTime(1800f);
        session.setTotalDistance(9000f);
        session.setSport(Sport.CYCLING);
        session.setAvgHeartRate((short) 0);
        encoder.write(session);
        Path file = Files.write(folder.resolve("no-strap.fit"), encoder.close());

        ParsedHistory parsed = reader.read(file, ImportProgress.NONE);

        assertThat(parsed.problems()).isEmpty();
        assertThat(((EnduranceEntry) parsed.workouts().get(0).entries().get(0)).averageHeartRate()).isNull();
    }

    @Test
    void aWorkoutFileIsNotTakenForAnActivity() throws IOException {
        BufferEncoder encoder = new BufferEncoder(Fit.ProtocolVersion.V2_0);
        FileIdMesg id = new FileIdMesg();
        id.setType(File.WORKOUT);
        id.setManufacturer(Manufacturer.DEVELOPMENT);
        encoder.write(id);
        Path file = Files.write(folder.resolve("plan.fit"), encoder.close());

        ParsedHistory parsed = reader.read(file, ImportProgress.NONE);

        assertThat(parsed.workouts()).isEmpty();
        assertThat(parsed.problems()).singleElement().extracting(Problem::reason)
                .isEqualTo("The FIT file is a planned workout, not a recorded activity.");
    }
}

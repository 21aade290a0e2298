package app.overload.exchange.fit;

import static app.overload.exchange.fit.RawFit.f;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import app.overload.exchange.fit.FitFixtures.Device;
import com.garmin.fit.FitMessages;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.Sport;
import com.garmin.fit.SubSport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Our decoder against Garmin's: files of several kinds of device, and the protocol's less common corners. */
class FitDecoderTest {

    static Stream<Arguments> devices() {
        return FitFixtures.DEVICES.stream().flatMap(d -> Stream.of(Arguments.of(d, false), Arguments.of(d, true)));
    }

    @ParameterizedTest(name = "{0}, developer fields: {1}")
    @MethodSource("devices")
    void readsEveryRecordAndSessionAsGarminsDecoderDoes(Device device, boolean developerFields) throws Exception {
        byte[] bytes = FitFixtures.run(device, 600, developerFields);

        FitActivity ours = FitActivityReader.read(bytes);
        FitMessages garmin = GarminReading.of(bytes);

        assertThat(ours.creator().manufacturer()).isEqualTo(device.manufacturer());
        assertThat(ours.creator().product()).isEqualTo(device.product());
        assertThat(ours.devices()).singleElement().satisfies(d -> assertThat(d.productName())
                .isEqualTo(device.label()));
        List<RecordMesg> records = garmin.getRecordMesgs();
        assertThat(ours.records()).hasSize(records.size()).hasSize(601);
        for (int i = 0; i < records.size(); i++) {
            RecordMesg g = records.get(i);
            FitRecord r = ours.records().get(i);
            assertThat(r.time()).isEqualTo(g.getTimestamp().getInstant());
            assertThat(r.latitude()).isCloseTo(g.getPositionLat() * 180.0 / 2_147_483_648.0, within(1e-12));
            assertThat(r.longitude()).isCloseTo(g.getPositionLong() * 180.0 / 2_147_483_648.0, within(1e-12));
            assertThat(r.distance()).isCloseTo(g.getDistance(), within(1e-3));
            Float speed = g.getEnhancedSpeed() != null ? g.getEnhancedSpeed() : g.getSpeed();
            assertThat(r.speed()).isCloseTo(speed, within(1e-3));
            Float altitude = g.getEnhancedAltitude() != null ? g.getEnhancedAltitude() : g.getAltitude();
            assertThat(r.altitude()).isCloseTo(altitude, within(1e-3));
            assertThat(r.heartRate()).isEqualTo(g.getHeartRate().intValue()).isEqualTo(FitFixtures.heartRate(i));
            assertThat(r.cadence()).isEqualTo(g.getCadence().intValue());
            assertThat(r.power()).isNull();
        }
        SessionMesg g = garmin.getSessionMesgs().get(0);
        FitSession s = ours.sessions().get(0);
        assertThat(s.start()).isEqualTo(g.getStartTime().getInstant()).isEqualTo(FitFixtures.START);
        assertThat(s.elapsed()).isEqualTo(Duration.ofMinutes(10));
        assertThat(s.distance()).isCloseTo(g.getTotalDistance(), within(1e-3));
        assertThat(s.averageHeartRate()).isEqualTo(g.getAvgHeartRate().intValue());
        assertThat(s.speed()).isCloseTo(3.0, within(1e-3));
        assertThat(s.sport()).isEqualTo(g.getSport().getValue());
        assertThat(s.subSport()).isEqualTo(g.getSubSport().getValue());
        assertThat(s.lapCount()).isEqualTo(g.getNumLaps()).isEqualTo(ours.laps().size());
    }

    @Test
    void bigEndianDefinitionsReadLikeLittleEndianOnes() throws Exception {
        byte[] little = recordsFile(false);
        byte[] big = recordsFile(true);

        FitActivity fromLittle = FitActivityReader.read(little);
        FitActivity fromBig = FitActivityReader.read(big);

        assertThat(fromBig).isEqualTo(fromLittle);
        assertThat(fromBig.records()).extracting(FitRecord::heartRate).containsExactly(140, 141);
        assertThat(fromBig.records().get(1).latitude()).isCloseTo(-33.5, within(1e-6));
        assertThat(fromBig.records().get(1).power()).isEqualTo(310);
        assertThat(GarminReading.of(big).getRecordMesgs()).extracting(RecordMesg::getPower).containsExactly(300, 310);
    }

    /** Two records of time, latitude, heart rate and power, and a session, in either byte order. */
    private static byte[] recordsFile(boolean big) {
        long t = FitProfile.fitSeconds(FitFixtures.START);
        int lat = (int) Math.round(-33.5 * 2_147_483_648.0 / 180);
        return new RawFit()
                .define(0, FitProfile.RECORD, big, f(253, 4, 0x86), f(0, 4, 0x85), f(1, 4, 0x85), f(3, 1, 0x02),
                        f(7, 2, 0x84))
                .data(0, t, lat, lat, 140, 300)
                .data(0, t + 1, lat, lat, 141, 310)
                .define(1, FitProfile.SESSION, big, f(253, 4, 0x86), f(2, 4, 0x86), f(7, 4, 0x86), f(9, 4, 0x86))
                .data(1, t + 1, t, 1000, 500)
                .file();
    }

    @Test
    void compressedTimestampsCountOnFromTheLastFullOneAndRollOver() throws Exception {
        long full = (FitProfile.fitSeconds(FitFixtures.START) & ~0x1FL) + 30; // low five bits: 30
        byte[] bytes = new RawFit()
                .define(0, FitProfile.RECORD, false, f(253, 4, 0x86), f(3, 1, 0x02))
                .data(0, full, 100)
                .define(1, FitProfile.RECORD, false, f(3, 1, 0x02))
                .compressed(1, 31, 101) // one second on
                .compressed(1, 2, 102) // the five bits rolled over: 30 → 34
                .compressed(1, 5, 103)
                .file();

        FitActivity activity = FitActivityReader.read(bytes);

        Instant base = FitProfile.instant(full);
        assertThat(activity.records()).extracting(FitRecord::time).containsExactly(base, base.plusSeconds(1),
                base.plusSeconds(4), base.plusSeconds(7));
        assertThat(GarminReading.of(bytes).getRecordMesgs()).extracting(r -> r.getTimestamp().getInstant())
                .containsExactly(base, base.plusSeconds(1), base.plusSeconds(4), base.plusSeconds(7));
    }

    @Test
    void aLocalTypeDefinedAgainIsReadWithItsNewFields() throws Exception {
        long t = FitProfile.fitSeconds(FitFixtures.START);
        byte[] bytes = new RawFit()
                .define(0, FitProfile.RECORD, false, f(253, 4, 0x86), f(3, 1, 0x02))
                .data(0, t, 150)
                .define(0, FitProfile.LAP, false, f(253, 4, 0x86), f(2, 4, 0x86), f(9, 4, 0x86))
                .data(0, t + 60, t, 25_000)
                .define(0, FitProfile.RECORD, false, f(3, 1, 0x02), f(253, 4, 0x86), f(4, 1, 0x02))
                .data(0, 151, t + 61, 88)
                .file();

        FitActivity activity = FitActivityReader.read(bytes);

        assertThat(activity.records()).extracting(FitRecord::heartRate).containsExactly(150, 151);
        assertThat(activity.records().get(1).cadence()).isEqualTo(88);
        assertThat(activity.laps()).singleElement().satisfies(l -> assertThat(l.distance()).isEqualTo(250.0));
    }

    @Test
    void developerFieldsAreSkippedByTheirDeclaredSize() throws Exception {
        long t = FitProfile.fitSeconds(FitFixtures.START);
        byte[] bytes = new RawFit()
                .define(0, FitProfile.RECORD, false, new RawFit.F[] {f(253, 4, 0x86), f(3, 1, 0x02)},
                        new int[][] {{0, 2, 0}, {1, 16, 0}})
                .data(0, t, 120)
                .data(0, t + 1, 121)
                .file();

        assertThat(FitActivityReader.read(bytes).records()).extracting(FitRecord::heartRate).containsExactly(120, 121);
        assertThat(GarminReading.of(bytes).getRecordMesgs()).hasSize(2);
    }

    @Test
    void aFieldThatIsNotAWholeNumberOfValuesIsLeftOutAndTheNextOneStillReads() throws Exception {
        long t = FitProfile.fitSeconds(FitFixtures.START);
        byte[] bytes = new RawFit()
                .define(0, FitProfile.RECORD, false, f(253, 4, 0x86), f(7, 3, 0x84), f(3, 1, 0x02))
                .data(0, t, 0x030201, 133)
                .file();

        FitRecord r = FitActivityReader.read(bytes).records().get(0);

        assertThat(r.power()).isNull();
        assertThat(r.heartRate()).isEqualTo(133);
    }

    @Test
    void chainedFilesAreReadAsOneActivityWithEachSessionsOwnLaps() throws Exception {
        byte[] first = FitFixtures.run(FitFixtures.GARMIN_WATCH, 1000, false); // 3 laps
        byte[] second = FitFixtures.activity(FitFixtures.GARMIN_WATCH, FitFixtures.START.plusSeconds(7200), false,
                new FitFixtures.Leg(Sport.CYCLING, SubSport.ROAD, 600, 8.0, 2));

        FitActivity activity = FitActivityReader.read(RawFit.chain(first, second));

        assertThat(activity.sessions()).hasSize(2);
        assertThat(activity.records()).hasSize(1001 + 601);
        assertThat(activity.laps(activity.sessions().get(0))).hasSize(3);
        assertThat(activity.laps(activity.sessions().get(1))).hasSize(2)
                .allSatisfy(l -> assertThat(l.distance()).isEqualTo(2400.0));
        assertThat(activity.creator().product()).isEqualTo(FitFixtures.GARMIN_WATCH.product());
    }

    @Test
    void aFileWithNoMessagesMayComeFirstInAChain() throws Exception {
        byte[] empty = new RawFit().file();
        byte[] run = FitFixtures.run(FitFixtures.COROS, 60, false);

        assertThat(FitActivityReader.read(RawFit.chain(empty, run))).isEqualTo(FitActivityReader.read(run));
    }

    @Test
    void zeroBytesAfterTheLastFileArePaddingNotAnotherFile() throws Exception {
        byte[] file = FitFixtures.run(FitFixtures.COROS, 60, false);
        byte[] padded = Arrays.copyOf(file, file.length + 100);

        assertThat(FitActivityReader.read(padded)).isEqualTo(FitActivityReader.read(file));
    }

    @Test
    void aTwelveByteHeaderAndAHeaderChecksumOfZeroAreRead() throws Exception {
        long t = FitProfile.fitSeconds(FitFixtures.START);
        RawFit raw = new RawFit().define(0, FitProfile.RECORD, false, f(253, 4, 0x86), f(3, 1, 0x02)).data(0, t, 99);
        byte[] twelve = raw.file(12);
        byte[] zeroHeaderCrc = raw.file();
        zeroHeaderCrc[12] = 0;
        zeroHeaderCrc[13] = 0;

        assertThat(FitActivityReader.read(twelve).records()).extracting(FitRecord::heartRate).containsExactly(99);
        assertThat(FitActivityReader.read(RawFit.recrc(zeroHeaderCrc)).records()).hasSize(1);
    }

    @Test
    void messagesComeInFileOrderWithTheirPositions() throws Exception {
        long t = FitProfile.fitSeconds(FitFixtures.START);
        byte[] bytes = new RawFit()
                .define(0, FitProfile.FILE_ID, false, f(0, 1, 0x00), f(1, 2, 0x84))
                .data(0, 4, 1)
                .define(1, FitProfile.RECORD, false, f(253, 4, 0x86))
                .data(1, t)
                .file();
        List<String> seen = new ArrayList<>();

        FitDecoder.decode(bytes, m -> seen.add(m.global() + "@" + m.position()));

        // header 14; definition 6 + 2 × 3 = 12 bytes; data 1 + 3; definition 6 + 3; data 1 + 4
        assertThat(seen).containsExactly("0@26", "20@39");
    }

    @Test
    void theChecksumIsTheCrc16OfTheFitProtocol() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);

        assertThat(FitCrc.of(check, 0, check.length)).isEqualTo(0xBB3D);
    }
}

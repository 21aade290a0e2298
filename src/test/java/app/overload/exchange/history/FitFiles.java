package app.overload.exchange.history;

import java.nio.file.Path;
import java.time.Instant;

import com.garmin.fit.Activity;
import com.garmin.fit.ActivityMesg;
import com.garmin.fit.DateTime;
import com.garmin.fit.File;
import com.garmin.fit.FileEncoder;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Fit;
import com.garmin.fit.LapMesg;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.Sport;
import com.garmin.fit.SubSport;

/**
 * Writes a small FIT activity with the SDK's own encoder: a 20-minute ride of two 10-minute laps, 6 km, one
 * record a minute. Tests read it back, so the fixture is produced by the same SDK a watch's file is checked by.
 */
final class FitFiles {

    static final Instant START = Instant.parse("2024-07-01T06:00:00Z");
    static final float DISTANCE_M = 6000f;
    static final float SECONDS = 1200f;

    private FitFiles() {
    }

    static Path ride(Path folder) {
        Path path = folder.resolve("ride.fit");
        FileEncoder encoder = new FileEncoder(path.toFile(), Fit.ProtocolVersion.V2_0);
        FileIdMesg id = new FileIdMesg();
        id.setType(File.ACTIVITY);
        id.setManufacturer(Manufacturer.DEVELOPMENT);
        id.setProduct(1);
        id.setSerialNumber(12345L);
        id.setTimeCreated(new DateTime(START));
        encoder.write(id);
        for (int minute = 0; minute <= 20; minute++) {
            RecordMesg r = new RecordMesg();
            r.setTimestamp(new DateTime(START.plusSeconds(minute * 60L)));
            r.setPositionLat((int) ((46.0 + minute * 0.0027) / (180.0 / 2_147_483_648.0)));
            r.setPositionLong((int) (7.0 / (180.0 / 2_147_483_648.0)));
            r.setAltitude(400f + (minute % 2) * 1f + minute);
            r.setHeartRate((short) (130 + minute % 3 * 5));
            r.setDistance(minute * 300f);
            encoder.write(r);
        }
        for (int lap = 0; lap < 2; lap++) {
            LapMesg l = new LapMesg();
            l.setTimestamp(new DateTime(START.plusSeconds(600L * (lap + 1))));
            l.setStartTime(new DateTime(START.plusSeconds(600L * lap)));
            l.setTotalElapsedTime(600f);
            l.setTotalTimerTime(600f);
            l.setTotalDistance(3000f);
            encoder.write(l);
        }
        SessionMesg s = new SessionMesg();
        s.setTimestamp(new DateTime(START.plusSeconds((long) SECONDS)));
        s.setStartTime(new DateTime(START));
        s.setSport(Sport.CYCLING);
        s.setSubSport(SubSport.ROAD);
        s.setTotalElapsedTime(SECONDS);
        s.setTotalTimerTime(SECONDS);
        s.setTotalDistance(DISTANCE_M);
        s.setAvgHeartRate((short) 135);
        s.setTotalAscent(21);
        s.setFirstLapIndex(0);
        s.setNumLaps(2);
        encoder.write(s);
        ActivityMesg a = new ActivityMesg();
        a.setTimestamp(new DateTime(START.plusSeconds((long) SECONDS)));
        a.setNumSessions(1);
        a.setType(Activity.MANUAL);
        a.setTotalTimerTime(SECONDS);
        encoder.write(a);
        encoder.close();
        return path;
    }
}

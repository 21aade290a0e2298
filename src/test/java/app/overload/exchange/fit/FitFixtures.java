package app.overload.exchange.fit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.garmin.fit.Activity;
import com.garmin.fit.ActivityMesg;
import com.garmin.fit.BufferEncoder;
import com.garmin.fit.DateTime;
import com.garmin.fit.DeveloperDataIdMesg;
import com.garmin.fit.DeveloperField;
import com.garmin.fit.DeviceInfoMesg;
import com.garmin.fit.FieldDescriptionMesg;
import com.garmin.fit.File;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Fit;
import com.garmin.fit.LapMesg;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.Mesg;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;
import com.garmin.fit.Sport;
import com.garmin.fit.SubSport;

/**
 * Activity files written by Garmin's own encoder (test scope only), shaped like those of several kinds of device: a
 * record a second with time, position, distance, speed, altitude, heart rate, cadence and (on rides) power; laps;
 * one session per leg. Every value is a function of the second, so tests can say what they expect. Public for the
 * benchmark.
 */
public final class FitFixtures {

    /**
     * A kind of device. Product numbers are made up; what differs is who made it and which fields it writes: newer
     * devices write the 32-bit "enhanced" speed and altitude, older ones the 16-bit fields.
     */
    public record Device(String label, int manufacturer, int product, boolean enhancedFields) {
        @Override
        public String toString() {
            return label;
        }
    }

    public static final Device GARMIN_WATCH = new Device("Garmin watch", Manufacturer.GARMIN, 3990, true);
    public static final Device GARMIN_BIKE_COMPUTER = new Device("Garmin bike computer", Manufacturer.GARMIN, 1036,
            false);
    public static final Device WAHOO = new Device("Wahoo bike computer", Manufacturer.WAHOO_FITNESS, 31, false);
    public static final Device COROS = new Device("Coros watch", Manufacturer.COROS, 862, true);
    public static final Device PHONE_APP = new Device("Phone app", Manufacturer.DEVELOPMENT, 1, true);

    public static final List<Device> DEVICES = List.of(GARMIN_WATCH, GARMIN_BIKE_COMPUTER, WAHOO, COROS, PHONE_APP);

    /** One leg: a session of this sport, {@code seconds} long at a steady speed, split into {@code laps} laps. */
    public record Leg(Sport sport, SubSport subSport, int seconds, double speed, int laps) {
    }

    public static final Instant START = Instant.parse("2024-07-01T06:00:00Z");
    public static final double START_LATITUDE = 46.0;
    public static final double START_LONGITUDE = 7.0;
    private static final double SEMICIRCLES_PER_DEGREE = 2_147_483_648.0 / 180.0;
    private static final double METRES_PER_DEGREE = 111_195.0;

    private FitFixtures() {
    }

    /** Heart rate at second {@code i} of an activity: 120 to 159 bpm. */
    public static int heartRate(int i) {
        return 120 + i % 40;
    }

    /** Altitude at second {@code i}: 400 m, rising one metre a minute. */
    public static double altitude(int i) {
        return 400 + i / 60;
    }

    /** A run of {@code seconds} at 3 m/s in laps of 1 km or so. */
    public static byte[] run(Device device, int seconds, boolean developerFields) {
        return activity(device, START, developerFields,
                new Leg(Sport.RUNNING, SubSport.STREET, seconds, 3.0, Math.max(1, seconds / 333)));
    }

    /** Swim, T1, bike, T2, run: five sessions. */
    public static byte[] triathlon(Device device) {
        return activity(device, START, false, new Leg(Sport.SWIMMING, SubSport.OPEN_WATER, 1800, 0.9, 1),
                new Leg(Sport.TRANSITION, SubSport.SWIM_TO_BIKE_TRANSITION, 120, 1.0, 1),
                new Leg(Sport.CYCLING, SubSport.ROAD, 3600, 10.0, 4),
                new Leg(Sport.TRANSITION, SubSport.BIKE_TO_RUN_TRANSITION, 60, 1.0, 1),
                new Leg(Sport.RUNNING, SubSport.STREET, 2400, 3.2, 3));
    }

    public static byte[] activity(Device device, Instant start, boolean developerFields, Leg... legs) {
        BufferEncoder encoder = new BufferEncoder(Fit.ProtocolVersion.V2_0);
        FileIdMesg id = new FileIdMesg();
        id.setType(File.ACTIVITY);
        id.setManufacturer(device.manufacturer());
        id.setProduct(device.product());
        id.setSerialNumber(3_000_000_000L + device.product());
        id.setTimeCreated(new DateTime(start));
        encoder.write(id);
        DeviceInfoMesg creator = new DeviceInfoMesg();
        creator.setTimestamp(new DateTime(start));
        creator.setDeviceIndex((short) 0);
        creator.setManufacturer(device.manufacturer());
        creator.setProduct(device.product());
        creator.setProductName(device.label());
        encoder.write(creator);
        DeveloperField[] extra = developerFields ? developerFields(encoder) : null;
        List<Mesg> summaries = new ArrayList<>();
        int second = 0;
        int lapIndex = 0;
        double distance = 0;
        for (Leg leg : legs) {
            Instant legStart = start.plusSeconds(second);
            int firstLap = lapIndex;
            double legStartDistance = distance;
            long heartRateSum = 0;
            int lapSeconds = leg.seconds() / leg.laps();
            for (int s = 0; s <= leg.seconds(); s++, second++) {
                if (s > 0) {
                    distance += leg.speed();
                }
                heartRateSum += heartRate(second);
                encoder.write(record(device, leg, start, second, distance, extra));
                int lap = lapIndex - firstLap;
                int lapEnd = lap == leg.laps() - 1 ? leg.seconds() : (lap + 1) * lapSeconds;
                if (s == lapEnd) {
                    encoder.write(lap(leg, legStart, lapIndex++, lap * lapSeconds, lapEnd));
                }
            }
            second--; // the last record of a leg and the first of the next share their second
            SessionMesg session = new SessionMesg();
            session.setMessageIndex(summaries.size());
            session.setTimestamp(new DateTime(legStart.plusSeconds(leg.seconds())));
            session.setStartTime(new DateTime(legStart));
            session.setSport(leg.sport());
            session.setSubSport(leg.subSport());
            session.setTotalElapsedTime((float) leg.seconds());
            session.setTotalTimerTime((float) leg.seconds());
            session.setTotalDistance((float) (distance - legStartDistance));
            session.setAvgHeartRate((short) Math.round((double) heartRateSum / (leg.seconds() + 1)));
            session.setMaxHeartRate((short) 159);
            session.setTotalAscent(leg.seconds() / 60);
            session.setFirstLapIndex(firstLap);
            session.setNumLaps(lapIndex - firstLap);
            session.setTotalCalories(leg.seconds() / 6);
            if (device.enhancedFields()) {
                session.setEnhancedAvgSpeed((float) leg.speed());
            } else {
                session.setAvgSpeed((float) leg.speed());
            }
            summaries.add(session);
        }
        // devices write the sessions after all laps and records, then the activity
        for (Mesg m : summaries) {
            encoder.write(m);
        }
        ActivityMesg activity = new ActivityMesg();
        activity.setTimestamp(new DateTime(start.plusSeconds(second)));
        activity.setNumSessions(legs.length);
        activity.setType(Activity.MANUAL);
        activity.setTotalTimerTime((float) second);
        encoder.write(activity);
        return encoder.close();
    }

    private static LapMesg lap(Leg leg, Instant legStart, int index, int from, int to) {
        LapMesg lap = new LapMesg();
        lap.setMessageIndex(index);
        lap.setTimestamp(new DateTime(legStart.plusSeconds(to)));
        lap.setStartTime(new DateTime(legStart.plusSeconds(from)));
        lap.setTotalElapsedTime((float) (to - from));
        lap.setTotalTimerTime((float) (to - from));
        lap.setTotalDistance((float) ((to - from) * leg.speed()));
        lap.setAvgHeartRate((short) 140);
        lap.setSport(leg.sport());
        return lap;
    }

    private static RecordMesg record(Device device, Leg leg, Instant start, int second, double distance,
            DeveloperField[] extra) {
        RecordMesg r = new RecordMesg();
        r.setTimestamp(new DateTime(start.plusSeconds(second)));
        r.setPositionLat((int) Math.round((START_LATITUDE + distance / METRES_PER_DEGREE) * SEMICIRCLES_PER_DEGREE));
        r.setPositionLong((int) Math.round(START_LONGITUDE * SEMICIRCLES_PER_DEGREE));
        r.setDistance((float) distance);
        if (device.enhancedFields()) {
            r.setEnhancedSpeed((float) leg.speed());
            r.setEnhancedAltitude((float) altitude(second));
        } else {
            r.setSpeed((float) leg.speed());
            r.setAltitude((float) altitude(second));
        }
        r.setHeartRate((short) heartRate(second));
        r.setCadence((short) (80 + second % 10));
        if (leg.sport() == Sport.CYCLING) {
            r.setPower(200 + second % 50);
        }
        if (extra != null) {
            DeveloperField power = new DeveloperField(extra[0]);
            power.setValue(250 + second % 7);
            r.addDeveloperField(power);
            DeveloperField text = new DeveloperField(extra[1]);
            text.setValue("lap");
            r.addDeveloperField(text);
        }
        return r;
    }

    /** A copy of a single FIT file whose bytes a test changed, with its file checksum made right again. */
    public static byte[] withChecksumFixed(byte[] file) {
        return RawFit.recrc(file);
    }

    /** A Connect IQ-style data field: running power (uint16) and a short text, in every record. */
    private static DeveloperField[] developerFields(BufferEncoder encoder) {
        DeveloperDataIdMesg app = new DeveloperDataIdMesg();
        for (int i = 0; i < 16; i++) {
            app.setApplicationId(i, (byte) (i * 7));
        }
        app.setDeveloperDataIndex((short) 0);
        app.setApplicationVersion(7L);
        encoder.write(app);
        FieldDescriptionMesg power = new FieldDescriptionMesg();
        power.setDeveloperDataIndex((short) 0);
        power.setFieldDefinitionNumber((short) 0);
        power.setFitBaseTypeId((short) 0x84);
        power.setFieldName(0, "Running power");
        power.setUnits(0, "W");
        encoder.write(power);
        FieldDescriptionMesg text = new FieldDescriptionMesg();
        text.setDeveloperDataIndex((short) 0);
        text.setFieldDefinitionNumber((short) 1);
        text.setFitBaseTypeId((short) 0x07);
        text.setFieldName(0, "Note");
        encoder.write(text);
        return new DeveloperField[] {new DeveloperField(power, app), new DeveloperField(text, app)};
    }
}

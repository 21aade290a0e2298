package app.overload.exchange.fit;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a FIT activity file into a {@link FitActivity}: file_id, device_info, session, lap and record messages, their
 * fields by the numbers of the FIT profile (named beside each).
 * Everything else (events, HRV, developer fields, swim lengths, the compressed speed and distance of old devices)
 * is passed over.
 */
public final class FitActivityReader {

    private static final double DEGREES_PER_SEMICIRCLE = 180.0 / 2_147_483_648.0;

    private FitActivityReader() {
    }

    /** Reads the whole stream (the caller closes it). */
    public static FitActivity read(InputStream in) throws IOException, FitFormatException {
        return read(in.readAllBytes());
    }

    /** @throws FitFormatException when any part of the bytes is damaged; nothing is read then */
    public static FitActivity read(byte[] bytes) throws FitFormatException {
        Collector collector = new Collector();
        FitDecoder.decode(bytes, collector);
        return new FitActivity(collector.fileType, collector.creator, collector.devices, collector.sessions,
                collector.laps, collector.records);
    }

    private static final class Collector implements FitMessageListener {
        private Integer fileType;
        private FitDevice creator;
        private final List<FitDevice> devices = new ArrayList<>();
        private final List<FitSession> sessions = new ArrayList<>();
        private final List<FitLap> laps = new ArrayList<>();
        private final List<FitRecord> records = new ArrayList<>(4096);
        /** Laps before the current one of several chained files: a session's lap index counts within its own file. */
        private int lapBase;

        @Override
        public void message(FitMessage m) {
            switch (m.global()) {
                case FitProfile.RECORD -> record(m);
                case FitProfile.LAP -> laps.add(lap(m));
                case FitProfile.SESSION -> sessions.add(session(m, lapBase));
                case FitProfile.DEVICE_INFO -> devices.add(new FitDevice(integer(m, 2), // manufacturer
                        integer(m, 4), // product
                        m.text(27), // product_name
                        longValue(m, 3))); // serial_number
                case FitProfile.FILE_ID -> {
                    lapBase = laps.size();
                    if (creator == null) { // a chained file's own file_id does not replace the first
                        fileType = integer(m, 0);
                        creator = new FitDevice(integer(m, 1), // manufacturer
                                integer(m, 2), // product
                                m.text(8), // product_name
                                longValue(m, 3)); // serial_number
                    }
                }
                default -> {
                }
            }
        }

        private void record(FitMessage m) {
            Instant time = FitProfile.instant(m.timestamp());
            if (time == null) {
                return;
            }
            Double lat = null;
            Double lon = null;
            long latRaw = m.integer(0); // position_lat, semicircles
            long lonRaw = m.integer(1); // position_long
            if (latRaw != FitMessage.NONE && lonRaw != FitMessage.NONE) {
                lat = latRaw * DEGREES_PER_SEMICIRCLE;
                lon = lonRaw * DEGREES_PER_SEMICIRCLE;
                if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                    lat = null;
                    lon = null;
                }
            }
            records.add(new FitRecord(time, lat, lon,
                    number(m.scaled(5, 100, 0)), // distance, cm
                    either(m.scaled(73, 1000, 0), m.scaled(6, 1000, 0)), // enhanced_speed, speed, mm/s
                    either(m.scaled(78, 5, 500), m.scaled(2, 5, 500)), // enhanced_altitude, altitude: 5/m − 500 m
                    integer(m, 3), // heart_rate
                    integer(m, 4), // cadence
                    integer(m, 7))); // power
        }

        private static FitLap lap(FitMessage m) {
            return new FitLap(FitProfile.instant(m.integer(2)), // start_time
                    FitProfile.instant(m.timestamp()),
                    millis(m, 7), // total_elapsed_time
                    millis(m, 8), // total_timer_time
                    number(m.scaled(9, 100, 0)), // total_distance
                    integer(m, 15), // avg_heart_rate
                    either(m.scaled(110, 1000, 0), m.scaled(13, 1000, 0))); // enhanced_avg_speed, avg_speed
        }

        private static FitSession session(FitMessage m, int lapBase) {
            Integer first = integer(m, 25); // first_lap_index
            return new FitSession(FitProfile.instant(m.integer(2)), // start_time
                    FitProfile.instant(m.timestamp()),
                    integer(m, 5), // sport
                    integer(m, 6), // sub_sport
                    millis(m, 7), // total_elapsed_time
                    millis(m, 8), // total_timer_time
                    number(m.scaled(9, 100, 0)), // total_distance
                    integer(m, 22), // total_ascent
                    integer(m, 16), // avg_heart_rate
                    integer(m, 17), // max_heart_rate
                    either(m.scaled(124, 1000, 0), m.scaled(14, 1000, 0)), // enhanced_avg_speed, avg_speed
                    integer(m, 18), // avg_cadence
                    integer(m, 20), // avg_power
                    integer(m, 11), // total_calories
                    first == null ? null : lapBase + first,
                    integer(m, 26)); // num_laps
        }

        private static Integer integer(FitMessage m, int field) {
            long v = m.integer(field);
            return v == FitMessage.NONE || v > Integer.MAX_VALUE || v < Integer.MIN_VALUE ? null : (int) v;
        }

        private static Long longValue(FitMessage m, int field) {
            long v = m.integer(field);
            return v == FitMessage.NONE ? null : v;
        }

        /** A time the profile stores in milliseconds (scale 1000 on seconds); null when absent or not positive. */
        private static Duration millis(FitMessage m, int field) {
            long v = m.integer(field);
            return v == FitMessage.NONE || v <= 0 ? null : Duration.ofMillis(v);
        }

        private static Double number(double v) {
            return Double.isNaN(v) ? null : v;
        }

        /** The enhanced field where the file has it, else the older one it supersedes. */
        private static Double either(double enhanced, double plain) {
            return !Double.isNaN(enhanced) ? Double.valueOf(enhanced) : number(plain);
        }
    }
}

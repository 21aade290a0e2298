package app.overload.exchange.fit;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a FIT activity file into a {@link FitActivity}: file_id, device_info, session, lap and record messages.
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
                case FitProfile.DEVICE_INFO -> devices.add(new FitDevice(integer(m, 2), integer(m, 4), m.text(27),
                        longValue(m, 3)));
                case FitProfile.FILE_ID -> {
                    lapBase = laps.size();
                    if (creator == null) { // a chained file's own file_id does not replace the first
                        fileType = integer(m, 0);
                        creator = new FitDevice(integer(m, 1), integer(m, 2), m.text(8), longValue(m, 3));
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
            long latRaw = m.integer(0);
            long lonRaw = m.integer(1);
            if (latRaw != FitMessage.NONE && lonRaw != FitMessage.NONE) {
                lat = latRaw * DEGREES_PER_SEMICIRCLE;
                lon = lonRaw * DEGREES_PER_SEMICIRCLE;
                if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                    lat = null;
                    lon = null;
                }
            }
            records.add(new FitRecord(time, lat, lon, number(m.scaled(5, 100, 0)),
                    either(m.scaled(73, 1000, 0), m.scaled(6, 1000, 0)),
                    either(m.scaled(78, 5, 500), m.scaled(2, 5, 500)), integer(m, 3), integer(m, 4), integer(m, 7)));
        }

        private static FitLap lap(FitMessage m) {
            return new FitLap(FitProfile.instant(m.integer(2)), FitProfile.instant(m.timestamp()), millis(m, 7),
                    millis(m, 8), number(m.scaled(9, 100, 0)), integer(m, 15),
                    either(m.scaled(110, 1000, 0), m.scaled(13, 1000, 0)));
        }

        private static FitSession session(FitMessage m, int lapBase) {
            Integer first = integer(m, 25);
            return new FitSession(FitProfile.instant(m.integer(2)), FitProfile.instant(m.timestamp()), integer(m, 5),
                    integer(m, 6), millis(m, 7), millis(m, 8), number(m.scaled(9, 100, 0)), integer(m, 22),
                    integer(m, 16), integer(m, 17), either(m.scaled(124, 1000, 0), m.scaled(14, 1000, 0)),
                    integer(m, 18), integer(m, 20), integer(m, 11), first == null ? null : lapBase + first,
                    integer(m, 26));
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

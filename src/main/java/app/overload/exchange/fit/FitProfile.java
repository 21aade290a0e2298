package app.overload.exchange.fit;

import java.time.Instant;

/**
 * The numbers of the FIT profile this package reads and writes: global message numbers, field numbers, and the
 * FIT time base. Only what is used; the profile defines many more.
 */
public final class FitProfile {

    public static final int FILE_ID = 0;
    public static final int SPORT = 12;
    public static final int SESSION = 18;
    public static final int LAP = 19;
    public static final int RECORD = 20;
    public static final int DEVICE_INFO = 23;
    public static final int WORKOUT = 26;
    public static final int WORKOUT_STEP = 27;

    /** Field 253 of any message. */
    public static final int TIMESTAMP = 253;
    /** Field 254 of any message that is one of a list (laps, workout steps). */
    public static final int MESSAGE_INDEX = 254;

    /** file_id.type values. */
    public static final int FILE_ACTIVITY = 4;
    public static final int FILE_WORKOUT = 5;
    public static final int FILE_COURSE = 6;

    /** The manufacturer number the profile keeps for software that is not a device maker's. */
    public static final int MANUFACTURER_DEVELOPMENT = 255;

    /** FIT times count seconds from 1989-12-31 00:00 UTC. */
    public static final long EPOCH_SECONDS = 631_065_600L;
    /** Times below this count seconds since the device was switched on, not since the FIT epoch. */
    public static final long MIN_ABSOLUTE_TIME = 0x1000_0000L;

    private FitProfile() {
    }

    /** A FIT date_time as an instant, or null when absent or relative to the device's power-on. */
    public static Instant instant(long fitSeconds) {
        return fitSeconds == FitMessage.NONE || fitSeconds < MIN_ABSOLUTE_TIME ? null
                : Instant.ofEpochSecond(fitSeconds + EPOCH_SECONDS);
    }

    /** The FIT date_time of an instant (whole seconds). */
    public static long fitSeconds(Instant instant) {
        return instant.getEpochSecond() - EPOCH_SECONDS;
    }
}

package app.overload.exchange.fit;

import java.time.Duration;
import java.time.Instant;

/**
 * One lap message: a part of a session the athlete or the device marked (a kilometre, an interval, a length).
 * Null where the file has no value.
 *
 * @param end      the lap message's own time stamp, when the lap ended
 * @param elapsed  clock time from start to end
 * @param timer    time the device was recording (pauses left out)
 * @param distance metres
 * @param speed    average, metres per second
 */
public record FitLap(Instant start, Instant end, Duration elapsed, Duration timer, Double distance,
        Integer averageHeartRate, Double speed) {
}

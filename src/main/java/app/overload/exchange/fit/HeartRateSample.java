package app.overload.exchange.fit;

import java.time.Instant;
import java.util.Objects;

/** A heart rate a device recorded at a moment, in beats per minute. */
public record HeartRateSample(Instant time, int bpm) {

    public HeartRateSample {
        Objects.requireNonNull(time, "time");
    }
}

package app.overload.exchange.fit;

import java.time.Instant;
import java.util.Objects;

/**
 * One record message: a sample of a recorded activity, usually one a second. Null where the file has no value.
 *
 * @param latitude  degrees
 * @param longitude degrees
 * @param distance  metres since the start, as the device counted them
 * @param speed     metres per second
 * @param altitude  metres
 * @param heartRate beats per minute
 * @param cadence   steps or revolutions per minute, as the device counts them
 * @param power     watts
 */
public record FitRecord(Instant time, Double latitude, Double longitude, Double distance, Double speed,
        Double altitude, Integer heartRate, Integer cadence, Integer power) {

    public FitRecord {
        Objects.requireNonNull(time, "time");
    }
}

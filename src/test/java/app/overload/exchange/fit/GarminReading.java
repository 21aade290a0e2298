package app.overload.exchange.fit;

import java.io.ByteArrayInputStream;

import com.garmin.fit.Decode;
import com.garmin.fit.FitDecoder;
import com.garmin.fit.FitMessages;

/** The same bytes as Garmin's SDK reads them: the second opinion our decoder and encoder are checked against. */
final class GarminReading {

    private GarminReading() {
    }

    static FitMessages of(byte[] bytes) {
        return new FitDecoder().decode(new ByteArrayInputStream(bytes));
    }

    static boolean intact(byte[] bytes) {
        return new Decode().checkFileIntegrity(new ByteArrayInputStream(bytes));
    }
}

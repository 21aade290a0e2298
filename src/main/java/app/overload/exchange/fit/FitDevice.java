package app.overload.exchange.fit;

import java.util.Map;

/**
 * A device as a file names it: the one that made the file (file_id) or one that took part (device_info: a chest
 * strap, a power meter). Null where the file has no value.
 *
 * @param manufacturer the FIT manufacturer number (1 Garmin, 255 development, …)
 * @param product      the manufacturer's own product number
 * @param productName  the name some devices write; often empty
 */
public record FitDevice(Integer manufacturer, Integer product, String productName, Long serialNumber) {

    /** Manufacturers people are likely to import from; the FIT profile lists several hundred. */
    private static final Map<Integer, String> MAKERS = Map.ofEntries(Map.entry(1, "Garmin"),
            Map.entry(15, "Dynastream"), Map.entry(23, "Suunto"), Map.entry(32, "Wahoo Fitness"),
            Map.entry(40, "Concept2"), Map.entry(69, "Stages Cycling"), Map.entry(70, "Sigma Sport"),
            Map.entry(71, "TomTom"), Map.entry(89, "Tacx"), Map.entry(123, "Polar"), Map.entry(255, "Development"),
            Map.entry(258, "Lezyne"), Map.entry(260, "Zwift"), Map.entry(263, "Favero"), Map.entry(265, "Strava"),
            Map.entry(267, "Bryton"), Map.entry(268, "SRAM"), Map.entry(281, "TrainerRoad"),
            Map.entry(289, "Hammerhead"), Map.entry(294, "Coros"), Map.entry(305, "Whoop"), Map.entry(339, "Zepp"),
            Map.entry(340, "Peloton"), Map.entry(348, "Huawei"));

    public FitDevice {
        productName = productName == null ? "" : productName.strip();
    }

    /** "Garmin", "Wahoo Fitness", or "manufacturer 42" for one not in the short list; "" when unknown. */
    public String manufacturerName() {
        if (manufacturer == null) {
            return "";
        }
        return MAKERS.getOrDefault(manufacturer, "manufacturer " + manufacturer);
    }
}

package app.overload.domain;

import java.util.List;

/**
 * Five heart-rate zones as the lower bounds of zones 2 to 5 in whole percent of a {@link ZoneBasis}; zone 1 is
 * everything below zone 2. The defaults are Friel's five running zones by LTHR (Z5 joining his 5a–5c) and the
 * common 50–60–70–80–90 % scheme of HRmax.
 *
 * @param lowerPercents four increasing percentages: where zones 2, 3, 4 and 5 begin
 */
public record ZoneScheme(ZoneBasis basis, List<Integer> lowerPercents) {

    public static final int ZONES = 5;
    /** Bounds outside this span are no zones of a heart that beats. */
    static final int LOWEST_PERCENT = 30;
    static final int HIGHEST_PERCENT = 130;

    public ZoneScheme {
        Checks.required(basis, "zone basis");
        lowerPercents = Checks.list(lowerPercents, "zones");
        if (lowerPercents.size() != ZONES - 1) {
            throw new InvalidValueException("zones", "Give where zones 2, 3, 4 and 5 begin: four percentages.");
        }
        for (int i = 0; i < lowerPercents.size(); i++) {
            int percent = lowerPercents.get(i);
            String field = "zone " + (i + 2);
            if (percent < LOWEST_PERCENT || percent > HIGHEST_PERCENT) {
                throw new InvalidValueException(field, "Zone " + (i + 2) + " must begin between " + LOWEST_PERCENT
                        + " and " + HIGHEST_PERCENT + " % of " + basis.symbol() + " (was " + percent + " %).");
            }
            if (i > 0 && percent <= lowerPercents.get(i - 1)) {
                throw new InvalidValueException(field, "Zone " + (i + 2) + " must begin above zone " + (i + 1)
                        + " (" + percent + " % is not above " + lowerPercents.get(i - 1) + " %).");
            }
        }
    }

    /** Friel's by LTHR: Z1 below 85 %, Z2 85–89, Z3 90–94, Z4 95–99, Z5 from 100 %; by HRmax: 60, 70, 80, 90 %. */
    public static ZoneScheme defaults(ZoneBasis basis) {
        return basis == ZoneBasis.THRESHOLD ? new ZoneScheme(basis, List.of(85, 90, 95, 100))
                : new ZoneScheme(basis, List.of(60, 70, 80, 90));
    }

    public boolean isDefault() {
        return equals(defaults(basis));
    }

    /** The zones for a reference heart rate (the athlete's LTHR or HRmax, by {@link #basis}). */
    public HeartRateZones at(int referenceBpm) {
        int[] lower = new int[ZONES - 1];
        for (int i = 0; i < lower.length; i++) {
            // A zone begins at the first whole beat at or above its share: 85 % of 170 is 144.5, so zone 2 is 145 up.
            lower[i] = (int) Math.ceil(referenceBpm * lowerPercents.get(i) / 100.0 - 1e-9);
            if (i > 0 && lower[i] <= lower[i - 1]) {
                lower[i] = lower[i - 1] + 1; // two bounds a percent apart on a low heart rate: each zone keeps a beat
            }
        }
        return new HeartRateZones(this, referenceBpm, lower);
    }
}

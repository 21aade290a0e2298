package app.overload.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A lifter's bar and the plate sizes they own, in the unit the plates are marked in: what a barbell load is made of.
 * Plates go on in pairs, one of each pair on each side, and every size is there as often as a load needs it.
 *
 * @param bar   the bar's own weight, in {@code unit}
 * @param sizes the plate sizes, in {@code unit}, heaviest first
 */
public record Plates(MassUnit unit, double bar, List<Double> sizes) {

    public static final int MAX_SIZES = 12;
    /** No bar or plate of a gym weighs more than this, in either unit. */
    public static final double MAX_SIZE = 100;
    /** Loads are worked out in hundredths of the unit: 1.25 kg and 2.5 lb plates are whole numbers of those. */
    private static final int HUNDREDTHS = 100;
    /** A load within this of what the plates make counts as made exactly (kg ↔ lb round trips). */
    private static final double SAME = 0.005;

    public Plates {
        Checks.required(unit, "plate unit");
        Checks.finiteInRange(bar, 0, MAX_SIZE, "bar", unit.symbol());
        hundredths(bar, "bar");
        sizes = Checks.list(sizes, "plate sizes");
        if (sizes.isEmpty()) {
            throw new InvalidValueException("plates", "Name at least one plate size.");
        }
        if (sizes.size() > MAX_SIZES) {
            throw new InvalidValueException("plates", "At most " + MAX_SIZES + " plate sizes (was " + sizes.size()
                    + ").");
        }
        List<Double> sorted = new ArrayList<>();
        for (Double size : sizes) {
            Checks.required(size, "plate size");
            if (!(size > 0) || size > MAX_SIZE) {
                throw new InvalidValueException("plates", "A plate must weigh more than 0 and at most "
                        + Checks.plain(MAX_SIZE) + " " + unit.symbol() + " (was " + Checks.plain(size) + ").");
            }
            hundredths(size, "plates");
            if (sorted.contains(size)) {
                throw new InvalidValueException("plates", "The plate size " + Checks.plain(size) + " "
                        + unit.symbol() + " is named twice.");
            }
            sorted.add(size);
        }
        sorted.sort(Comparator.reverseOrder());
        sizes = List.copyOf(sorted);
    }

    /** The usual bar and plates of a gym: 20 kg with 25 … 1.25 kg plates, or 45 lb with 45 … 2.5 lb plates. */
    public static Plates standard(MassUnit unit) {
        return unit == MassUnit.KG ? new Plates(unit, 20, List.of(25.0, 20.0, 15.0, 10.0, 5.0, 2.5, 1.25))
                : new Plates(unit, 45, List.of(45.0, 35.0, 25.0, 10.0, 5.0, 2.5));
    }

    private static void hundredths(double value, String field) {
        if (Math.abs(value * HUNDREDTHS - Math.rint(value * HUNDREDTHS)) > 1e-6) {
            throw new InvalidValueException(field, Checks.capitalised(field) + " can have at most two decimals (was "
                    + value + ").");
        }
    }

    public Mass barWeight() {
        return Mass.of(bar, unit);
    }

    /**
     * How a barbell load is made.
     *
     * @param loaded  what the bar weighs with {@code perSide} on each side: the target when it can be made, else the
     *                heaviest load below it that can (the bar alone when the target is lighter than the bar)
     * @param perSide the plates on each side, heaviest first, in the plates' unit
     */
    public record Loading(Mass target, Mass loaded, List<Double> perSide, boolean exact, boolean belowBar) {
        public Loading {
            perSide = List.copyOf(perSide);
        }

        /** "25 · 10 · 2.5", or "bar only". */
        public String perSideText() {
            if (perSide.isEmpty()) {
                return "bar only";
            }
            List<String> parts = new ArrayList<>();
            for (double p : perSide) {
                parts.add(UnitPreferences.number(p, 2));
            }
            return String.join(" · ", parts);
        }
    }

    /** The plates for {@code target}: exactly, or the heaviest load under it that these plates can make. */
    public Loading load(Mass target) {
        double wanted = target.in(unit);
        if (wanted < bar - SAME) {
            return new Loading(target, barWeight(), List.of(), false, true);
        }
        int[] grid = grid();
        int step = gcd(grid);
        int sides = (int) Math.floor(((wanted - bar) / 2 + SAME / 2) * HUNDREDTHS / step);
        int[] fewest = fewestPlates(grid, step, sides);
        int made = sides;
        while (made > 0 && fewest[made] == Integer.MAX_VALUE) {
            made--;
        }
        List<Double> perSide = new ArrayList<>();
        for (int left = made; left > 0;) {
            for (int size : grid) {
                int rest = left - size / step;
                if (rest >= 0 && fewest[rest] != Integer.MAX_VALUE && fewest[rest] == fewest[left] - 1) {
                    perSide.add(size / (double) HUNDREDTHS);
                    left = rest;
                    break;
                }
            }
        }
        perSide.sort(Comparator.reverseOrder());
        double loaded = bar + 2 * perSide.stream().mapToDouble(Double::doubleValue).sum();
        Mass loadedMass = Math.abs(loaded - wanted) < SAME ? target : Mass.of(loaded, unit);
        return new Loading(target, loadedMass, perSide, Math.abs(loaded - wanted) < SAME, false);
    }

    /** The heaviest load at or below {@code target} these plates make (the bar when the target is lighter). */
    public Mass loadable(Mass target) {
        return load(target).loaded();
    }

    /** The sizes in hundredths of the unit, heaviest first. */
    private int[] grid() {
        return sizes.stream().mapToInt(s -> (int) Math.round(s * HUNDREDTHS)).toArray();
    }

    private static int gcd(int[] values) {
        int g = 0;
        for (int v : values) {
            g = gcd(g, v);
        }
        return Math.max(1, g);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** For each amount per side up to {@code upTo} steps, the fewest plates that make it (MAX_VALUE: none does). */
    private static int[] fewestPlates(int[] grid, int step, int upTo) {
        int[] fewest = new int[Math.max(0, upTo) + 1];
        Arrays.fill(fewest, Integer.MAX_VALUE);
        fewest[0] = 0;
        for (int amount = 1; amount <= upTo; amount++) {
            for (int size : grid) {
                int rest = amount - size / step;
                if (rest >= 0 && fewest[rest] != Integer.MAX_VALUE && fewest[rest] + 1 < fewest[amount]) {
                    fewest[amount] = fewest[rest] + 1;
                }
            }
        }
        return fewest;
    }

    /** "20 kg bar; 25, 20, 15, 10, 5, 2.5, 1.25 kg plates". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (double s : sizes) {
            parts.add(UnitPreferences.number(s, 2));
        }
        return UnitPreferences.number(bar, 2) + " " + unit.symbol() + " bar; " + String.join(", ", parts) + " "
                + unit.symbol() + " plates";
    }

    /** The sizes as typed into the settings: "25 20 15 10 5 2.5 1.25". */
    public String sizesText() {
        List<String> parts = new ArrayList<>();
        for (double s : sizes) {
            parts.add(UnitPreferences.number(s, 2));
        }
        return String.join(" ", parts);
    }

    /** Reads "25 20 15 10 5 2.5 1.25" (spaces, commas or semicolons between; a decimal comma is read as a point). */
    public static List<Double> parseSizes(String text) {
        List<Double> sizes = new ArrayList<>();
        for (String part : text.strip().split("[\\s;]+|,(?=\\s)|,$")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                sizes.add(Double.parseDouble(part.strip().replace(',', '.').toLowerCase(Locale.ROOT)));
            } catch (NumberFormatException e) {
                throw new InvalidValueException("plates", "Plate sizes are numbers such as 25 20 10 5 2.5 (\""
                        + part.strip() + "\" is not one).");
            }
        }
        return sizes;
    }
}

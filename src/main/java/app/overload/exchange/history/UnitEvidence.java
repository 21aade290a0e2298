package app.overload.exchange.history;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

import app.overload.domain.MassUnit;

/**
 * Tells whether a file that does not name its weight unit (Strong's newer comma layout) holds kilograms or pounds,
 * from the loads themselves, and says which loads decided. When they do not decide, it says so, and the import
 * asks the user instead of guessing.
 *
 * <p>Two kinds of evidence, in this order:
 * <ol>
 * <li><b>Conversions</b>, which decide alone. An app that keeps kilograms and shows pounds writes 37.5 lb as
 * 37.49999999999999: the double that 37.5 × 0.45359237 ÷ 0.45359237 gives. Such a value, reproduced bit for bit
 * by a round trip through the other unit, or a value that is exactly a plain number of the other unit converted
 * (44.09245243697552 is 20 kg in pounds), says which unit the numbers are in.
 * <li><b>Plates and bars</b>, which are counted. Kilogram gyms load 1.25 and 2.5 kg plates on a 20 kg bar
 * (62.5, 41.25) and sell dumbbells in 2 kg steps (16, 24); pound gyms load 45 lb plates on a 45 lb bar (135,
 * 225, 315), sell dumbbells in 5 lb steps up past 100 and lift barbells no kilogram lifter ever has (550).
 * Each distinct load counts once; a side wins with at least three points and three times the other side's.
 * </ol>
 */
final class UnitEvidence {

    /** What the loads say about the unit. */
    sealed interface Verdict permits Told, Untold {
    }

    /** The loads tell the unit; {@code evidence} says how, for the preview. */
    record Told(MassUnit unit, String evidence) implements Verdict {
    }

    /** The loads do not tell; {@code why} says so in a clause ("its loads … do not tell"). */
    record Untold(String why) implements Verdict {
    }

    /** The equipment an exercise name says (Strong and Hevy write it in brackets: "Bench Press (Barbell)"). */
    enum Equipment {
        BARBELL, DUMBBELL, KETTLEBELL, OTHER;

        static Equipment of(String exercise) {
            String s = exercise.toLowerCase(Locale.ROOT);
            if (s.contains("dumbbell")) {
                return DUMBBELL;
            }
            if (s.contains("kettlebell")) {
                return KETTLEBELL;
            }
            if (s.contains("barbell")) {
                return BARBELL;
            }
            boolean classic = s.contains("squat") || s.contains("bench press") || s.contains("deadlift")
                    || s.contains("overhead press");
            boolean other = s.contains("(") || s.contains("machine") || s.contains("smith") || s.contains("goblet")
                    || s.contains("leg press") || s.contains("cable");
            return classic && !other ? BARBELL : OTHER;
        }
    }

    /** One kind of telling load, the unit it points to and what it weighs in the count. */
    private enum Clue {
        LB_ROUND_TRIP(MassUnit.LB, 0, "%s on line %d is %s lb saved as kilograms and converted back"),
        KG_ROUND_TRIP(MassUnit.KG, 0, "%s on line %d is %s kg saved as pounds and converted back"),
        LB_CONVERTED(MassUnit.LB, 0, "%s on line %d is exactly %s kg written in pounds"),
        KG_CONVERTED(MassUnit.KG, 0, "%s on line %d is exactly %s lb written in kilograms"),
        KG_QUARTER(MassUnit.KG, 2, "%s on line %d ends in a quarter, which only kilogram plates make"),
        KG_HALF(MassUnit.KG, 1, "%s on line %d takes 1.25 kg plates (pound loads move by 5)"),
        KG_BAR(MassUnit.KG, 1, "%s on a barbell (line %d) is the empty 20 kg bar"),
        KG_DUMBBELL(MassUnit.KG, 1, "a %s dumbbell (line %d) is a 2 kg step (pound dumbbells go by 5)"),
        LB_BAR(MassUnit.LB, 1, "%s on a barbell (line %d) is the empty 45 lb bar"),
        LB_PLATES(MassUnit.LB, 1, "%s on a barbell (line %d) is 45 lb plates on a 45 lb bar"),
        LB_HEAVY_DUMBBELL(MassUnit.LB, 1, "a %s dumbbell or kettlebell (line %d) would be heavier than any common"
                + " kilogram one"),
        LB_BEYOND_RECORDS(MassUnit.LB, 3, "%s on a barbell (line %d) would be more than any barbell lift on record"
                + " in kilograms");

        final MassUnit unit;
        final int weight;
        final String wording;

        Clue(MassUnit unit, int weight, String wording) {
            this.unit = unit;
            this.weight = weight;
            this.wording = wording;
        }

        boolean decisive() {
            return weight == 0;
        }
    }

    /** The first load that gave a clue, for the sentence, and how many distinct loads gave it. */
    private static final class Seen {
        final String text;
        int count;

        Seen(String text) {
            this.text = text;
        }
    }

    /** Ways apps turn pounds into kilograms and back; only the exact doubles they give are believed. */
    private static final List<DoubleUnaryOperator> TO_KG = List.of(x -> x * 0.45359237, x -> x / 2.20462262185,
            x -> x / 2.20462, x -> x / 2.2046, x -> x * 0.453592);
    private static final List<DoubleUnaryOperator> TO_LB = List.of(x -> x / 0.45359237, x -> x * 2.20462262185,
            x -> x * 2.20462, x -> x * 2.2046, x -> x / 0.453592);
    /** Rounded factors people and apps use; a converted value is believed within their rounding. */
    private static final double[] KG_PER_LB = {0.45359237, 1 / 2.20462, 1 / 2.2046};
    private static final List<Integer> PLATE_LOADS = List.of(95, 135, 185, 225, 275, 315, 365, 405, 455, 495);
    /** The heaviest deadlift on record is 501 kg; barbell loads past this are pounds. */
    private static final double MORE_THAN_ANY_BARBELL_KG = 505;
    /** Common kilogram dumbbells and kettlebells stop around 50 kg; pound ones go by 5 lb past 100 lb. */
    private static final double HEAVIEST_COMMON_KG_DUMBBELL = 50;

    private final Map<Clue, Seen> clues = new EnumMap<>(Clue.class);
    private final Set<String> distinct = new HashSet<>();

    /**
     * Looks at one load as written.
     *
     * @param exercise the exercise's name as the file writes it, for its equipment
     * @param line     the line the load is on, to name it in the sentence
     */
    void observe(String exercise, double load, long line) {
        if (!(load > 0 && load < 5000)) {
            return;
        }
        Equipment equipment = Equipment.of(exercise);
        if (!distinct.add(equipment + "|" + load)) {
            return;
        }
        Clue clue = conversion(load);
        if (clue == null) {
            clue = plates(load, equipment);
        }
        if (clue != null) {
            String text = clue.decisive() ? String.format(Locale.ROOT, clue.wording, plain(load), line,
                    plain(cleanOf(clue, load))) : String.format(Locale.ROOT, clue.wording, plain(load), line);
            clues.computeIfAbsent(clue, c -> new Seen(text)).count++;
        }
    }

    /** Whether any load was seen at all: a file of body-weight sets and runs has no unit to tell. */
    boolean sawLoads() {
        return !distinct.isEmpty();
    }

    Verdict verdict() {
        int decisiveKg = count(MassUnit.KG, true);
        int decisiveLb = count(MassUnit.LB, true);
        int kg = count(MassUnit.KG, false);
        int lb = count(MassUnit.LB, false);
        if (decisiveKg > 0 && decisiveLb > 0) {
            return new Untold("its loads point both ways (" + strongest(MassUnit.KG, true) + "; "
                    + strongest(MassUnit.LB, true) + ")");
        }
        MassUnit decided = decisiveKg > 0 ? MassUnit.KG : decisiveLb > 0 ? MassUnit.LB : null;
        if (decided != null) {
            MassUnit other = decided == MassUnit.KG ? MassUnit.LB : MassUnit.KG;
            int against = other == MassUnit.KG ? kg : lb;
            int forIt = decided == MassUnit.KG ? kg : lb;
            if (wins(against, forIt)) {
                return new Untold("its loads point both ways (" + strongest(decided, true) + "; "
                        + strongest(other, false) + ")");
            }
            return new Told(decided, explain(decided, true));
        }
        if (wins(kg, lb)) {
            return new Told(MassUnit.KG, explain(MassUnit.KG, false) + (lb == 0 ? "" : " (against "
                    + strongest(MassUnit.LB, false) + ")"));
        }
        if (wins(lb, kg)) {
            return new Told(MassUnit.LB, explain(MassUnit.LB, false) + (kg == 0 ? "" : " (against "
                    + strongest(MassUnit.KG, false) + ")"));
        }
        if (kg == 0 && lb == 0) {
            return new Untold("its loads do not tell: every one of them is a load a lifter can put on a bar in"
                    + " kilograms and in pounds alike");
        }
        return new Untold("its loads do not tell: too few of them point either way (" + (kg > 0
                ? strongest(MassUnit.KG, false) : "") + (kg > 0 && lb > 0 ? "; " : "")
                + (lb > 0 ? strongest(MassUnit.LB, false) : "") + ")");
    }

    private static boolean wins(int side, int other) {
        return side >= 3 && side >= 3 * other;
    }

    private int count(MassUnit unit, boolean decisive) {
        int points = 0;
        for (Map.Entry<Clue, Seen> e : clues.entrySet()) {
            Clue c = e.getKey();
            if (c.unit == unit && c.decisive() == decisive) {
                points += decisive ? e.getValue().count : c.weight * e.getValue().count;
            }
        }
        return points;
    }

    /** The clue of {@code unit} seen most often, as its sentence. */
    private String strongest(MassUnit unit, boolean decisive) {
        Clue best = null;
        for (Map.Entry<Clue, Seen> e : clues.entrySet()) {
            Clue c = e.getKey();
            if (c.unit == unit && c.decisive() == decisive
                    && (best == null || e.getValue().count * Math.max(1, c.weight)
                            > clues.get(best).count * Math.max(1, best.weight))) {
                best = c;
            }
        }
        return best == null ? "" : clues.get(best).text;
    }

    /** "37.49999999999999 on line 12 is 37.5 lb saved as kilograms and converted back, and 2 more loads like it". */
    private String explain(MassUnit unit, boolean decisive) {
        StringBuilder sb = new StringBuilder();
        int loads = 0;
        int shown = 0;
        for (Map.Entry<Clue, Seen> e : clues.entrySet()) {
            Clue c = e.getKey();
            if (c.unit != unit || c.decisive() != decisive) {
                continue;
            }
            loads += e.getValue().count;
            if (shown < 2) {
                sb.append(shown == 0 ? "" : "; ").append(e.getValue().text);
                shown++;
            }
        }
        int more = loads - shown;
        if (more > 0) {
            sb.append(more == 1 ? ", and 1 more load like " : ", and " + more + " more loads like ")
                    .append(shown == 1 ? "it" : "them");
        }
        return sb.toString();
    }

    /** The clue of a value that is a conversion, or null. */
    private static Clue conversion(double v) {
        if (isNoise(v)) {
            boolean viaKg = false;
            boolean viaLb = false;
            for (double clean : cleanCandidates(v)) {
                for (DoubleUnaryOperator toKg : TO_KG) {
                    for (DoubleUnaryOperator toLb : TO_LB) {
                        viaKg |= toLb.applyAsDouble(toKg.applyAsDouble(clean)) == v;
                        viaLb |= toKg.applyAsDouble(toLb.applyAsDouble(clean)) == v;
                    }
                }
            }
            return viaKg == viaLb ? null : viaKg ? Clue.LB_ROUND_TRIP : Clue.KG_ROUND_TRIP;
        }
        if (hasManyDecimals(v)) {
            boolean lbOfCleanKg = false;
            boolean kgOfCleanLb = false;
            for (double f : KG_PER_LB) {
                lbOfCleanKg |= nearQuarter(v * f);
                kgOfCleanLb |= nearQuarter(v / f);
            }
            return lbOfCleanKg == kgOfCleanLb ? null : lbOfCleanKg ? Clue.LB_CONVERTED : Clue.KG_CONVERTED;
        }
        return null;
    }

    /** The plate or bar clue of a plain load, or null when it loads the same in either unit. */
    private static Clue plates(double v, Equipment equipment) {
        double quarters = v * 4;
        if (Math.abs(quarters - Math.rint(quarters)) > 1e-9) {
            return null; // not a plate load at all
        }
        long q = Math.round(quarters);
        if (q % 2 == 1) {
            return Clue.KG_QUARTER;
        }
        if (q % 4 == 2) {
            return Clue.KG_HALF;
        }
        long whole = q / 4;
        switch (equipment) {
            case BARBELL:
                if (whole == 20) {
                    return Clue.KG_BAR;
                }
                if (whole == 45) {
                    return Clue.LB_BAR;
                }
                if (whole > MORE_THAN_ANY_BARBELL_KG) {
                    return Clue.LB_BEYOND_RECORDS;
                }
                return PLATE_LOADS.contains((int) whole) ? Clue.LB_PLATES : null;
            case DUMBBELL:
                if (whole >= 14 && whole <= 48 && whole % 2 == 0 && whole % 5 != 0) {
                    return Clue.KG_DUMBBELL;
                }
                return whole > HEAVIEST_COMMON_KG_DUMBBELL && whole % 5 == 0 ? Clue.LB_HEAVY_DUMBBELL : null;
            case KETTLEBELL:
                return whole > HEAVIEST_COMMON_KG_DUMBBELL && whole % 5 == 0 ? Clue.LB_HEAVY_DUMBBELL : null;
            default:
                return null;
        }
    }

    /** Within a hair of a plain number but not it: what floating-point arithmetic leaves behind. */
    private static boolean isNoise(double v) {
        for (double clean : cleanCandidates(v)) {
            if (v != clean && Math.abs(v - clean) < 1e-9 * Math.max(1, v)) {
                return true;
            }
        }
        return false;
    }

    private static double[] cleanCandidates(double v) {
        return new double[] {Math.rint(v * 4) / 4, Math.rint(v * 10) / 10};
    }

    /** More decimals than anyone types: the value was computed. */
    private static boolean hasManyDecimals(double v) {
        double thousandths = v * 1000;
        return Math.abs(thousandths - Math.rint(thousandths)) > 1e-6 * Math.max(1, thousandths);
    }

    /** A plain number of the other unit, to within what rounding the shown value to four decimals leaves. */
    private static boolean nearQuarter(double x) {
        double quarters = x * 4;
        return x >= 1 && Math.abs(quarters - Math.rint(quarters)) / 4 <= 2e-6 * x;
    }

    /** The plain number a conversion clue stands for: 37.5 for 37.49999999999999, 20 for 44.092…. */
    private static double cleanOf(Clue clue, double v) {
        double x = switch (clue) {
            case LB_CONVERTED -> v * KG_PER_LB[0];
            case KG_CONVERTED -> v / KG_PER_LB[0];
            default -> v;
        };
        double nearest = Math.rint(x * 4) / 4;
        for (double candidate : cleanCandidates(x)) {
            nearest = Math.abs(candidate - x) < Math.abs(nearest - x) ? candidate : nearest;
        }
        return nearest;
    }

    /** 62.5, 135, 37.49999999999999: as the file wrote it (the shortest form that reads back the same). */
    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}

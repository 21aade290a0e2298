package app.overload.notation;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import app.overload.domain.DistanceUnit;
import app.overload.domain.MassUnit;
import app.overload.domain.Modality;
import app.overload.domain.Purpose;

/** The notation's vocabulary: units, the words for modalities and purposes, and lifters' shorthand for exercises. */
final class Words {

    /** Metres in a yard, as the history writes short carries for a user in miles. */
    static final double YARD = 0.9144;

    private static final Map<String, Modality> MODALITIES = new HashMap<>();
    /** Purpose words, longest phrases first so "long run" wins over "long". */
    private static final Map<String, Purpose> PURPOSES = new LinkedHashMap<>();
    private static final Map<String, String> SHORTHAND = new HashMap<>();

    static {
        modality(Modality.RUN, "run", "running", "jog", "jogging");
        modality(Modality.WALK, "walk", "walking", "hike", "hiking");
        modality(Modality.RIDE, "ride", "bike", "cycle", "cycling", "biking");
        modality(Modality.ROW, "row", "rowing", "erg");
        modality(Modality.SWIM, "swim", "swimming");
        modality(Modality.STAIRS, "stairs", "stair climber", "stairmaster");
        modality(Modality.ELLIPTICAL, "elliptical", "cross trainer");
        modality(Modality.OTHER, "other");

        purpose(Purpose.TEMPO, "tempo / threshold", "tempo threshold");
        purpose(Purpose.EASY_AEROBIC, "easy aerobic", "easy");
        purpose(Purpose.LONG_RUN, "long run", "long");
        purpose(Purpose.HILLS, "hill repeats", "hills");
        purpose(Purpose.HEAVY_STRENGTH, "heavy strength", "heavy");
        purpose(Purpose.VOLUME_STRENGTH, "volume strength", "volume");
        purpose(Purpose.TEMPO, "tempo", "threshold");
        purpose(Purpose.RECOVERY, "recovery");
        purpose(Purpose.INTERVALS, "intervals");
        purpose(Purpose.RACE, "race");
        purpose(Purpose.TECHNIQUE, "technique");
        purpose(Purpose.DELOAD, "deload");
        purpose(Purpose.MOBILITY, "mobility");
        purpose(Purpose.OTHER, "other");

        shorthand("back-squat", "squat", "squats", "back squats", "bs");
        shorthand("bench-press", "bench", "bp");
        shorthand("overhead-press", "ohp", "press", "military press", "shoulder press", "standing press");
        shorthand("deadlift", "dl", "deadlifts");
        shorthand("romanian-deadlift", "rdl", "rdls");
        shorthand("front-squat", "fs");
        shorthand("incline-bench-press", "incline bench", "incline press");
        shorthand("dumbbell-bench-press", "db bench", "db bench press");
        shorthand("dumbbell-shoulder-press", "db press", "db shoulder press");
        shorthand("dumbbell-row", "db row");
        shorthand("bulgarian-split-squat", "bss", "bulgarians");
        shorthand("pull-up", "pullup", "pullups", "pull ups");
        shorthand("chin-up", "chinup", "chinups", "chin ups");
        shorthand("push-up", "pushup", "pushups", "push ups");
        shorthand("lat-pulldown", "pulldown", "pulldowns", "lat pull down");
        shorthand("biceps-curl", "curl", "curls", "bicep curl", "bicep curls");
        shorthand("triceps-extension", "tricep extension", "triceps extensions", "skull crushers");
        shorthand("kettlebell-swing", "kb swing", "kb swings", "swings");
        shorthand("kettlebell-deadlift", "kb deadlift");
        shorthand("power-clean", "clean", "cleans");
        shorthand("farmers-carry", "farmers walk", "farmer walk", "farmer carry", "farmers carry");
        shorthand("hip-thrust", "hip thrusts", "glute bridge");
        shorthand("goblet-squat", "goblet");
        shorthand("bodyweight-squat", "air squat", "air squats", "bodyweight squat");
        shorthand("barbell-row", "bent over row", "pendlay row", "bb row");
    }

    private Words() {
    }

    private static void modality(Modality m, String... words) {
        for (String w : words) {
            MODALITIES.put(w, m);
        }
    }

    private static void purpose(Purpose p, String... words) {
        for (String w : words) {
            PURPOSES.put(w, p);
        }
    }

    private static void shorthand(String key, String... names) {
        for (String n : names) {
            SHORTHAND.put(normal(n), key);
        }
    }

    /** Lower case, no accents, no apostrophes, other punctuation as single spaces: "Pull-Up" reads "pull up". */
    static String normal(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "").replaceAll("[^a-z0-9/]+", " ")
                .strip();
    }

    static Optional<Modality> modality(String name) {
        return Optional.ofNullable(MODALITIES.get(normal(name)));
    }

    /** The canonical word of a modality in written notation: its label. */
    static String word(Modality modality) {
        return modality.label();
    }

    /** The catalogue key a lifter's shorthand stands for, or null. */
    static String shorthand(String name) {
        return SHORTHAND.get(normal(name));
    }

    /** Purpose phrases, longest first; each is a sequence of words. */
    static Map<String, Purpose> purposes() {
        return PURPOSES;
    }

    /** The phrase the writer uses for a purpose; it reads back as the same purpose. */
    static String phrase(Purpose purpose) {
        return switch (purpose) {
            case EASY_AEROBIC -> "easy aerobic";
            case RECOVERY -> "recovery";
            case LONG_RUN -> "long run";
            case TEMPO -> "tempo";
            case INTERVALS -> "intervals";
            case HILLS -> "hill repeats";
            case RACE -> "race";
            case HEAVY_STRENGTH -> "heavy strength";
            case VOLUME_STRENGTH -> "volume strength";
            case TECHNIQUE -> "technique";
            case DELOAD -> "deload";
            case MOBILITY -> "mobility";
            case OTHER -> "other";
        };
    }

    static Optional<MassUnit> massUnit(Token t) {
        if (t.isWord("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms")) {
            return Optional.of(MassUnit.KG);
        }
        if (t.isWord("lb", "lbs", "pound", "pounds")) {
            return Optional.of(MassUnit.LB);
        }
        return Optional.empty();
    }

    /** Metres in one of the distance unit {@code t} names, or 0 when it names none. */
    static double metresPer(Token t) {
        if (t.isWord("m", "metre", "metres", "meter", "meters")) {
            return 1;
        }
        if (t.isWord("km", "k", "kms", "kilometre", "kilometres", "kilometer", "kilometers")) {
            return 1000;
        }
        if (t.isWord("mi", "mile", "miles")) {
            return DistanceUnit.MI.metres();
        }
        if (t.isWord("yd", "yds", "yard", "yards")) {
            return YARD;
        }
        return 0;
    }

    /** Seconds in one of the time unit {@code t} names, or 0 when it names none ("m" is metres, never minutes). */
    static long secondsPer(Token t) {
        if (t.isWord("h", "hr", "hrs", "hour", "hours")) {
            return 3600;
        }
        if (t.isWord("min", "mins", "minute", "minutes")) {
            return 60;
        }
        if (t.isWord("s", "sec", "secs", "second", "seconds")) {
            return 1;
        }
        return 0;
    }
}

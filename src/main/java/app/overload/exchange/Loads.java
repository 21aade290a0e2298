package app.overload.exchange;

import app.overload.domain.Checks;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;

/**
 * Loads in a block file. Since format 1.1 each load is written in kilograms or in pounds, in a key that names the
 * unit ({@code loadKg} or {@code loadLb}), so a coach who plans 225 lb finds 225 lb in the file and gets 225 lb back,
 * and a reader can never take pounds for kilograms.
 */
final class Loads {

    /** The heaviest load the domain takes, in pounds, so a refusal can be said in the file's own unit. */
    static final double MAX_POUNDS = Mass.MAX_KILOGRAMS / Mass.KILOGRAMS_PER_POUND;

    private Loads() {
    }

    /** A load as written: exactly one of the two is set, or neither for an absent load. */
    record Written(Double kg, Double lb) {
    }

    /**
     * How a load is written: in the author's unit when it is a round number there (at most three decimals that read
     * back to the very same value), else in the other unit when it is round there (a pound plan in a kilogram
     * logbook keeps its pounds), else in exact kilograms. A file read and written again is therefore identical.
     */
    static Written write(Mass mass, MassUnit author) {
        if (mass == null) {
            return new Written(null, null);
        }
        double kg = mass.kilograms();
        MassUnit other = author == MassUnit.KG ? MassUnit.LB : MassUnit.KG;
        for (MassUnit unit : new MassUnit[] {author, other}) {
            Double round = exact(kg, unit);
            if (round != null) {
                return unit == MassUnit.KG ? new Written(round, null) : new Written(null, round);
            }
        }
        return new Written(kg, null);
    }

    private static Double exact(double kg, MassUnit unit) {
        double value = unit == MassUnit.KG ? kg : kg / Mass.KILOGRAMS_PER_POUND;
        double round = Math.round(value * 1000) / 1000.0;
        // The same sum Mass.pounds does when the file is read, so "round" is only claimed when it reads back exactly.
        double back = unit == MassUnit.KG ? round : round * Mass.KILOGRAMS_PER_POUND;
        return back == kg ? round : null;
    }

    /** The key a load was read from, for placing a refusal of it: {@code loadLb} when given in pounds. */
    static String key(String name, Double lb) {
        return name + (lb != null ? "Lb" : "Kg");
    }

    /**
     * Reads a load given as {@code <name>Kg} or {@code <name>Lb} in the object at {@code object}.
     *
     * @return null when neither key is there and the load is optional
     */
    static Mass read(Double kg, Double lb, JsonPath object, String name, boolean required) {
        JsonPath kgAt = object.field(name + "Kg");
        JsonPath lbAt = object.field(name + "Lb");
        if (kg != null && lb != null) {
            throw BlockFileException.at(lbAt, "Give " + name + "Kg or " + name + "Lb, not both.");
        }
        if (lb != null) {
            double pounds = lb;
            return Values.build(lbAt, () -> {
                Checks.finiteInRange(pounds, 0, MAX_POUNDS, "load", "lb");
                return Mass.pounds(pounds);
            });
        }
        if (kg == null) {
            if (required) {
                throw BlockFileException.at(kgAt, "This field is required (in kilograms, or as " + name
                        + "Lb in pounds).");
            }
            return null;
        }
        return Values.mass(kg, kgAt);
    }
}

package app.overload.exchange.history;

import app.overload.domain.MassUnit;

/**
 * Guesses whether a file that does not name its unit (Strong's comma layout) holds kilograms or pounds, from the
 * loads themselves. Plates make the difference: kilogram loads are built from 1.25 and 2.5 kg plates, so values
 * such as 62.5 or 41.25 are common; pound loads are built from 45 lb plates and a 45 lb bar, so 135, 185, 225,
 * 315 (odd multiples of 5 from 95 up) are common. A file with too little evidence either way is read as
 * kilograms and the preview says it was a guess.
 */
final class UnitGuess {

    private int kilogramHints;
    private int poundHints;

    void observe(double load) {
        if (load <= 0) {
            return;
        }
        double fraction = load - Math.floor(load);
        if (fraction == 0.5 || fraction == 0.25 || fraction == 0.75) {
            kilogramHints++;
        } else if (fraction == 0 && load >= 95 && load % 10 == 5) {
            poundHints++;
        }
    }

    /** Pounds when pound-like loads clearly outnumber kilogram-like ones; otherwise kilograms. */
    MassUnit unit() {
        return poundHints >= 3 && poundHints > 2 * kilogramHints ? MassUnit.LB : MassUnit.KG;
    }

    /** A sentence for the preview that says how sure the guess is. */
    String note() {
        MassUnit unit = unit();
        boolean clear = unit == MassUnit.LB || (kilogramHints >= 3 && kilogramHints > 2 * poundHints);
        String name = unit == MassUnit.LB ? "pounds" : "kilograms";
        return clear
                ? "Weights read as " + name + " (the file does not say; guessed from " + (kilogramHints + poundHints)
                        + " telling loads). Choose the unit if that is wrong."
                : "Weights read as " + name + " (the file does not say and the loads do not tell). Choose the unit "
                        + "if that is wrong.";
    }
}

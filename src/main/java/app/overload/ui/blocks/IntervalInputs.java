package app.overload.ui.blocks;

import app.overload.ui.Field;

/** One line of repeats in the prescription editor: how many, the work (metres or time) and the recovery. */
public final class IntervalInputs {

    private final Field repeats = new Field();
    private final Field workMetres = new Field();
    private final Field workTime = new Field();
    private final Field recoveryMetres = new Field();
    private final Field recoveryTime = new Field();

    public Field repeats() {
        return repeats;
    }

    public Field workMetres() {
        return workMetres;
    }

    public Field workTime() {
        return workTime;
    }

    public Field recoveryMetres() {
        return recoveryMetres;
    }

    public Field recoveryTime() {
        return recoveryTime;
    }
}

package app.overload.ui.blocks;

/** One line of repeats in the prescription editor: how many, the work (metres or time) and the recovery. */
public final class IntervalInputs {

    private final Input repeats = new Input();
    private final Input workMetres = new Input();
    private final Input workTime = new Input();
    private final Input recoveryMetres = new Input();
    private final Input recoveryTime = new Input();

    public Input repeats() {
        return repeats;
    }

    public Input workMetres() {
        return workMetres;
    }

    public Input workTime() {
        return workTime;
    }

    public Input recoveryMetres() {
        return recoveryMetres;
    }

    public Input recoveryTime() {
        return recoveryTime;
    }
}

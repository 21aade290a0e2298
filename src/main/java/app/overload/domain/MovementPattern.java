package app.overload.domain;

/** The movement an exercise trains; progressions stay within a pattern. */
public enum MovementPattern {
    SQUAT("Squat"), HINGE("Hinge"), LUNGE("Lunge"), HORIZONTAL_PUSH("Horizontal push"),
    VERTICAL_PUSH("Vertical push"), HORIZONTAL_PULL("Horizontal pull"), VERTICAL_PULL("Vertical pull"),
    CARRY("Carry"), CORE("Core"), OTHER("Other");

    private final String label;

    MovementPattern(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package app.overload.domain;

/** The role of a set within an exercise. Only working, AMRAP and drop sets count toward progression. */
public enum SetKind {
    WARM_UP("Warm-up"),
    WORKING("Working"),
    AMRAP("AMRAP"),
    DROP("Drop");

    private final String label;

    SetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isWork() {
        return this != WARM_UP;
    }
}

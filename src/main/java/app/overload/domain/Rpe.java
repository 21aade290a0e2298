package app.overload.domain;

/**
 * Rating of perceived exertion on the 0–10 scale. Used for a whole session (session RPE, Foster) and for a set
 * (where 10 means no rep left in reserve). RIR = 10 − RPE.
 */
public record Rpe(double value) implements Comparable<Rpe> {

    public Rpe {
        Checks.finiteInRange(value, 0, 10, "RPE", "");
    }

    public static Rpe of(double value) {
        return new Rpe(value);
    }

    /** The RPE that leaves {@code repsInReserve} reps in the tank. */
    public static Rpe fromRepsInReserve(double repsInReserve) {
        Checks.finiteInRange(repsInReserve, 0, 10, "RIR", "");
        return new Rpe(10 - repsInReserve);
    }

    public double repsInReserve() {
        return 10 - value;
    }

    @Override
    public int compareTo(Rpe other) {
        return Double.compare(value, other.value);
    }

    @Override
    public String toString() {
        return value == Math.rint(value) ? Integer.toString((int) value) : Double.toString(value);
    }
}

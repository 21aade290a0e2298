package app.overload.progression;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Daily fitness (CTL) and fatigue (ATL) of a load series; form is their difference (Banister; Coggan's PMC). */
public final class FitnessFatigue {

    public static final int FITNESS_DAYS = 42;
    public static final int FATIGUE_DAYS = 7;

    private final LocalDate first;
    private final double[] fitness;
    private final double[] fatigue;

    FitnessFatigue(LocalDate first, double[] fitness, double[] fatigue) {
        this.first = first;
        this.fitness = fitness;
        this.fatigue = fatigue;
    }

    public LocalDate first() {
        return first;
    }

    public int days() {
        return fitness.length;
    }

    public double fitness(LocalDate day) {
        return fitness[index(day)];
    }

    public double fatigue(LocalDate day) {
        return fatigue[index(day)];
    }

    /** Form (training stress balance): fitness − fatigue; negative after hard weeks, positive when fresh. */
    public double form(LocalDate day) {
        return fitness(day) - fatigue(day);
    }

    private int index(LocalDate day) {
        long index = ChronoUnit.DAYS.between(first, day);
        if (index < 0 || index >= fitness.length) {
            throw new IllegalArgumentException(day + " is outside the series " + first + " to "
                    + first.plusDays(fitness.length - 1L) + ".");
        }
        return (int) index;
    }
}

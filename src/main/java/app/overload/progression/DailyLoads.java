package app.overload.progression;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.OptionalDouble;

import app.overload.domain.Session;

/**
 * Session load (sRPE × minutes) summed per day over a span of days, rest days counting as zero — the series that
 * monotony, strain, the acute:chronic ratio and fitness/fatigue are computed from (TRAINING-RULES.md).
 */
public final class DailyLoads {

    private final LocalDate first;
    private final double[] loads;

    public DailyLoads(LocalDate first, double[] loads) {
        this.first = first;
        this.loads = loads.clone();
        for (double load : loads) {
            if (!Double.isFinite(load) || load < 0) {
                throw new IllegalArgumentException("Daily loads must be finite and not negative.");
            }
        }
    }

    /** The daily loads of {@code sessions} from {@code first} to {@code last}; sessions without RPE add nothing. */
    public static DailyLoads of(Collection<? extends Session> sessions, LocalDate first, LocalDate last) {
        int days = (int) ChronoUnit.DAYS.between(first, last) + 1;
        double[] loads = new double[Math.max(0, days)];
        for (Session s : sessions) {
            int index = (int) ChronoUnit.DAYS.between(first, s.date());
            OptionalDouble load = s.load();
            if (index >= 0 && index < loads.length && load.isPresent()) {
                loads[index] += load.getAsDouble();
            }
        }
        return new DailyLoads(first, loads);
    }

    public LocalDate first() {
        return first;
    }

    public LocalDate last() {
        return first.plusDays(loads.length - 1L);
    }

    public int days() {
        return loads.length;
    }

    public double on(LocalDate day) {
        return at(index(day));
    }

    /** The load at a position of the series; zero outside it. */
    private double at(long index) {
        return index < 0 || index >= loads.length ? 0 : loads[(int) index];
    }

    /** Sum of the {@code days} days ending on {@code day} (days before the series count as zero). */
    public double sum(LocalDate day, int days) {
        long last = index(day);
        double total = 0;
        for (int i = 0; i < days; i++) {
            total += at(last - i);
        }
        return total;
    }

    /**
     * Foster's monotony for the week ending on {@code day}: mean daily load ÷ standard deviation (population),
     * rest days counting as zero. Empty when the week has no load. Seven equal days with load have no spread to
     * divide by; the ratio grows without bound as the spread shrinks, so such a week is positive infinity, the most
     * monotonous week there is, rather than no week at all.
     */
    public OptionalDouble monotony(LocalDate day) {
        long last = index(day);
        double[] week = new double[7];
        for (int i = 0; i < 7; i++) {
            week[i] = at(last - i);
        }
        double mean = Arrays.stream(week).average().orElse(0);
        double variance = Arrays.stream(week).map(v -> (v - mean) * (v - mean)).sum() / week.length;
        double sd = Math.sqrt(variance);
        if (mean == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(sd < 1e-9 ? Double.POSITIVE_INFINITY : mean / sd);
    }

    /** Foster's strain for the week ending on {@code day}: weekly load × monotony (infinite when monotony is). */
    public OptionalDouble strain(LocalDate day) {
        OptionalDouble monotony = monotony(day);
        return monotony.isPresent() ? OptionalDouble.of(sum(day, 7) * monotony.getAsDouble()) : OptionalDouble.empty();
    }

    /**
     * Rolling acute:chronic workload ratio on {@code day}: the last 7 days' load ÷ the average weekly load of the
     * last 28 days. Empty while there is no chronic load to compare with.
     */
    public OptionalDouble acuteChronicRatio(LocalDate day) {
        double chronicWeekly = sum(day, 28) / 4;
        return chronicWeekly <= 0 ? OptionalDouble.empty() : OptionalDouble.of(sum(day, 7) / chronicWeekly);
    }

    /**
     * Fitness (CTL, 42-day), fatigue (ATL, 7-day) and form (TSB = CTL − ATL) for every day of the series, starting
     * from zero: X_t = X_{t−1} + (L_t − X_{t−1}) / k.
     */
    public FitnessFatigue fitnessFatigue() {
        double[] fitness = new double[loads.length];
        double[] fatigue = new double[loads.length];
        double ctl = 0;
        double atl = 0;
        for (int i = 0; i < loads.length; i++) {
            ctl += (loads[i] - ctl) / FitnessFatigue.FITNESS_DAYS;
            atl += (loads[i] - atl) / FitnessFatigue.FATIGUE_DAYS;
            fitness[i] = ctl;
            fatigue[i] = atl;
        }
        return new FitnessFatigue(first, fitness, fatigue);
    }

    private long index(LocalDate day) {
        return day.toEpochDay() - first.toEpochDay();
    }
}

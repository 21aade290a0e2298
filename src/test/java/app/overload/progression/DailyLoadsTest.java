package app.overload.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A four-week load series worked by hand. Weeks 1–3: Mon 300, Wed 400, Fri 300, Sun 600 (1,600 a week).
 * Week 4: every day 300 (2,100).
 */
class DailyLoadsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private static DailyLoads series() {
        double[] loads = new double[28];
        for (int week = 0; week < 3; week++) {
            loads[week * 7] = 300;
            loads[week * 7 + 2] = 400;
            loads[week * 7 + 4] = 300;
            loads[week * 7 + 6] = 600;
        }
        for (int day = 21; day < 28; day++) {
            loads[day] = 300;
        }
        return new DailyLoads(MONDAY, loads);
    }

    @Test
    void monotonyOfAVariedWeek() {
        // Week 1: 300, 0, 400, 0, 300, 0, 600. Mean 1600/7 = 228.571; squared deviations sum to 334,285.7,
        // so the population SD is sqrt(334,285.7 / 7) = 218.529 and monotony 228.571 / 218.529 = 1.0460.
        LocalDate sunday = MONDAY.plusDays(6);
        assertThat(series().monotony(sunday).getAsDouble()).isCloseTo(1.0460, within(0.0005));
        assertThat(series().strain(sunday).getAsDouble()).isCloseTo(1600 * 1.0460, within(1.0));
    }

    @Test
    void aWeekOfIdenticalDaysIsInfinitelyMonotonous() {
        // Week 4: 300 every day, mean 300 and SD 0; mean ÷ SD grows without bound as the SD shrinks.
        LocalDate sunday = MONDAY.plusDays(27);
        assertThat(series().monotony(sunday)).hasValue(Double.POSITIVE_INFINITY);
        assertThat(series().strain(sunday)).hasValue(Double.POSITIVE_INFINITY);
    }

    @Test
    void aWeekWithoutLoadHasNoMonotony() {
        assertThat(new DailyLoads(MONDAY, new double[14]).monotony(MONDAY.plusDays(13))).isEmpty();
        assertThat(new DailyLoads(MONDAY, new double[14]).strain(MONDAY.plusDays(13))).isEmpty();
    }

    @Test
    void acuteChronicRatioOfTheFourthWeek() {
        // Acute 2,100; chronic (1,600 × 3 + 2,100) / 4 = 1,725; ratio 1.217.
        assertThat(series().acuteChronicRatio(MONDAY.plusDays(27)).getAsDouble()).isCloseTo(1.2174, within(0.0001));
    }

    @Test
    void noRatioWithoutChronicLoad() {
        assertThat(new DailyLoads(MONDAY, new double[10]).acuteChronicRatio(MONDAY.plusDays(9))).isEmpty();
    }

    @Test
    void fitnessAndFatigueFollowTheExponentialAverages() {
        FitnessFatigue pmc = series().fitnessFatigue();
        // Day 1: CTL = 300/42 = 7.143, ATL = 300/7 = 42.857. Day 2 (rest): CTL = 7.143 × 41/42 = 6.973,
        // ATL = 42.857 × 6/7 = 36.735.
        assertThat(pmc.fitness(MONDAY)).isCloseTo(7.1429, within(0.0001));
        assertThat(pmc.fatigue(MONDAY)).isCloseTo(42.857, within(0.001));
        assertThat(pmc.fitness(MONDAY.plusDays(1))).isCloseTo(6.9728, within(0.0001));
        assertThat(pmc.fatigue(MONDAY.plusDays(1))).isCloseTo(36.735, within(0.001));
        assertThat(pmc.form(MONDAY.plusDays(1))).isCloseTo(6.9728 - 36.735, within(0.001));
    }
}

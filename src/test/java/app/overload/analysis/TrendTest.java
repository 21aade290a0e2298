package app.overload.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrendTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);

    private static ChartPoint at(int day, double value) {
        return ChartPoint.of(MONDAY.plusDays(day), value, "");
    }

    @Test
    void fitsTheLeastSquaresLineAndProjectsIt() {
        // Days 0, 7, 14, 21 with 100, 102, 103, 105: mean x 10.5, mean y 102.5;
        // Σ dx·dy = (-10.5)(-2.5) + (-3.5)(-0.5) + (3.5)(0.5) + (10.5)(2.5) = 56; Σ dx² = 245;
        // slope = 56 / 245 = 0.228571 per day;
        // value at day 0 = 102.5 − 0.228571 × 10.5 = 100.1. On day 63: 100.1 + 0.228571 × 63 = 114.5.
        Trend trend = Trend.fit(List.of(at(0, 100), at(7, 102), at(14, 103), at(21, 105)), MONDAY,
                MONDAY.plusDays(21)).orElseThrow();
        assertThat(trend.slopePerDay()).isCloseTo(0.228571, within(1e-6));
        assertThat(trend.at(MONDAY)).isCloseTo(100.1, within(1e-9));
        assertThat(trend.at(MONDAY.plusDays(63))).isCloseTo(114.5, within(1e-9));
        assertThat(trend.points()).isEqualTo(4);
    }

    @Test
    void onlyPointsInsideTheWindowCount() {
        Trend trend = Trend.fit(List.of(at(0, 500), at(10, 100), at(17, 100), at(24, 100)), MONDAY.plusDays(1),
                MONDAY.plusDays(30)).orElseThrow();
        assertThat(trend.slopePerDay()).isZero();
        assertThat(trend.first()).isEqualTo(MONDAY.plusDays(10));
    }

    @Test
    void twoPointsOrOneWeekAreNotATrend() {
        assertThat(Trend.fit(List.of(at(0, 100), at(7, 110)), MONDAY, MONDAY.plusDays(30))).isEmpty();
        assertThat(Trend.fit(List.of(at(0, 100), at(3, 110), at(6, 105)), MONDAY, MONDAY.plusDays(30))).isEmpty();
        assertThat(Trend.fit(List.of(), MONDAY, MONDAY.plusDays(30))).isEmpty();
    }
}

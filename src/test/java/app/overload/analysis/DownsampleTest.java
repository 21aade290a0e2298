package app.overload.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

class DownsampleTest {

    private static final LocalDate START = LocalDate.of(2016, 1, 4);

    private static List<ChartPoint> series(List<Double> values) {
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            points.add(ChartPoint.of(START.plusDays(i), values.get(i), "day " + i));
        }
        return points;
    }

    private static List<ChartPoint> wave(int n) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(100 + 20 * Math.sin(i / 30.0) + (i % 7) * 0.5);
        }
        return series(values);
    }

    @Test
    void shortSeriesAreReturnedAsTheyAre() {
        List<ChartPoint> points = wave(50);
        assertThat(Downsample.lttb(points, 300)).isSameAs(points);
    }

    @Test
    void aTenYearDailySeriesShrinksToTheLimitKeepingEndsAndExtremes() {
        List<ChartPoint> points = new ArrayList<>(wave(3650));
        points.set(1234, ChartPoint.of(points.get(1234).date(), 500, "spike"));
        points.set(2345, ChartPoint.of(points.get(2345).date(), -50, "dip"));

        List<ChartPoint> thin = Downsample.lttb(points, 300);

        assertThat(thin).hasSizeLessThanOrEqualTo(300).hasSizeGreaterThan(250);
        assertThat(thin.get(0)).isEqualTo(points.get(0));
        assertThat(thin.get(thin.size() - 1)).isEqualTo(points.get(3649));
        assertThat(thin).extracting(ChartPoint::label).contains("spike", "dip");
        assertThat(thin).isSortedAccordingTo(Comparator.comparing(ChartPoint::date));
    }

    @Test
    void personalRecordsSurviveDownsampling() {
        List<ChartPoint> points = new ArrayList<>(wave(2000));
        for (int i : new int[] {10, 400, 401, 402, 1500, 1999 - 3}) {
            points.set(i, points.get(i).asRecord("Personal record"));
        }
        List<ChartPoint> thin = Downsample.lttb(points, 100);
        assertThat(thin).hasSizeLessThanOrEqualTo(100);
        assertThat(thin.stream().filter(ChartPoint::record).count()).isEqualTo(6);
    }

    @Test
    void moreRecordsThanRoomAreSpreadAndTheLimitHolds() {
        List<ChartPoint> points = new ArrayList<>();
        for (ChartPoint p : wave(1000)) {
            points.add(p.asRecord("record"));
        }
        List<ChartPoint> thin = Downsample.lttb(points, 40);
        assertThat(thin).hasSizeLessThanOrEqualTo(40).hasSizeGreaterThan(30);
        assertThat(thin.get(0)).isEqualTo(points.get(0));
        assertThat(thin.get(thin.size() - 1)).isEqualTo(points.get(999));
    }

    @Test
    void refusesALimitWithoutRoomForTheEssentials() {
        assertThatThrownBy(() -> Downsample.lttb(wave(10), 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void plainLttbPicksThePointThatMakesTheLargestTriangle() {
        // A flat line with one spike, kept to 3 points: between the first and the last point (both 0), the spike
        // at day 7 spans the largest triangle (area ∝ 10 × its height).
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            values.add(i == 7 ? 10.0 : i == 2 ? 4.0 : 0.0);
        }
        assertThat(Downsample.triangleIndices(series(values), 3)).containsExactly(0, 7, 10);
    }

    @Test
    void neverReturnsMoreThanAskedAndKeepsEndsAndExtremes() {
        qt().withExamples(200).withFixedSeed(61L)
                .forAll(lists().of(doubles().between(-1e4, 1e4)).ofSizeBetween(1, 800), integers().between(4, 300))
                .checkAssert(this::keepsEndsAndExtremes);
    }

    private void keepsEndsAndExtremes(List<Double> values, int max) {
        List<ChartPoint> points = series(values);
        List<ChartPoint> thin = Downsample.lttb(points, max);
        assertThat(thin).hasSizeLessThanOrEqualTo(Math.max(max, 0));
        assertThat(thin.get(0)).isEqualTo(points.get(0));
        assertThat(thin.get(thin.size() - 1)).isEqualTo(points.get(points.size() - 1));
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double maxValue = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat(thin).extracting(ChartPoint::value).contains(min, maxValue);
        assertThat(points).containsAll(thin);
    }
}

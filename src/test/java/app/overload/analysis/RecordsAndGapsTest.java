package app.overload.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RecordsAndGapsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    private static List<ChartPoint> values(double... values) {
        ArrayList<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(ChartPoint.of(DAY.plusWeeks(i), values[i], "w" + i));
        }
        return points;
    }

    @Test
    void aRecordBeatsEveryEarlierPointAndTheFirstPointIsNone() {
        List<ChartPoint> marked = Records.mark(values(100, 105, 103, 105, 110), true, "PR");
        assertThat(marked).extracting(ChartPoint::record).containsExactly(false, true, false, false, true);
        assertThat(marked.get(1).label()).isEqualTo("w1\nPR");
    }

    @Test
    void forPacesLessIsARecord() {
        List<ChartPoint> marked = Records.mark(values(300, 310, 295, 295, 290), false, "Fastest");
        assertThat(marked).extracting(ChartPoint::record).containsExactly(false, false, true, false, true);
    }

    @Test
    void monthsWithoutDataAreGapsButAHolidayIsNot() {
        DateWindow year = new DateWindow(DAY, DAY.plusDays(364), "in the last year");
        List<LocalDate> days = List.of(DAY.plusDays(3), DAY.plusDays(20), DAY.plusDays(120), DAY.plusDays(130),
                DAY.plusDays(300));
        List<Mark.Gap> gaps = Gaps.find(days, year);
        assertThat(gaps).containsExactly(new Mark.Gap(DAY.plusDays(21), DAY.plusDays(119)),
                new Mark.Gap(DAY.plusDays(131), DAY.plusDays(299)),
                new Mark.Gap(DAY.plusDays(301), DAY.plusDays(364)));
    }

    @Test
    void aLateStartIsAGapFromTheWindowsFirstDay() {
        DateWindow year = new DateWindow(DAY, DAY.plusDays(364), "in the last year");
        assertThat(Gaps.find(List.of(DAY.plusDays(200), DAY.plusDays(360)), year))
                .containsExactly(new Mark.Gap(DAY, DAY.plusDays(199)), new Mark.Gap(DAY.plusDays(201),
                        DAY.plusDays(359)));
    }

    @Test
    void timeRangesCountBackFromToday() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(TimeRange.FOUR_WEEKS.window(today, null).from()).isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(TimeRange.FOUR_WEEKS.window(today, null).days()).isEqualTo(28);
        assertThat(TimeRange.ONE_YEAR.window(today, null).from()).isEqualTo(LocalDate.of(2025, 11, 24));
        assertThat(TimeRange.ALL.window(today, LocalDate.of(2016, 3, 1)).from()).isEqualTo(LocalDate.of(2016, 3, 1));
        assertThat(Bucket.forWindow(TimeRange.ONE_YEAR.window(today, null))).isEqualTo(Bucket.WEEK);
        assertThat(Bucket.forWindow(TimeRange.ALL.window(today, LocalDate.of(2016, 3, 1)))).isEqualTo(Bucket.MONTH);
    }

    @Test
    void numbersAreWrittenWithoutNeedlessZeros() {
        assertThat(Formats.one(54.24)).isEqualTo("54.2");
        assertThat(Formats.one(-6.75)).isEqualTo("-6.7");
        assertThat(Formats.one(3.04)).isEqualTo("3");
        assertThat(Formats.two(1.2174)).isEqualTo("1.22");
        assertThat(Formats.two(1.205)).isEqualTo("1.21");
        assertThat(Formats.two(0.004)).isEqualTo("0");
        assertThat(Formats.whole(1234567.4)).isEqualTo("1,234,567");
        assertThat(Formats.whole(-999.6)).isEqualTo("-1,000");
        assertThat(Formats.whole(12)).isEqualTo("12");
    }
}

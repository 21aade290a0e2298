package app.overload.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.overload.analysis.EnduranceRow;
import app.overload.analysis.LoggedSetRow;
import app.overload.domain.Distance;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.SetKind;
import app.overload.domain.UnitPreferences;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Current levels read from the logbook for a new block, with where each came from. */
class RecentLevelsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final ExerciseId SQUAT = ExerciseId.of("back-squat");
    private static final Mass STEP = Mass.kilograms(2.5);

    private static long session;

    private static List<LoggedSetRow> sets(LocalDate day, int count, int reps, double kg) {
        session++;
        List<LoggedSetRow> rows = new ArrayList<>();
        rows.add(new LoggedSetRow(session, day, 5, 20, null, SetKind.WARM_UP, false));
        for (int i = 0; i < count; i++) {
            rows.add(new LoggedSetRow(session, day, reps, kg, null, SetKind.WORKING, false));
        }
        return rows;
    }

    @Test
    void theHeaviestFiveByFiveOfTheLastEightWeeks() {
        List<LoggedSetRow> rows = new ArrayList<>();
        rows.addAll(sets(TODAY.minusWeeks(10), 5, 5, 110)); // too long ago
        rows.addAll(sets(TODAY.minusDays(20), 5, 5, 100));
        rows.addAll(sets(TODAY.minusDays(13), 5, 5, 95)); // a lighter week since
        rows.addAll(sets(TODAY.minusDays(6), 4, 5, 105)); // one set short of 5×5

        var found = RecentLevels.lift(SQUAT, 5, 5, rows, TODAY, STEP, UnitPreferences.METRIC).orElseThrow();

        assertThat(found.level().load()).isEqualTo(Mass.kilograms(100));
        assertThat(found.source()).isEqualTo("your 5×5 @ 100 kg on Thu 5 Nov");
    }

    @Test
    void withoutTheSetsAndRepsTheLoadIsWorkedOutFromTheBestEstimatedMaxAndSaysSo() {
        List<LoggedSetRow> rows = new ArrayList<>(sets(TODAY.minusDays(9), 3, 8, 90));

        var found = RecentLevels.lift(SQUAT, 5, 5, rows, TODAY, STEP, UnitPreferences.METRIC).orElseThrow();

        // 90 × 8 → e1RM 114 kg; 5 reps of it: 114 / (1 + 5/30) = 97.7, down to 97.5 kg.
        assertThat(found.level().load()).isEqualTo(Mass.kilograms(97.5));
        assertThat(found.source()).isEqualTo("your 8 × 90 kg on Mon 16 Nov, as an estimated max of 114 kg");
    }

    @Test
    void inPoundsTheLoadReadsAsLoggedAndAnEstimateRoundsToPoundPlates() {
        List<LoggedSetRow> logged = sets(TODAY.minusDays(4), 5, 5, Mass.pounds(225).kilograms());
        var exact = RecentLevels.lift(SQUAT, 5, 5, logged, TODAY, STEP, UnitPreferences.IMPERIAL).orElseThrow();
        assertThat(exact.source()).isEqualTo("your 5×5 @ 225 lb on Sat 21 Nov");

        List<LoggedSetRow> other = sets(TODAY.minusDays(4), 3, 8, Mass.pounds(200).kilograms());
        var estimated = RecentLevels.lift(SQUAT, 5, 5, other, TODAY, STEP, UnitPreferences.IMPERIAL).orElseThrow();
        // 200 × 8 → 253.3 lb; / 1.1667 = 217.1, down to 215 lb.
        assertThat(estimated.level().load().pounds()).isCloseTo(215, Offset.offset(1e-6));
    }

    @Test
    void nothingLoggedLeavesTheTemplatesLevel() {
        assertThat(RecentLevels.lift(SQUAT, 5, 5, List.of(), TODAY, STEP, UnitPreferences.METRIC)).isEmpty();
    }

    @Test
    void theFastestFiveKilometresOfTheLastEightWeeksAtTheirAveragePace() {
        List<EnduranceRow> runs = List.of(
                new EnduranceRow(TODAY.minusWeeks(9), Modality.RUN, null, 5000.0, 22 * 60, null),
                new EnduranceRow(TODAY.minusDays(30), Modality.RUN, null, 5000.0, 25 * 60, null),
                new EnduranceRow(TODAY.minusDays(12), Modality.RUN, null, 5200.0, 26 * 60, null),
                new EnduranceRow(TODAY.minusDays(3), Modality.RUN, null, 3000.0, 13 * 60, null),
                new EnduranceRow(TODAY.minusDays(2), Modality.RIDE, null, 30000.0, 60 * 60, null));

        var found = RecentLevels.race(Modality.RUN, Distance.kilometres(5), runs, TODAY, UnitPreferences.METRIC)
                .orElseThrow();

        assertThat(found.level().time()).isEqualTo(Duration.ofMinutes(25));
        assertThat(found.source()).isEqualTo("the pace of your 5.2 km run in 26:00 on Fri 13 Nov");
    }
}

package app.overload.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.MeasurableGoal;
import app.overload.domain.Purpose;
import app.overload.progression.DailyLoads;
import app.overload.progression.FitnessFatigue;
import org.junit.jupiter.api.Test;

/**
 * Fitness, fatigue, form and the ratio carried on past today from planned sessions. Four weeks of an easy hour a day
 * at RPE 5 (300 a day) from Monday 2 Nov 2026; today is Sunday 29 Nov; the goal is two weeks ahead, 13 Dec.
 */
class LoadProjectionTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    static final LocalDate TODAY = MONDAY.plusDays(27);
    static final LocalDate GOAL = TODAY.plusDays(14);
    static final GoalRow BLOCK = new GoalRow("Base", new MeasurableGoal("Fit", 1, "", true), MONDAY, GOAL);

    static List<SessionRow> fourWeeks() {
        List<SessionRow> sessions = new ArrayList<>();
        for (int day = 0; day < 28; day++) {
            sessions.add(new SessionRow(MONDAY.plusDays(day), true, Purpose.EASY_AEROBIC, 3600, 5.0));
        }
        return sessions;
    }

    static List<PlannedRow> daily(Purpose purpose, int days, double minutes) {
        List<PlannedRow> planned = new ArrayList<>();
        for (int day = 1; day <= days; day++) {
            planned.add(new PlannedRow(TODAY.plusDays(day), purpose, minutes, "Base"));
        }
        return planned;
    }

    static Chart chart(List<PlannedRow> planned, ChartId id) {
        ChartResult r = LoadCharts.build(fourWeeks(), TimeRange.FOUR_WEEKS, TODAY, planned, List.of(BLOCK)).stream()
                .filter(c -> c.id() == id).findFirst().orElseThrow();
        return ((ChartResult.Data) r).chart();
    }

    static ChartSeries named(Chart chart, String name) {
        return chart.series().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void formOnTheGoalDateComesFromThePlannedLoadAtTheUsualRpe() {
        // Half the load ahead (30 min at the usual RPE 5 = 150 a day): fatigue falls faster than fitness, and form
        // climbs from −148.8 today to −18.9 on the goal date.
        Chart fitness = chart(daily(Purpose.EASY_AEROBIC, 14, 30), ChartId.FITNESS_FATIGUE);
        double[] loads = new double[42];
        for (int i = 0; i < 42; i++) {
            loads[i] = i < 28 ? 300 : 150;
        }
        FitnessFatigue pmc = new DailyLoads(MONDAY, loads).fitnessFatigue();
        assertThat(fitness.to()).isEqualTo(GOAL);
        ChartSeries form = named(fitness, "Form ahead");
        assertThat(form.style()).isEqualTo(ChartSeries.Style.DASHED);
        ChartPoint last = form.points().get(form.points().size() - 1);
        assertThat(last.date()).isEqualTo(GOAL);
        assertThat(last.value()).isCloseTo(pmc.form(GOAL), within(1e-9));
        assertThat(form.points().get(0).date()).as("joins the line at today").isEqualTo(TODAY);
        assertThat(fitness.notes()).extracting(Note::text).anySatisfy(t -> assertThat(t).startsWith(
                "Form on the goal date (13 Dec 2026, Base): " + Formats.one(pmc.form(GOAL)) + " (fitness "
                        + Formats.one(pmc.fitness(GOAL)) + ", fatigue " + Formats.one(pmc.fatigue(GOAL)) + ")"));
        assertThat(pmc.form(GOAL)).isCloseTo(-18.9, within(0.05));
    }

    @Test
    void aPurposeWithoutLoggedRpeTakesItsTypicalRpe() {
        // Tempo runs were never logged: RPE 7 × 60 min = 420 a day.
        Chart fitness = chart(daily(Purpose.TEMPO, 14, 60), ChartId.FITNESS_FATIGUE);
        double[] loads = new double[42];
        for (int i = 0; i < 42; i++) {
            loads[i] = i < 28 ? 300 : 420;
        }
        FitnessFatigue pmc = new DailyLoads(MONDAY, loads).fitnessFatigue();
        ChartSeries ahead = named(fitness, "Fitness ahead");
        assertThat(ahead.points().get(ahead.points().size() - 1).value()).isCloseTo(pmc.fitness(GOAL), within(1e-9));
    }

    @Test
    void aPlanThatJumpsTheLoadIsFlaggedOnTheRatio() {
        // Three times the usual hour: the last 7 days reach 2,700 against a 28-day weekly average rising from 2,100.
        Chart ratio = chart(daily(Purpose.EASY_AEROBIC, 14, 180), ChartId.ACUTE_CHRONIC);
        assertThat(named(ratio, "Ratio ahead").style()).isEqualTo(ChartSeries.Style.DASHED);
        assertThat(ratio.notes()).extracting(Note::text).anySatisfy(t -> assertThat(t)
                .startsWith("The plan takes the ratio to ").contains("above 1.5"));
    }

    @Test
    void nothingPlannedAheadDrawsNoProjection() {
        List<PlannedRow> past = List.of(new PlannedRow(TODAY.minusDays(1), Purpose.TEMPO, 60, "Base"));
        Chart fitness = chart(past, ChartId.FITNESS_FATIGUE);
        assertThat(fitness.series()).extracting(ChartSeries::name).containsExactly("Fitness (42 d)", "Fatigue (7 d)",
                "Form");
        assertThat(fitness.to()).isEqualTo(TODAY);
    }
}

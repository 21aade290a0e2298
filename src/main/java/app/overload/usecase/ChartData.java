package app.overload.usecase;

import java.time.LocalDate;
import java.util.List;

import app.overload.analysis.ChartId;
import app.overload.analysis.ChartResult;
import app.overload.analysis.EfficiencyCharts;
import app.overload.analysis.EnduranceCharts;
import app.overload.analysis.EnduranceRow;
import app.overload.analysis.EnduranceSubject;
import app.overload.analysis.ExerciseSubject;
import app.overload.analysis.GoalRow;
import app.overload.analysis.HeartRateCharts;
import app.overload.analysis.IntensityCharts;
import app.overload.analysis.KindCharts;
import app.overload.analysis.LoadCharts;
import app.overload.analysis.LoggedSetRow;
import app.overload.analysis.PlannedRow;
import app.overload.analysis.SessionRow;
import app.overload.analysis.StrengthCharts;
import app.overload.analysis.TimeRange;
import app.overload.domain.AthleteSettings;
import app.overload.domain.UnitPreferences;
import app.overload.planning.PlannedMinutes;
import app.overload.store.ChartQueries;
import app.overload.store.Logbook;

/**
 * The one path from the logbook to chart data: reads the rows a topic needs through {@link ChartQueries}, then
 * builds its charts with the pure builders. A front end keeps the rows, so changing the range or the units only
 * rebuilds. No JavaFX here: the benchmark can time exactly what the Progress section waits for. The load topic also
 * reads the planned sessions still to come, so fitness and form are carried on to the goal dates.
 */
public final class ChartData {

    private final Logbook logbook;
    private final ChartQueries queries;

    public ChartData(Logbook logbook) {
        this.logbook = logbook;
        this.queries = logbook.charts();
    }

    /** What the pickers offer, the block goals, and whether the logbook has any session at all. */
    public Choices choices() {
        return new Choices(queries.exercises(), queries.enduranceSubjects(), queries.goals(),
                logbook.sessions().count() == 0);
    }

    /** The rows behind one selection. */
    public Rows rows(Selection selection, List<GoalRow> goals) {
        switch (selection.topic()) {
            case STRENGTH:
                return selection.exercise() == null ? new Rows.Strength(null, List.of(), goals)
                        : new Rows.Strength(selection.exercise(), queries.sets(selection.exercise().exercise()), goals);
            case ENDURANCE:
                return selection.endurance() == null ? new Rows.Endurance(null, List.of(), goals)
                        : new Rows.Endurance(selection.endurance(),
                                queries.endurance(selection.endurance().modality()), goals);
            case INTENSITY:
                return new Rows.Intensity(queries.endurance(), logbook.settings().athlete());
            case LOAD:
                AthleteSettings athlete = logbook.settings().athlete();
                // Heart-rate loads add up the session's endurance entries; session RPE needs only the sessions.
                return new Rows.Load(queries.sessions(), athlete.effectiveLoadMeasure().fromHeartRate()
                        ? queries.endurance() : List.of(), athlete,
                        PlannedMinutes.rows(logbook.blocks().all(), logbook.sessions().fulfilled()), goals);
            default:
                return new Rows.Sessions(selection.topic(), queries.sessions());
        }
    }

    /** The charts of {@code rows} over {@code range}, in the user's units. */
    public static List<ChartResult> charts(Rows rows, TimeRange range, LocalDate today, UnitPreferences units) {
        if (rows instanceof Rows.Strength s) {
            if (s.exercise() == null) {
                String reason = "No strength sets logged yet: log a session with an exercise to see it here.";
                return List.of(new ChartResult.Missing(ChartId.ESTIMATED_MAX, reason),
                        new ChartResult.Missing(ChartId.VOLUME, reason));
            }
            return StrengthCharts.build(s.exercise(), s.sets(), s.goals(), range, today, units);
        }
        if (rows instanceof Rows.Endurance e) {
            if (e.subject() == null) {
                String reason = "No runs, rides, rows or swims logged yet.";
                return List.of(new ChartResult.Missing(ChartId.PACE, reason),
                        new ChartResult.Missing(ChartId.DISTANCE, reason));
            }
            return EnduranceCharts.build(e.subject(), e.entries(), e.goals(), range, today, units);
        }
        if (rows instanceof Rows.Intensity i) {
            return List.of(IntensityCharts.build(i.entries(), i.athlete(), range, today),
                    HeartRateCharts.zones(i.entries(), i.athlete(), range, today),
                    EfficiencyCharts.build(i.entries(), i.athlete(), range, today, units));
        }
        if (rows instanceof Rows.Load l) {
            return LoadCharts.build(l.sessions(), l.endurance(), l.athlete(), range, today, l.planned(), l.goals());
        }
        Rows.Sessions s = (Rows.Sessions) rows;
        return s.topic() == ChartTopic.LOAD ? LoadCharts.build(s.sessions(), range, today)
                : KindCharts.build(s.sessions(), range, today);
    }

    /** The picker's state: a topic and, for the topics that need one, its subject. */
    public record Selection(ChartTopic topic, ExerciseSubject exercise, EnduranceSubject endurance) {
    }

    /** What the pickers can offer. */
    public record Choices(List<ExerciseSubject> exercises, List<EnduranceSubject> endurance, List<GoalRow> goals,
            boolean emptyLogbook) {
    }

    /** Rows read for one selection. */
    public sealed interface Rows permits Rows.Strength, Rows.Endurance, Rows.Intensity, Rows.Load, Rows.Sessions {

        record Strength(ExerciseSubject exercise, List<LoggedSetRow> sets, List<GoalRow> goals) implements Rows {
        }

        record Endurance(EnduranceSubject subject, List<EnduranceRow> entries, List<GoalRow> goals) implements Rows {
        }

        /** Every endurance entry, and the athlete whose zones and threshold pace classify them. */
        record Intensity(List<EnduranceRow> entries, AthleteSettings athlete) implements Rows {
        }

        /**
         * Every session, the endurance entries their heart-rate loads come from, and the chosen load measure.
         *
         * @param planned the planned sessions nothing fulfils yet: the fitness projection
         * @param goals   the blocks' goals: the projection runs to the goal dates
         */
        record Load(List<SessionRow> sessions, List<EnduranceRow> endurance, AthleteSettings athlete,
                List<PlannedRow> planned, List<GoalRow> goals) implements Rows {
        }

        record Sessions(ChartTopic topic, List<SessionRow> sessions) implements Rows {
        }
    }
}

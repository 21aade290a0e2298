package app.overload.analysis;

import java.util.Objects;

/**
 * What a chart builder returns: a chart to draw, or the reason there is nothing honest to draw ("No sets of Back
 * squat in the last 4 weeks; the last was on 3 Nov 2026.").
 */
public sealed interface ChartResult permits ChartResult.Data, ChartResult.Missing {

    ChartId id();

    /** The chart is drawable. */
    record Data(Chart chart) implements ChartResult {
        public Data {
            Objects.requireNonNull(chart, "chart");
        }

        @Override
        public ChartId id() {
            return chart.id();
        }
    }

    /** Nothing to draw, and why, in words the user can act on. */
    record Missing(ChartId id, String reason) implements ChartResult {
        public Missing {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(reason, "reason");
        }
    }
}

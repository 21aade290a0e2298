package app.overload.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a view needs to draw one chart: a date axis from {@code from} to {@code to}, a value axis, the series,
 * the marks (bands, guides, gaps) and the notes that say what it means. Values are already in the user's units.
 *
 * @param bucket   for bar charts, the period each bar adds up; bars start on the period's first day
 * @param inverted the value axis grows downwards: smaller values (faster paces, quicker race times) are drawn higher,
 *                 so better is up on every chart
 */
public record Chart(ChartId id, String title, Kind kind, LocalDate from, LocalDate to, String axisLabel,
        ValueFormat format, Bucket bucket, List<ChartSeries> series, List<Mark> marks, List<Note> notes,
        boolean inverted) {

    /** Lines over dates, or bars stacked per period. */
    public enum Kind {
        LINES, STACKED_BARS
    }

    public Chart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(axisLabel, "axis label");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(bucket, "bucket");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A chart's axis ends before it starts: " + from + " to " + to + ".");
        }
        series = List.copyOf(series);
        marks = List.copyOf(marks);
        notes = List.copyOf(notes);
    }

    /** Starts a line chart over {@code window}. */
    public static Builder lines(ChartId id, DateWindow window, String axisLabel, ValueFormat format) {
        return new Builder(id, id.title(), Kind.LINES, window.from(), window.to(), axisLabel, format, Bucket.WEEK);
    }

    /** Starts a stacked bar chart over {@code window}, one bar per {@code bucket}; the title names the period. */
    public static Builder bars(ChartId id, DateWindow window, Bucket bucket, String axisLabel, ValueFormat format) {
        return new Builder(id, id.title() + " per " + bucket.noun(), Kind.STACKED_BARS, bucket.start(window.from()),
                window.to(), axisLabel, format, bucket);
    }

    public int pointCount() {
        return series.stream().mapToInt(s -> s.points().size()).sum();
    }

    /** Collects a chart's parts; {@link #build()} gives the result the view draws. */
    public static final class Builder {
        private final ChartId id;
        private final String title;
        private final Kind kind;
        private final LocalDate from;
        private LocalDate to;
        private final String axisLabel;
        private final ValueFormat format;
        private final Bucket bucket;
        private final List<ChartSeries> series = new ArrayList<>();
        private final List<Mark> marks = new ArrayList<>();
        private final List<Note> notes = new ArrayList<>();
        private boolean inverted;

        private Builder(ChartId id, String title, Kind kind, LocalDate from, LocalDate to, String axisLabel,
                ValueFormat format, Bucket bucket) {
            this.id = id;
            this.title = title;
            this.kind = kind;
            this.from = from;
            this.to = to;
            this.axisLabel = axisLabel;
            this.format = format;
            this.bucket = bucket;
        }

        /** Adds a series unless it is empty: a legend entry for nothing only confuses. */
        public Builder series(ChartSeries s) {
            if (!s.isEmpty()) {
                series.add(s);
            }
            return this;
        }

        public Builder mark(Mark m) {
            marks.add(m);
            return this;
        }

        public Builder marks(List<? extends Mark> m) {
            marks.addAll(m);
            return this;
        }

        public Builder note(Tone tone, String text) {
            notes.add(new Note(tone, text));
            return this;
        }

        /** Draws smaller values higher: for times and paces, where less is better. */
        public Builder inverted() {
            inverted = true;
            return this;
        }

        /** Stretches the date axis to {@code day}, e.g. to draw a projection up to a goal date. */
        public Builder extendTo(LocalDate day) {
            if (day.isAfter(to)) {
                to = day;
            }
            return this;
        }

        public ChartResult build() {
            return new ChartResult.Data(new Chart(id, title, kind, from, to, axisLabel, format, bucket, series,
                    marks, notes, inverted));
        }
    }
}

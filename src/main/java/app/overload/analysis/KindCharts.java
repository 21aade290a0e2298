package app.overload.analysis;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import app.overload.domain.Durations;

/**
 * Workouts against training, per week (or month): the app's central distinction as a picture, counted in sessions
 * and in time.
 */
public final class KindCharts {

    private KindCharts() {
    }

    /** @param sessions every session, oldest first */
    public static List<ChartResult> build(List<SessionRow> sessions, TimeRange range, LocalDate today) {
        DateWindow window = range.window(today, sessions.isEmpty() ? null : sessions.get(0).date());
        String missing = null;
        if (sessions.isEmpty()) {
            missing = "No sessions logged yet.";
        } else if (sessions.stream().noneMatch(s -> window.contains(s.date()))) {
            LocalDate last = sessions.stream().map(SessionRow::date).filter(d -> d.isBefore(window.from()))
                    .reduce((a, b) -> b).orElse(null);
            missing = "No sessions " + window.phrase() + (last == null ? "." : "; the last was on "
                    + Formats.date(last) + ".");
        }
        if (missing != null) {
            return List.of(new ChartResult.Missing(ChartId.SESSIONS_BY_KIND, missing),
                    new ChartResult.Missing(ChartId.MINUTES_BY_KIND, missing));
        }
        Bucket bucket = Bucket.forWindow(window);
        // Per period: training sessions, workouts, training seconds, workout seconds.
        Map<LocalDate, double[]> totals = new TreeMap<>();
        double[] all = new double[4];
        for (SessionRow s : sessions) {
            if (window.contains(s.date())) {
                double[] t = totals.computeIfAbsent(bucket.start(s.date()), k -> new double[4]);
                int kind = s.training() ? 0 : 1;
                t[kind]++;
                t[kind + 2] += s.seconds();
                all[kind]++;
                all[kind + 2] += s.seconds();
            }
        }
        return List.of(count(window, bucket, totals, all), time(window, bucket, totals, all));
    }

    private static ChartResult count(DateWindow window, Bucket bucket, Map<LocalDate, double[]> totals,
            double[] all) {
        List<ChartPoint> training = new ArrayList<>();
        List<ChartPoint> workouts = new ArrayList<>();
        totals.forEach((start, t) -> {
            String head = bucket.label(start) + "\n";
            training.add(ChartPoint.of(start, t[0], head + Formats.count((long) t[0], "training session",
                    "training sessions") + " of " + (long) (t[0] + t[1])));
            workouts.add(ChartPoint.of(start, t[1], head + Formats.count((long) t[1], "workout", "workouts") + " of "
                    + (long) (t[0] + t[1])));
        });
        double sessions = all[0] + all[1];
        return Chart.bars(ChartId.SESSIONS_BY_KIND, window, bucket, "Sessions", ValueFormat.COUNT)
                .series(new ChartSeries("Training", "training", ChartSeries.Style.BARS, training))
                .series(new ChartSeries("Workouts", "workout", ChartSeries.Style.BARS, workouts))
                .note(Tone.NEUTRAL, Formats.count((long) all[0], "training session", "training sessions") + " ("
                        + Formats.percent(all[0] / sessions) + ") and " + Formats.count((long) all[1], "workout",
                                "workouts") + " (" + Formats.percent(all[1] / sessions) + ") " + window.phrase()
                        + ". Training sessions belong to a block and have a purpose; workouts stand alone.")
                .build();
    }

    private static ChartResult time(DateWindow window, Bucket bucket, Map<LocalDate, double[]> totals,
            double[] all) {
        List<ChartPoint> training = new ArrayList<>();
        List<ChartPoint> workouts = new ArrayList<>();
        totals.forEach((start, t) -> {
            String head = bucket.label(start) + "\n";
            training.add(ChartPoint.of(start, t[2] / 3600, head + "Training " + hours(t[2])));
            workouts.add(ChartPoint.of(start, t[3] / 3600, head + "Workouts " + hours(t[3])));
        });
        double seconds = all[2] + all[3];
        return Chart.bars(ChartId.MINUTES_BY_KIND, window, bucket, "Time (h:mm)", ValueFormat.HOURS)
                .series(new ChartSeries("Training", "training", ChartSeries.Style.BARS, training))
                .series(new ChartSeries("Workouts", "workout", ChartSeries.Style.BARS, workouts))
                .note(Tone.NEUTRAL, "Training " + hours(all[2]) + " (" + Formats.percent(all[2] / seconds)
                        + "), workouts " + hours(all[3]) + " (" + Formats.percent(all[3] / seconds) + ") "
                        + window.phrase() + ".")
                .build();
    }

    private static String hours(double seconds) {
        return Durations.hoursMinutes(Duration.ofSeconds(Math.round(seconds)));
    }
}

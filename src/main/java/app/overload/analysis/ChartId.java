package app.overload.analysis;

import java.util.Locale;

/** Every chart the Progress section draws, with its title and where its numbers come from. */
public enum ChartId {
    ESTIMATED_MAX("Estimated 1RM and best set",
            "Epley w × (1 + r/30), or the RPE table (Helms et al.) where the set's RPE was logged"),
    VOLUME("Volume", "reps × load summed over working sets; warm-ups left out"),
    PACE("Pace", "time ÷ distance of each entry"),
    DISTANCE("Distance", "sum of the logged distances"),
    TIME("Time", "sum of the logged durations"),
    LONG_RUN("Longest session", "the longest single entry by distance"),
    RACE_PREDICTION("Race prediction",
            "Riegel T₂ = T₁ × (D₂/D₁)^1.06 and Daniels' VDOT, from the best effort of the previous 6 weeks"),
    LOAD("Session load", "session RPE × minutes (Foster), or from heart rate: Banister's TRIMP or hrTSS"),
    ACUTE_CHRONIC("Acute:chronic workload ratio", "7-day load ÷ average weekly load of 28 days (Gabbett)"),
    MONOTONY("Monotony", "mean daily load ÷ standard deviation over the week (Foster)"),
    STRAIN("Strain", "weekly load × monotony (Foster)"),
    FITNESS_FATIGUE("Fitness, fatigue and form", "exponential averages of daily load over 42 and 7 days; "
            + "form = fitness − fatigue (Banister, Coggan)"),
    INTENSITY("Intensity distribution", "endurance time by heart-rate zone, else purpose, else pace against threshold "
            + "pace (Seiler)"),
    HEART_RATE_ZONES("Time in heart-rate zones", "seconds at each heart rate of recorded entries, by your five zones; "
            + "an entry with only an average counts whole in its zone"),
    AEROBIC_EFFICIENCY("Aerobic efficiency", "speed ÷ heart rate of easy runs: distance per heartbeat (Friel's "
            + "efficiency factor)"),
    SESSIONS_BY_KIND("Training and workouts", "sessions counted by kind"),
    MINUTES_BY_KIND("Training and workout time", "session durations by kind");

    private final String title;
    private final String source;

    ChartId(String title, String source) {
        this.title = title;
        this.source = source;
    }

    public String title() {
        return title;
    }

    /** The formula or rule behind the chart, shown under its title. */
    public String source() {
        return source;
    }

    /** A file-name friendly key: {@code estimated-max}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

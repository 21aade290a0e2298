package app.overload.planning;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import app.overload.analysis.EnduranceRow;
import app.overload.analysis.LoggedSetRow;
import app.overload.domain.Distance;
import app.overload.domain.Durations;
import app.overload.domain.ExerciseId;
import app.overload.domain.LiftLevel;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.PlateMath;
import app.overload.domain.RaceLevel;
import app.overload.domain.UnitPreferences;
import app.overload.progression.OneRepMax;

/**
 * Where the athlete stands, read from the logbook for a new block: for a lift the heaviest load at which the
 * template's sets × reps were all completed in the last {@value #WEEKS} weeks (a recent 5×5 at 100 kg), else a load
 * for those reps worked out from the best estimated max of that time; for a race the fastest effort over the
 * distance in that time. Each comes with a sentence saying where it came from.
 */
public final class RecentLevels {

    /** How far back a current level is looked for. */
    public static final int WEEKS = 8;
    /** An entry this much short of the race distance still counts as covering it (a watch's rounding). */
    static final double SHORT_BY = 0.02;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private RecentLevels() {
    }

    /** A level and where it came from: "your 5×5 @ 100 kg on Tue 3 Nov". */
    public record Found<L>(L level, LocalDate day, String source) {
    }

    /**
     * @param rows      the exercise's sets, in date order (the chart query's rows)
     * @param increment the exercise's load step, for rounding an estimated load down to what can be loaded
     */
    public static Optional<Found<LiftLevel>> lift(ExerciseId exercise, int sets, int reps, List<LoggedSetRow> rows,
            LocalDate today, Mass increment, UnitPreferences units) {
        LocalDate from = today.minusWeeks(WEEKS);
        Map<Long, List<LoggedSetRow>> sessions = new LinkedHashMap<>();
        for (LoggedSetRow r : rows) {
            if (!r.date().isBefore(from) && !r.date().isAfter(today)) {
                sessions.computeIfAbsent(r.session(), k -> new ArrayList<>()).add(r);
            }
        }
        Found<LiftLevel> best = null;
        double bestKg = 0;
        for (List<LoggedSetRow> session : sessions.values()) {
            double kg = heaviestDone(session, sets, reps);
            if (kg > 0 && (best == null || kg >= bestKg - 0.001)) {
                bestKg = kg;
                LocalDate day = session.get(0).date();
                best = new Found<>(new LiftLevel(exercise, sets, reps, Mass.kilograms(kg)), day, "your " + sets + "×"
                        + reps + " @ " + units.format(Mass.kilograms(kg)) + " on " + DAY.format(day));
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        return estimated(exercise, sets, reps, sessions, increment, units);
    }

    /** The heaviest load at which at least {@code sets} completed work sets reached {@code reps}; 0 for none. */
    private static double heaviestDone(List<LoggedSetRow> session, int sets, int reps) {
        List<Double> loads = session.stream().filter(s -> s.isWork() && !s.failed() && s.reps() >= reps
                && s.kilograms() > 0).map(LoggedSetRow::kilograms).sorted(Comparator.reverseOrder()).toList();
        return loads.size() >= sets ? loads.get(sets - 1) : 0;
    }

    private static Optional<Found<LiftLevel>> estimated(ExerciseId exercise, int sets, int reps,
            Map<Long, List<LoggedSetRow>> sessions, Mass increment, UnitPreferences units) {
        LoggedSetRow best = null;
        double bestMax = 0;
        for (List<LoggedSetRow> session : sessions.values()) {
            for (LoggedSetRow s : session) {
                if (s.estimatesMax() && !s.failed()) {
                    double max = OneRepMax.epley(Mass.kilograms(s.kilograms()), s.reps()).kilograms();
                    if (max > bestMax) {
                        bestMax = max;
                        best = s;
                    }
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Mass load = PlateMath.down(bestMax / (1 + reps / 30.0), increment == null ? null
                : units.increment(increment), units.mass());
        if (load.isZero()) {
            return Optional.empty();
        }
        return Optional.of(new Found<>(new LiftLevel(exercise, sets, reps, load), best.date(), "your "
                + best.reps() + " × " + units.format(Mass.kilograms(best.kilograms())) + " on "
                + DAY.format(best.date()) + ", as an estimated max of "
                + units.formatEstimate(Mass.kilograms(bestMax))));
    }

    /**
     * The fastest time over {@code distance} of the last weeks: each entry at least that long counts with the time
     * its average pace takes over the distance (a 5.2 km run in 26:00 is a 5 km in 25:00).
     */
    public static Optional<Found<RaceLevel>> race(Modality modality, Distance distance, List<EnduranceRow> rows,
            LocalDate today, UnitPreferences units) {
        LocalDate from = today.minusWeeks(WEEKS);
        EnduranceRow best = null;
        double bestSeconds = 0;
        for (EnduranceRow r : rows) {
            if (r.modality() != modality || !r.hasDistance() || r.date().isBefore(from) || r.date().isAfter(today)
                    || r.metres() < distance.metres() * (1 - SHORT_BY)) {
                continue;
            }
            double seconds = r.seconds() * distance.metres() / r.metres();
            if (best == null || seconds <= bestSeconds) {
                best = r;
                bestSeconds = seconds;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Duration time = Duration.ofSeconds(Math.round(bestSeconds));
        try {
            RaceLevel level = new RaceLevel(modality, distance, time);
            boolean exact = Math.abs(best.metres() - distance.metres()) < distance.metres() * SHORT_BY;
            String sport = modality.label().toLowerCase(Locale.ROOT);
            String distanceText = units.format(Distance.metres(best.metres()));
            String timeText = Durations.clock(Duration.ofMillis(Math.round(best.seconds() * 1000)));
            String on = " on " + DAY.format(best.date());
            return Optional.of(new Found<>(level, best.date(), exact
                    ? "your " + sport + " of " + distanceText + " in " + timeText + on
                    : "the pace of your " + distanceText + " " + sport + " in " + timeText + on));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // an implausible entry is no level to start a block from
        }
    }
}

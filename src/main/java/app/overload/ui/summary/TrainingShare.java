package app.overload.ui.summary;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.overload.domain.Purpose;
import app.overload.domain.Session;
import app.overload.domain.TrainingSession;
import app.overload.domain.WeeklyTotals;

/**
 * How much of recent exercise was training (a session in a block, with a purpose) and how much stood alone as a
 * workout, counted in sessions and in time, with the purposes trained each week. The weeks run Monday to Sunday
 * and end with the current one, so "4 weeks" is this week so far and the three before it.
 *
 * @param purposes the purposes trained in the range, in the order of {@link Purpose}
 */
public record TrainingShare(LocalDate from, LocalDate to, int trainingSessions, int workoutSessions,
        Duration trainingTime, Duration workoutTime, List<Week> weeks, List<Purpose> purposes) {

    /** One week: training sessions per purpose and the number of workouts. */
    public record Week(LocalDate start, Map<Purpose, Integer> purposes, int workouts) {
        public Week {
            purposes = Map.copyOf(purposes);
        }

        public int count(Purpose purpose) {
            return purposes.getOrDefault(purpose, 0);
        }

        public int training() {
            return purposes.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public TrainingShare {
        weeks = List.copyOf(weeks);
        purposes = List.copyOf(purposes);
    }

    /** The Monday the range starts on: {@code weeks} weeks ending with the week of {@code today}. */
    public static LocalDate firstDay(LocalDate today, int weeks) {
        return WeeklyTotals.weekStartOf(today).minusWeeks(weeks - 1L);
    }

    /** Counts the sessions from {@link #firstDay} to {@code today}; others in {@code sessions} are left out. */
    public static TrainingShare of(LocalDate today, int weeks, Collection<? extends Session> sessions) {
        LocalDate from = firstDay(today, weeks);
        List<Map<Purpose, Integer>> perWeek = new ArrayList<>();
        int[] workoutsPerWeek = new int[weeks];
        for (int i = 0; i < weeks; i++) {
            perWeek.add(new EnumMap<>(Purpose.class));
        }
        Set<Purpose> seen = EnumSet.noneOf(Purpose.class);
        int training = 0;
        int workouts = 0;
        Duration trainingTime = Duration.ZERO;
        Duration workoutTime = Duration.ZERO;
        for (Session s : sessions) {
            if (s.date().isBefore(from) || s.date().isAfter(today)) {
                continue;
            }
            int week = (int) (ChronoUnit.DAYS.between(from, s.date()) / 7);
            if (s instanceof TrainingSession t) {
                training++;
                trainingTime = trainingTime.plus(s.duration());
                perWeek.get(week).merge(t.purpose(), 1, Integer::sum);
                seen.add(t.purpose());
            } else {
                workouts++;
                workoutTime = workoutTime.plus(s.duration());
                workoutsPerWeek[week]++;
            }
        }
        List<Week> list = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            list.add(new Week(from.plusWeeks(i), perWeek.get(i), workoutsPerWeek[i]));
        }
        return new TrainingShare(from, today, training, workouts, trainingTime, workoutTime, list,
                List.copyOf(seen));
    }

    public int sessions() {
        return trainingSessions + workoutSessions;
    }

    /** Training's share of the sessions, 0 to 1; 0 when there were none. */
    public double sessionShare() {
        return sessions() == 0 ? 0 : (double) trainingSessions / sessions();
    }

    /** Training's share of the time, 0 to 1; 0 when there was none. */
    public double timeShare() {
        Duration total = trainingTime.plus(workoutTime);
        return total.isZero() ? 0 : (double) trainingTime.toSeconds() / total.toSeconds();
    }
}

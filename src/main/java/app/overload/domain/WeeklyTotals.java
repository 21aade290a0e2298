package app.overload.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Locale;

/**
 * What a week added up to: sessions (split into training and workouts), strength volume, distance and time.
 * Weeks start on Monday.
 */
public record WeeklyTotals(LocalDate weekStart, int sessions, int training, int workouts, double volumeKilograms,
        Distance distance, Duration time) {

    public static LocalDate weekStartOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Totals of {@code sessions}, all of which are expected to fall in the week starting {@code weekStart}. */
    public static WeeklyTotals of(LocalDate weekStart, Collection<? extends Session> sessions) {
        int training = 0;
        double volume = 0;
        double metres = 0;
        Duration time = Duration.ZERO;
        for (Session s : sessions) {
            if (s instanceof TrainingSession) {
                training++;
            }
            time = time.plus(s.duration());
            for (ActivityEntry e : s.entries()) {
                if (e instanceof StrengthEntry strength) {
                    volume += strength.volumeKilograms();
                } else if (e instanceof EnduranceEntry endurance && endurance.distance() != null) {
                    metres += endurance.distance().metres();
                }
            }
        }
        return new WeeklyTotals(weekStart, sessions.size(), training, sessions.size() - training, volume,
                Distance.metres(Math.min(metres, Distance.MAX_METRES)), time);
    }

    /** "5 sessions: 3 training, 2 workouts · 12,400 kg · 32.5 km · 4 h 10 min". */
    public String describe(UnitPreferences units) {
        StringBuilder text = new StringBuilder();
        text.append(sessions).append(sessions == 1 ? " session" : " sessions");
        text.append(": ").append(training).append(" training, ").append(workouts)
                .append(workouts == 1 ? " workout" : " workouts");
        if (volumeKilograms > 0) {
            double shown = units.mass() == MassUnit.KG ? volumeKilograms : volumeKilograms / Mass.KILOGRAMS_PER_POUND;
            text.append(" · ").append(String.format(Locale.ROOT, "%,.0f", shown)).append(' ')
                    .append(units.mass().symbol());
        }
        if (!distance.isZero()) {
            text.append(" · ").append(units.format(distance));
        }
        text.append(" · ").append(Durations.hoursMinutes(time));
        return text.toString();
    }
}

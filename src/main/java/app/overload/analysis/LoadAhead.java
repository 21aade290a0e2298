package app.overload.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import app.overload.domain.Purpose;
import app.overload.progression.DailyLoads;

/**
 * The load the planned sessions still to come will bring, day by day from tomorrow to the goal date (of the blocks
 * running today; the last planned session when none has one ahead), so that fitness, fatigue, form and the
 * acute:chronic ratio can be carried on past today. A planned session's load is its minutes times the athlete's usual
 * session RPE for its purpose (the median of the last 12 weeks), or a typical RPE for the purpose when there is none
 * logged.
 *
 * @param loads expected load per day, from {@code today + 1} on
 * @param goals the goal dates ahead, the nearest first, with the block's name
 */
record LoadAhead(LocalDate today, double[] loads, List<GoalRow> goals) {

    /** How far ahead a projection goes at most: half a year. */
    static final int MOST_DAYS = 182;
    static final int USUAL_RPE_DAYS = 84;

    /** A session RPE typical of each purpose, for a purpose the athlete has not logged with an RPE lately. */
    static final Map<Purpose, Double> TYPICAL_RPE = new EnumMap<>(Map.ofEntries(
            Map.entry(Purpose.EASY_AEROBIC, 3.0), Map.entry(Purpose.RECOVERY, 2.0), Map.entry(Purpose.LONG_RUN, 5.0),
            Map.entry(Purpose.TEMPO, 7.0), Map.entry(Purpose.INTERVALS, 8.0), Map.entry(Purpose.HILLS, 8.0),
            Map.entry(Purpose.RACE, 9.0), Map.entry(Purpose.HEAVY_STRENGTH, 7.0),
            Map.entry(Purpose.VOLUME_STRENGTH, 7.0), Map.entry(Purpose.TECHNIQUE, 4.0),
            Map.entry(Purpose.DELOAD, 4.0), Map.entry(Purpose.MOBILITY, 2.0), Map.entry(Purpose.OTHER, 5.0)));

    /** The projection, or null when nothing is planned after today. */
    static LoadAhead of(List<SessionRow> sessions, List<PlannedRow> planned, List<GoalRow> goals, LocalDate today) {
        LocalDate last = null;
        for (PlannedRow p : planned) {
            if (p.date().isAfter(today) && (last == null || p.date().isAfter(last))) {
                last = p.date();
            }
        }
        if (last == null) {
            return null;
        }
        List<GoalRow> ahead = new ArrayList<>();
        LocalDate end = null;
        for (GoalRow g : goals) {
            if (g.activeOn(today) && g.goalDate().isAfter(today)) {
                ahead.add(g);
                end = end == null || g.goalDate().isAfter(end) ? g.goalDate() : end;
            }
        }
        ahead.sort(Comparator.comparing(GoalRow::goalDate));
        end = end == null ? last : end;
        LocalDate cap = today.plusDays(MOST_DAYS);
        end = end.isAfter(cap) ? cap : end;
        double[] loads = new double[(int) ChronoUnit.DAYS.between(today, end)];
        Map<Purpose, Double> rpe = usualRpe(sessions, today);
        for (PlannedRow p : planned) {
            int i = (int) ChronoUnit.DAYS.between(today, p.date()) - 1;
            if (i >= 0 && i < loads.length) {
                loads[i] += rpe.getOrDefault(p.purpose(), TYPICAL_RPE.get(p.purpose())) * p.minutes();
            }
        }
        return new LoadAhead(today, loads, ahead);
    }

    /** The median session RPE of each purpose over the last 12 weeks of training. */
    static Map<Purpose, Double> usualRpe(List<SessionRow> sessions, LocalDate today) {
        Map<Purpose, List<Double>> seen = new EnumMap<>(Purpose.class);
        LocalDate from = today.minusDays(USUAL_RPE_DAYS);
        for (SessionRow s : sessions) {
            if (s.training() && s.purpose() != null && s.rpe() != null && !s.date().isBefore(from)
                    && !s.date().isAfter(today)) {
                seen.computeIfAbsent(s.purpose(), k -> new ArrayList<>()).add(s.rpe());
            }
        }
        Map<Purpose, Double> usual = new EnumMap<>(Purpose.class);
        seen.forEach((purpose, values) -> {
            values.sort(Double::compare);
            int n = values.size();
            usual.put(purpose, n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2);
        });
        return usual;
    }

    LocalDate end() {
        return today.plusDays(loads.length);
    }

    /** {@code logged} (ending today) carried on with the planned loads to the end of the projection. */
    DailyLoads extend(DailyLoads logged) {
        int past = logged.days();
        double[] all = new double[past + loads.length];
        for (int i = 0; i < past; i++) {
            all[i] = logged.on(logged.first().plusDays(i));
        }
        System.arraycopy(loads, 0, all, past, loads.length);
        return new DailyLoads(logged.first(), all);
    }
}

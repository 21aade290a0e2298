package app.overload.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.overload.domain.Mass;
import app.overload.domain.Rpe;
import app.overload.progression.OneRepMax;

/** The sets of one exercise in one session, and what they add up to. */
record SessionSets(LocalDate date, List<LoggedSetRow> sets) {

    /** Groups rows (in date order) by session, keeping date order. */
    static List<SessionSets> group(List<LoggedSetRow> rows) {
        Map<Long, List<LoggedSetRow>> bySession = new LinkedHashMap<>();
        for (LoggedSetRow r : rows) {
            bySession.computeIfAbsent(r.session(), k -> new ArrayList<>()).add(r);
        }
        List<SessionSets> result = new ArrayList<>(bySession.size());
        for (List<LoggedSetRow> sets : bySession.values()) {
            result.add(new SessionSets(sets.get(0).date(), sets));
        }
        result.sort(Comparator.comparing(SessionSets::date));
        return result;
    }

    /** The set with the highest estimated max and that estimate in kilograms, or null without such a set. */
    Best best() {
        Best best = null;
        for (LoggedSetRow s : sets) {
            if (s.estimatesMax()) {
                double e1rm = estimate(s);
                if (best == null || e1rm > best.kilograms()) {
                    best = new Best(s, e1rm);
                }
            }
        }
        return best;
    }

    /** e1RM of one set: from its RPE where logged, else Epley (the engine's {@link OneRepMax#estimate}). */
    static double estimate(LoggedSetRow s) {
        return OneRepMax.estimate(Mass.kilograms(s.kilograms()), s.reps(), s.rpe() == null ? null : Rpe.of(s.rpe()))
                .kilograms();
    }

    long workSets() {
        return sets.stream().filter(LoggedSetRow::isWork).count();
    }

    double volumeKilograms() {
        return sets.stream().filter(LoggedSetRow::isWork).mapToDouble(LoggedSetRow::volumeKilograms).sum();
    }

    boolean onlyWarmUps() {
        return sets.stream().noneMatch(LoggedSetRow::isWork);
    }

    record Best(LoggedSetRow set, double kilograms) {
    }
}

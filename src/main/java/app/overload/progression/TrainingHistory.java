package app.overload.progression;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

import app.overload.domain.ActivityEntry;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.ExerciseId;
import app.overload.domain.Modality;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Session;
import app.overload.domain.StrengthEntry;
import app.overload.domain.TrainingSession;

/**
 * The logged training the engine reads: sessions (possibly holding only the entries that were asked for) and the
 * daily session loads of recent weeks. Built by the caller from what the store read; the engine never queries.
 */
public final class TrainingHistory {

    /** One entry with the session it was logged in. */
    public record Logged<E extends ActivityEntry>(Session session, E entry) {
        public LocalDate date() {
            return session.date();
        }
    }

    private final List<Session> sessions;
    private final TreeMap<LocalDate, Double> dailyLoads;
    private final int unreadable;
    /** The first day anything was logged, as far as the history read goes; null when nothing was. */
    private final LocalDate firstDay;
    /** Entries by exercise and sessions by the planned session they fulfil: every suggestion looks these up. */
    private final Map<ExerciseId, List<Logged<StrengthEntry>>> byExercise = new HashMap<>();
    private final Map<PlannedSessionId, List<TrainingSession>> byPlanned = new HashMap<>();
    /** Every endurance entry, oldest first, and the day of each: ranges of days are found by binary search. */
    private final List<Logged<EnduranceEntry>> enduranceEntries = new ArrayList<>();
    private final long[] enduranceDays;

    /**
     * @param sessions   logged sessions in any order; they are kept oldest first
     * @param dailyLoads session load (sRPE × minutes) per day; days missing count as rest
     * @param unreadable how many logged entries the store could not turn into domain values
     */
    public TrainingHistory(Collection<? extends Session> sessions, Map<LocalDate, Double> dailyLoads,
            int unreadable) {
        List<Session> sorted = new ArrayList<>(sessions);
        sorted.sort(Comparator.comparing(Session::start).thenComparing(s -> s.id().toString()));
        this.sessions = List.copyOf(sorted);
        this.dailyLoads = new TreeMap<>();
        dailyLoads.forEach((day, load) -> {
            if (day != null && load != null && Double.isFinite(load) && load > 0) {
                this.dailyLoads.put(day, load);
            }
        });
        this.unreadable = Math.max(0, unreadable);
        LocalDate first = this.sessions.isEmpty() ? null : this.sessions.get(0).date();
        if (!this.dailyLoads.isEmpty() && (first == null || this.dailyLoads.firstKey().isBefore(first))) {
            first = this.dailyLoads.firstKey();
        }
        this.firstDay = first;
        for (Session s : this.sessions) {
            for (ActivityEntry e : s.entries()) {
                if (e instanceof StrengthEntry strength) {
                    byExercise.computeIfAbsent(strength.exercise(), k -> new ArrayList<>())
                            .add(new Logged<>(s, strength));
                }
            }
            if (s instanceof TrainingSession t && t.plannedSession() != null) {
                byPlanned.computeIfAbsent(t.plannedSession(), k -> new ArrayList<>()).add(t);
            }
            for (ActivityEntry e : s.entries()) {
                if (e instanceof EnduranceEntry endurance) {
                    enduranceEntries.add(new Logged<>(s, endurance));
                }
            }
        }
        enduranceDays = enduranceEntries.stream().mapToLong(l -> l.date().toEpochDay()).toArray();
    }

    /**
     * This history with {@code more} sessions and without those {@code drop} matches, the daily loads kept: a re-plan
     * adds the sessions still to come as if done, and works out where the plan alone would have led.
     */
    TrainingHistory with(Collection<? extends Session> more, Predicate<Session> drop) {
        List<Session> all = new ArrayList<>(sessions.size() + more.size());
        for (Session s : sessions) {
            if (!drop.test(s)) {
                all.add(s);
            }
        }
        all.addAll(more);
        return new TrainingHistory(all, dailyLoads, unreadable);
    }

    public static TrainingHistory of(Collection<? extends Session> sessions) {
        Map<LocalDate, Double> loads = new TreeMap<>();
        for (Session s : sessions) {
            s.load().ifPresent(load -> loads.merge(s.date(), load, Double::sum));
        }
        return new TrainingHistory(sessions, loads, 0);
    }

    public static TrainingHistory empty() {
        return new TrainingHistory(List.of(), Map.of(), 0);
    }

    public List<Session> sessions() {
        return sessions;
    }

    public int unreadable() {
        return unreadable;
    }

    /**
     * The first day with a logged session or session load in what was read: the start of the logged history as far
     * as the engine can see (the store reads eight weeks of sessions and loads, and older lifts).
     */
    public Optional<LocalDate> firstDay() {
        return Optional.ofNullable(firstDay);
    }

    /** Strength entries of any of {@code exercises} (all when null) logged before {@code until}, oldest first. */
    public List<Logged<StrengthEntry>> strength(Collection<ExerciseId> exercises, LocalDate until) {
        List<Logged<StrengthEntry>> found = new ArrayList<>();
        if (exercises == null) {
            byExercise.values().forEach(found::addAll);
        } else {
            for (ExerciseId id : exercises) {
                found.addAll(byExercise.getOrDefault(id, List.of()));
            }
        }
        found.removeIf(l -> !l.date().isBefore(until));
        if (exercises == null || exercises.size() > 1) {
            found.sort(Comparator.comparing((Logged<StrengthEntry> l) -> l.session().start())
                    .thenComparing(l -> l.session().id().toString())
                    .thenComparingInt(l -> l.session().entries().indexOf(l.entry())));
        }
        return found;
    }

    /** Training sessions logged for {@code planned}, oldest first. */
    public List<TrainingSession> fulfilling(PlannedSessionId planned) {
        return byPlanned.getOrDefault(planned, List.of());
    }

    /** Endurance entries (of {@code modality}, or all when null) logged on days {@code from} to before {@code until}. */
    public List<Logged<EnduranceEntry>> endurance(Modality modality, LocalDate from, LocalDate until) {
        List<Logged<EnduranceEntry>> found = new ArrayList<>();
        long last = until.toEpochDay();
        for (int i = firstOnOrAfter(from.toEpochDay()); i < enduranceDays.length && enduranceDays[i] < last; i++) {
            Logged<EnduranceEntry> e = enduranceEntries.get(i);
            if (modality == null || e.entry().modality() == modality) {
                found.add(e);
            }
        }
        return found;
    }

    /** The index of the first endurance entry on or after {@code day} (epoch days). */
    private int firstOnOrAfter(long day) {
        int low = 0;
        int high = enduranceDays.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (enduranceDays[mid] < day) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The daily loads from {@code first} to {@code last}, both included, rest days as zero. */
    public DailyLoads dailyLoads(LocalDate first, LocalDate last) {
        int days = (int) Math.max(0, ChronoUnit.DAYS.between(first, last) + 1);
        double[] loads = new double[days];
        if (days == 0) {
            return new DailyLoads(first, loads);
        }
        for (Map.Entry<LocalDate, Double> e : dailyLoads.subMap(first, true, last, true).entrySet()) {
            loads[(int) ChronoUnit.DAYS.between(first, e.getKey())] = e.getValue();
        }
        return new DailyLoads(first, loads);
    }
}

package app.overload.progression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.overload.domain.ActivityEntry;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.ExerciseId;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.WeekKind;

/**
 * The same prescription through the weeks of a block — "the squat of every session", "the Thursday tempo run" —
 * and the logged sessions that carried it out.
 *
 * <p>A strength prescription's series is every prescription of the same exercise (or of an easier exercise that
 * progresses to it) with a rule of the same kind, at the same place among that exercise's prescriptions in its
 * session: the 5/3/1 main sets, the "first set last" sets and the 5 × 10 of one lift are three series. An endurance
 * prescription's series is every prescription of the same modality and rule kind in planned sessions of the same
 * purpose at the same place in their week (the week's first tempo run, its second…): each planned run is its own
 * series. A logged session belongs to the series when it fulfils one of those planned sessions; its entry is the
 * one at the same place among the entries of that exercise or modality.
 */
final class PlannedSeries {

    /** One planned appearance of the series. */
    record Occurrence(PlannedSession planned, int position, Prescription prescription, LocalDate date, WeekKind kind,
            int planOrder) {
    }

    /** A logged session that carried out an occurrence, with the entry that did. */
    record Attempt(TrainingSession session, ActivityEntry entry, Occurrence occurrence) {
        LocalDate date() {
            return session.date();
        }

        SessionId id() {
            return session.id();
        }

        Prescription prescribed() {
            return occurrence.prescription();
        }

        boolean inNormalWeek() {
            return occurrence.kind() == WeekKind.NORMAL;
        }
    }

    private final TrainingBlock block;
    private final Occurrence target;
    private final int ordinal;
    private final Set<ExerciseId> family;
    private final List<Occurrence> members;
    /** For an endurance series: each planned session's place among its week's sessions of the same purpose. */
    private final Map<PlannedSessionId, Integer> slots;

    private PlannedSeries(TrainingBlock block, PlannedSession planned, int position) {
        this.block = block;
        Prescription rx = planned.prescriptions().get(position);
        this.family = rx instanceof Prescription.Strength s ? family(block, s.exercise()) : Set.of();
        this.ordinal = ordinal(planned, position);
        this.slots = rx instanceof Prescription.Endurance e ? slots(block, e) : Map.of();
        List<Occurrence> found = new ArrayList<>();
        Occurrence self = null;
        List<PlannedSession> plan = block.plan();
        for (int order = 0; order < plan.size(); order++) {
            PlannedSession p = plan.get(order);
            for (int i = 0; i < p.prescriptions().size(); i++) {
                boolean isTarget = p.id().equals(planned.id()) && i == position;
                if (isTarget || (member(rx, planned, p, i) && ordinal(p, i) == ordinal)) {
                    Occurrence o = new Occurrence(p, i, p.prescriptions().get(i),
                            TrainingBlock.dateOf(block.start(), p.week(), p.day()), block.kindOf(p.week()), order);
                    found.add(o);
                    if (isTarget) {
                        self = o;
                    }
                }
            }
        }
        found.sort(Comparator.comparing(Occurrence::date).thenComparingInt(Occurrence::planOrder));
        this.members = List.copyOf(found);
        this.target = self;
    }

    static PlannedSeries of(TrainingBlock block, PlannedSession planned, int position) {
        return new PlannedSeries(block, planned, position);
    }

    /** The exercise and every exercise the block's chains lead up to it from (goblet squat ← split squat). */
    static Set<ExerciseId> family(TrainingBlock block, ExerciseId exercise) {
        Set<ExerciseId> family = new LinkedHashSet<>();
        family.add(exercise);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (PlannedSession p : block.plan()) {
                for (Prescription rx : p.prescriptions()) {
                    if (rx instanceof Prescription.Strength s && rx.rule() instanceof ProgressionRule.ExerciseChain c
                            && family.contains(c.next()) && family.add(s.exercise())) {
                        grew = true;
                    }
                }
            }
        }
        return family;
    }

    Occurrence target() {
        return target;
    }

    Set<ExerciseId> family() {
        return family;
    }

    List<Occurrence> members() {
        return members;
    }

    /** Logged attempts before {@code until}, oldest first, deload and taper weeks included. */
    List<Attempt> attempts(TrainingHistory history, LocalDate until) {
        List<Attempt> attempts = new ArrayList<>();
        for (Occurrence o : members) {
            for (TrainingSession t : history.fulfilling(o.planned().id())) {
                if (!t.date().isBefore(until) || !t.block().equals(block.id())) {
                    continue;
                }
                ActivityEntry entry = entryFor(t, o);
                if (entry != null) {
                    attempts.add(new Attempt(t, entry, o));
                }
            }
        }
        attempts.sort(Comparator.comparing((Attempt a) -> a.session().start())
                .thenComparing(a -> a.session().id().toString()));
        return attempts;
    }

    /**
     * Normal-week occurrences planned from {@code from} up to the target, not yet logged: sessions still to come
     * before the target one, which the engine assumes will go to plan.
     */
    int pendingBefore(LocalDate from, List<Attempt> attempts) {
        Set<PlannedSessionId> logged = new HashSet<>();
        attempts.forEach(a -> logged.add(a.occurrence().planned().id()));
        int pending = 0;
        for (Occurrence o : members) {
            if (o == target) {
                break;
            }
            if (!o.date().isBefore(from) && o.kind() == WeekKind.NORMAL && !logged.contains(o.planned().id())) {
                pending++;
            }
        }
        return pending;
    }

    /** The first planned occurrence, which tells when the series was meant to start. */
    Occurrence first() {
        return members.get(0);
    }

    private ActivityEntry entryFor(TrainingSession session, Occurrence o) {
        Prescription rx = o.prescription();
        int wanted = ordinal(o.planned(), o.position());
        int seen = 0;
        for (ActivityEntry e : session.entries()) {
            boolean same = rx instanceof Prescription.Strength
                    ? e instanceof StrengthEntry s && family.contains(s.exercise())
                    : rx instanceof Prescription.Endurance en && e instanceof EnduranceEntry le
                            && le.modality() == en.modality();
            if (same) {
                if (seen == wanted) {
                    return e;
                }
                seen++;
            }
        }
        return null;
    }

    private boolean member(Prescription rx, PlannedSession targetSession, PlannedSession p, int i) {
        Prescription other = p.prescriptions().get(i);
        if (rx instanceof Prescription.Strength && other instanceof Prescription.Strength s) {
            boolean chain = rx.rule() instanceof ProgressionRule.ExerciseChain
                    || other.rule() instanceof ProgressionRule.ExerciseChain;
            return family.contains(s.exercise()) && (chain || sameKind(rx.rule(), other.rule()));
        }
        if (rx instanceof Prescription.Endurance e && other instanceof Prescription.Endurance o) {
            return e.modality() == o.modality() && sameKind(rx.rule(), other.rule())
                    && p.purpose() == targetSession.purpose()
                    && slots.get(p.id()).equals(slots.get(targetSession.id()));
        }
        return false;
    }

    /**
     * Each planned session with a prescription like {@code rx} (same modality and kind of rule), numbered by its
     * place among its week's sessions of the same purpose in date order: the week's first tempo run is 0, its second
     * 1. Three easy runs a week are three series, each growing from its own last session, not one chain that would
     * grow the week three steps at once.
     */
    private static Map<PlannedSessionId, Integer> slots(TrainingBlock block, Prescription.Endurance rx) {
        Map<String, List<PlannedSession>> byWeek = new HashMap<>();
        List<PlannedSession> plan = block.plan();
        for (PlannedSession p : plan) {
            boolean like = p.prescriptions().stream().anyMatch(o -> o instanceof Prescription.Endurance e
                    && e.modality() == rx.modality() && sameKind(o.rule(), rx.rule()));
            if (like) {
                byWeek.computeIfAbsent(p.week() + " " + p.purpose(), k -> new ArrayList<>()).add(p);
            }
        }
        Map<PlannedSessionId, Integer> slots = new HashMap<>();
        for (List<PlannedSession> week : byWeek.values()) {
            week.sort(Comparator.comparing((PlannedSession p) -> block.dateOf(p)).thenComparingInt(plan::indexOf));
            for (int i = 0; i < week.size(); i++) {
                slots.put(week.get(i).id(), i);
            }
        }
        return slots;
    }

    /** Place of the prescription among the session's prescriptions of the same exercise family or modality. */
    private int ordinal(PlannedSession p, int position) {
        Prescription rx = p.prescriptions().get(position);
        int count = 0;
        for (int i = 0; i < position; i++) {
            Prescription other = p.prescriptions().get(i);
            if (rx instanceof Prescription.Strength && other instanceof Prescription.Strength s
                    && family.contains(s.exercise())) {
                count++;
            } else if (rx instanceof Prescription.Endurance e && other instanceof Prescription.Endurance o
                    && e.modality() == o.modality()) {
                count++;
            }
        }
        return count;
    }

    private static boolean sameKind(ProgressionRule a, ProgressionRule b) {
        return a.getClass() == b.getClass();
    }
}

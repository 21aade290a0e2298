package app.overload.progression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.PrescriptionText;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.WeekKind;

/**
 * Re-plans the rest of a block with the progression engine's own rules: every planned session still to come, up to
 * the goal date, from what was logged.
 *
 * <p>The weeks are worked out in order, each exactly as next week's suggestions would be if the sessions before it
 * had gone as re-planned: those sessions are put in the history as done ({@link AsPlanned}), so each series is
 * carried on by its rule one session at a time — no doubling after a miss, a lighter restart after a break, the deload
 * of repeated misses at once, deload and taper weeks still lighter, the weekly volume guards and the pace ceiling
 * over every week.
 *
 * <p>Only series that have <em>drifted</em> are re-planned. A series has drifted when the engine's step for its
 * first session still to come differs from the step it would take had every session so far gone exactly to plan; a
 * series on track keeps the plan as written, so a plan being followed is never rewritten. Skipping or adding weeks
 * moves the timeline, so then every series is carried on over the new one.
 *
 * <p>The result is a fixed point: re-planning the accepted block proposes nothing new. A pass can move a planned
 * deload (its reduction follows the load it is taken from), so the passes repeat until nothing moves.
 */
public final class Replanner {

    /** Passes until the plan stops moving; two are the rule, the rest a margin. */
    static final int MAX_PASSES = 4;
    static final String ON_TRACK = "On track: kept as planned.";

    private final ProgressionEngine engine;
    /**
     * The series each prescription belongs to, by the shape of the plan it was found in: the passes only change
     * loads, paces and sets, so the series are found once instead of at every week of every pass. Not thread-safe:
     * one re-plan at a time per replanner.
     */
    private final Map<List<Object>, Map<Slot, Slot>> seriesByShape = new HashMap<>();
    private final Map<TrainingBlock, Map<Slot, Slot>> seriesOfBlock = new IdentityHashMap<>();

    public Replanner(ProgressionEngine engine) {
        this.engine = engine;
    }

    /** The place of a prescription in the plan: a planned session and the prescription's position in it. */
    private record Slot(PlannedSessionId planned, int position) {
        static Slot of(Suggestion s) {
            return new Slot(s.plannedSession(), s.position());
        }
    }

    /** One pass over the weeks: the block it leads to, the suggestion behind every prescription to come. */
    private record Pass(TrainingBlock block, Map<Slot, Suggestion> lines, Map<SessionId, LocalDate> ahead) {
    }

    /**
     * @param stored  the block as stored
     * @param today   sessions after this day (and today's, when not done yet) are re-planned
     * @param history what was logged: the exercises of the weeks to come and eight weeks of endurance and loads
     * @param whatIfs previews to apply first, in order
     */
    public Replan replan(TrainingBlock stored, LocalDate today, TrainingHistory history, List<WhatIf> whatIfs) {
        seriesOfBlock.clear();
        seriesByShape.clear();
        TrainingBlock shaped = stored;
        Map<PlannedSessionId, String> notes = new LinkedHashMap<>();
        boolean reshaped = false;
        for (WhatIf w : whatIfs) {
            WhatIf.Shaped s = w.apply(shaped, today);
            shaped = s.block();
            notes.putAll(s.notes());
            reshaped |= w.reshapes();
        }
        Set<PlannedSessionId> remaining = remaining(shaped, today, history);
        Map<Slot, Boolean> drifted = new HashMap<>();
        Map<Slot, String> onPlan = new HashMap<>();
        TrainingBlock plan = shaped;
        Pass pass = pass(shaped, plan, today, history, remaining, drifted, onPlan, reshaped);
        for (int i = 1; i < MAX_PASSES && !pass.block().equals(plan); i++) {
            plan = pass.block();
            pass = pass(shaped, plan, today, history, remaining, drifted, onPlan, reshaped);
        }
        return new Replan(stored, pass.block(), today, whatIfs, changes(stored, pass, notes, remaining, onPlan));
    }

    /** Planned sessions after {@code today}, and today's when nothing fulfils them yet. */
    static Set<PlannedSessionId> remaining(TrainingBlock block, LocalDate today, TrainingHistory history) {
        Set<PlannedSessionId> remaining = new HashSet<>();
        for (PlannedSession p : block.plan()) {
            LocalDate day = block.dateOf(p);
            if (day.isAfter(today) || day.equals(today) && history.fulfilling(p.id()).isEmpty()) {
                remaining.add(p.id());
            }
        }
        return remaining;
    }

    /**
     * @param drifted whether each series (by its first planned prescription) has drifted; filled by the first pass
     * @param onPlan  for the first session to come of each drifted series, the engine's reason had every session so
     *                far gone to plan: the diff says what the plan assumed
     */
    private Pass pass(TrainingBlock shaped, TrainingBlock plan, LocalDate today, TrainingHistory real,
            Set<PlannedSessionId> remaining, Map<Slot, Boolean> drifted, Map<Slot, String> onPlan, boolean reshaped) {
        TreeSet<Integer> weeks = new TreeSet<>();
        plan.plan().stream().filter(p -> remaining.contains(p.id())).forEach(p -> weeks.add(p.week()));
        Map<Slot, Suggestion> lines = new HashMap<>();
        Map<SessionId, LocalDate> ahead = new HashMap<>();
        List<Session> done = new ArrayList<>();
        TrainingBlock current = plan;
        for (int week : weeks) {
            // A deload or taper week keeps the share of the week before that the plan as given has: it is taken
            // afresh from that plan on every pass, or each pass would take its share of the last pass's share.
            current = PlanAsGiven.followReferences(PlanAsGiven.asGiven(current, shaped, week, remaining), shaped, week, remaining);
            WeekRequest request = WeekRequest.projected(current, week, today);
            Map<Slot, Suggestion> ideal = reshaped ? Map.of() : ideal(plan, week, today, real, remaining, drifted);
            TrainingBlock block = current;
            WeekPlan result = engine.suggestWeek(request, real.with(done, s -> false), s -> {
                if (!remaining.contains(s.plannedSession())) {
                    return s;
                }
                Slot series = seriesOf(block, s);
                Boolean moved = drifted.get(series);
                if (moved == null) {
                    Suggestion planned = ideal.get(Slot.of(s));
                    moved = reshaped || planned == null || !Prescriptions.same(planned.suggested(), s.suggested());
                    if (!moved && block.kindOf(week) != WeekKind.NORMAL) {
                        // A deload or taper the plan lightened enough can stand both on plan and off it; whether
                        // the series drifted shows in its next normal week.
                        return new Suggestion(s.plannedSession(), s.date(), s.position(), s.prescribed(),
                                s.prescribed(), new Decision.Hold(), ON_TRACK, List.of());
                    }
                    drifted.put(series, moved);
                    if (moved && planned != null) {
                        onPlan.put(Slot.of(s), planned.reason());
                    }
                }
                return moved ? s : new Suggestion(s.plannedSession(), s.date(), s.position(), s.prescribed(),
                        s.prescribed(), new Decision.Hold(), ON_TRACK, List.of());
            });
            Map<PlannedSessionId, List<Prescription>> replanned = new HashMap<>();
            for (Suggestion s : result.suggestions()) {
                if (remaining.contains(s.plannedSession())) {
                    lines.put(Slot.of(s), s);
                    replanned.computeIfAbsent(s.plannedSession(), id -> new ArrayList<>(
                            block.planned(id).orElseThrow().prescriptions())).set(s.position(), s.suggested());
                }
            }
            current = PlanAsGiven.withPrescriptions(current, replanned);
            for (PlannedSession p : current.plannedIn(week)) {
                if (replanned.containsKey(p.id())) {
                    TrainingSession session = AsPlanned.session(current.id(), p, p.prescriptions(),
                            current.dateOf(p), engine.text().units().mass());
                    if (session != null) {
                        done.add(session);
                        ahead.put(session.id(), session.date());
                    }
                }
            }
        }
        return new Pass(current, lines, ahead);
    }

    /**
     * The engine's steps for the first sessions still to come of the series not yet judged, had every session so far
     * gone exactly to plan: the plan's sessions before the week put in the history as done, in place of what was
     * logged against the plan. Empty when every series of the week is judged already.
     */
    private Map<Slot, Suggestion> ideal(TrainingBlock plan, int week, LocalDate today, TrainingHistory real,
            Set<PlannedSessionId> remaining, Map<Slot, Boolean> drifted) {
        boolean needed = false;
        for (PlannedSession p : plan.plannedIn(week)) {
            for (int i = 0; i < p.prescriptions().size() && !needed; i++) {
                needed = remaining.contains(p.id()) && !drifted.containsKey(seriesOf(plan, p, i));
            }
        }
        if (!needed) {
            return Map.of();
        }
        WeekRequest request = WeekRequest.projected(plan, week, today);
        LocalDate until = request.historyUntil();
        List<Session> asPlanned = new ArrayList<>();
        for (PlannedSession p : plan.plan()) {
            LocalDate day = plan.dateOf(p);
            boolean due = day.isBefore(until) && !(remaining.contains(p.id()) && !day.isBefore(request.weekStart()));
            TrainingSession session = due ? AsPlanned.session(plan.id(), p, p.prescriptions(), day,
                    engine.text().units().mass()) : null;
            if (session != null) {
                asPlanned.add(session);
            }
        }
        TrainingHistory ideal = real.with(asPlanned, s -> s instanceof TrainingSession t
                && t.block().equals(plan.id()) && t.plannedSession() != null);
        Map<Slot, Suggestion> steps = new HashMap<>();
        engine.suggestWeek(request, ideal, s -> {
            steps.put(Slot.of(s), s);
            return s;
        });
        return steps;
    }

    /** The series a suggestion belongs to, named by its first planned prescription. */
    private Slot seriesOf(TrainingBlock block, Suggestion s) {
        return seriesOf(block, block.planned(s.plannedSession()).orElseThrow(), s.position());
    }

    private Slot seriesOf(TrainingBlock block, PlannedSession planned, int position) {
        Map<Slot, Slot> known = seriesOfBlock.computeIfAbsent(block,
                b -> seriesByShape.computeIfAbsent(shape(b), k -> new HashMap<>()));
        return known.computeIfAbsent(new Slot(planned.id(), position), k -> {
            PlannedSeries.Occurrence first = PlannedSeries.of(block, planned, position).first();
            return new Slot(first.planned().id(), first.position());
        });
    }

    /** What a prescription's series depends on: the sessions' places and each prescription's exercise and rule. */
    private static List<Object> shape(TrainingBlock block) {
        List<Object> shape = new ArrayList<>();
        shape.add(block.start());
        shape.add(block.weeks());
        shape.add(block.deloadWeeks());
        shape.add(block.taperWeeks());
        for (PlannedSession p : block.plan()) {
            shape.add(Arrays.asList(p.id(), p.week(), p.day(), p.purpose()));
            for (Prescription rx : p.prescriptions()) {
                Object what = rx instanceof Prescription.Strength st ? st.exercise()
                        : rx instanceof Prescription.Endurance e ? e.modality() : rx.getClass();
                Object next = rx.rule() instanceof ProgressionRule.ExerciseChain c ? c.next() : "";
                shape.add(Arrays.asList(rx.getClass(), what, rx.rule() == null ? null : rx.rule().getClass(), next));
            }
        }
        return shape;
    }

    /** Every session the re-plan changes, in date order, from the block as stored to the block re-planned. */
    private static List<SessionChange> changes(TrainingBlock stored, Pass pass, Map<PlannedSessionId, String> notes,
            Set<PlannedSessionId> remaining, Map<Slot, String> onPlan) {
        TrainingBlock result = pass.block();
        Map<PlannedSessionId, PlannedSession> after = new HashMap<>();
        result.plan().forEach(p -> after.put(p.id(), p));
        List<SessionChange> changes = new ArrayList<>();
        for (PlannedSession before : stored.plan()) {
            PlannedSession now = after.remove(before.id());
            if (now == null) {
                changes.add(new SessionChange(before.id(), before, stored.dateOf(before), null, null, List.of(),
                        notes.getOrDefault(before.id(), "Left out of the plan.")));
            } else if (remaining.contains(now.id())) {
                List<Suggestion> lines = lines(before, now, pass, onPlan);
                boolean moved = !stored.dateOf(before).equals(result.dateOf(now));
                if (moved || !lines.isEmpty()) {
                    changes.add(new SessionChange(before.id(), before, stored.dateOf(before), now, result.dateOf(now),
                            lines, moved ? notes.getOrDefault(now.id(), "") : ""));
                }
            }
        }
        for (PlannedSession added : after.values()) {
            changes.add(new SessionChange(added.id(), null, null, added, result.dateOf(added),
                    lines(null, added, pass, onPlan), notes.getOrDefault(added.id(), "")));
        }
        changes.sort(Comparator.comparing(SessionChange::date).thenComparing(c -> c.id().toString()));
        return changes;
    }

    /** The changed prescriptions of a session, each with the suggestion behind it, "before" as stored. */
    private static List<Suggestion> lines(PlannedSession before, PlannedSession now, Pass pass,
            Map<Slot, String> onPlan) {
        List<Suggestion> lines = new ArrayList<>();
        for (int i = 0; i < now.prescriptions().size(); i++) {
            Prescription was = before != null && i < before.prescriptions().size() ? before.prescriptions().get(i)
                    : null;
            Prescription is = now.prescriptions().get(i);
            if (was != null && Prescriptions.same(was, is)) {
                continue;
            }
            Suggestion s = pass.lines().get(new Slot(now.id(), i));
            if (s == null) {
                continue;
            }
            Suggestion line = explained(s, pass.ahead());
            String assumed = onPlan.get(new Slot(now.id(), i));
            String reason = assumed == null ? line.reason() : line.reason() + " Had every session so far gone to "
                    + "plan: " + lowerFirst(assumed);
            lines.add(new Suggestion(line.plannedSession(), line.date(), i, was == null ? line.prescribed() : was, is,
                    line.decision(), reason, line.basedOn()));
        }
        return lines;
    }

    private static String lowerFirst(String sentence) {
        return sentence.isEmpty() || Character.isUpperCase(sentence.charAt(1 % sentence.length()))
                ? sentence : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /**
     * A reason that cites sessions still to come says so: "…done on 9 Dec → 105 kg; 9 Dec is still to come, so this
     * assumes it goes to plan." Those sessions leave {@code basedOn}, which lists only what was logged.
     */
    static Suggestion explained(Suggestion s, Map<SessionId, LocalDate> ahead) {
        List<LocalDate> toCome = s.basedOn().stream().filter(ahead::containsKey).map(ahead::get).sorted()
                .distinct().toList();
        if (toCome.isEmpty()) {
            return s;
        }
        List<SessionId> logged = s.basedOn().stream().filter(id -> !ahead.containsKey(id)).toList();
        String base = s.reason().endsWith(".") ? s.reason().substring(0, s.reason().length() - 1) : s.reason();
        boolean one = toCome.size() == 1;
        String reason = base + "; " + PrescriptionText.dates(toCome) + (one ? " is" : " are")
                + " still to come, so this assumes " + (one ? "it goes" : "they go") + " to plan.";
        return new Suggestion(s.plannedSession(), s.date(), s.position(), s.prescribed(), s.suggested(),
                s.decision(), reason, logged);
    }
}

package app.overload.progression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Interval;
import app.overload.domain.Modality;
import app.overload.domain.PaceTarget;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.Session;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;

/**
 * Weekly volume growth (TRAINING-RULES.md): next week's planned distance per modality against the week before
 * (warn above 10 %) and the week before that (above 30 % the engine's own distance increases are held back unless
 * the user overrides). A past week counts what was logged, plus what its plan still holds for days not yet
 * reached.
 */
final class VolumeGuard {

    static final double WEEK_LIMIT = 0.10;
    static final double TWO_WEEK_LIMIT = 0.30;

    record Result(List<Suggestion> suggestions, List<VolumeCheck> checks) {
    }

    private VolumeGuard() {
    }

    static Result check(WeekRequest request, TrainingHistory history, List<Suggestion> suggestions,
            List<Prescription> before, PrescriptionText text) {
        List<Suggestion> result = new ArrayList<>(suggestions);
        List<VolumeCheck> checks = new ArrayList<>();
        Set<Modality> modalities = new LinkedHashSet<>();
        suggestions.forEach(s -> {
            if (s.suggested() instanceof Prescription.Endurance e) {
                modalities.add(e.modality());
            }
        });
        LocalDate start = request.weekStart();
        for (Modality m : modalities) {
            Distance last = weekVolume(request, history, m, start.minusDays(7));
            Distance two = weekVolume(request, history, m, start.minusDays(14));
            Distance planned = planned(result, m);
            boolean refused = false;
            List<String> held = new ArrayList<>();
            if (!two.isZero() && planned.metres() > two.metres() * (1 + TWO_WEEK_LIMIT) && !request.allowVolumeJump()) {
                for (int i = 0; i < result.size(); i++) {
                    Suggestion s = result.get(i);
                    boolean longer = s.decision() instanceof Decision.LongerDistance
                            || s.decision() instanceof Decision.LongerDuration;
                    if (longer && before.get(i) instanceof Prescription.Endurance e && e.modality() == m
                            && s.prescribed() instanceof Prescription.Endurance plan) {
                        String reason = s.reason().replaceAll("\\.$", "") + "; held back: next week would be over "
                                + LinearRule.percent(TWO_WEEK_LIMIT) + " above the week before last (accept it with "
                                + "the volume override).";
                        result.set(i, new Suggestion(s.plannedSession(), s.date(), s.position(), s.prescribed(),
                                holdAt(e, plan), new Decision.Hold(), reason, s.basedOn()));
                        held.add(text.endurance((Prescription.Endurance) s.suggested()));
                        refused = true;
                    }
                }
                planned = planned(result, m);
            }
            checks.add(describe(m, last, two, planned, refused, held, text));
        }
        return new Result(result, checks);
    }

    private static VolumeCheck describe(Modality m, Distance last, Distance two, Distance planned, boolean refused,
            List<String> held, PrescriptionText text) {
        double week = last.isZero() ? Double.NaN : planned.metres() / last.metres() - 1;
        double twoWeeks = two.isZero() ? Double.NaN : planned.metres() / two.metres() - 1;
        StringBuilder sentence = new StringBuilder(m.label() + " next week: " + text.units().format(planned)
                + " planned");
        if (!Double.isNaN(week)) {
            sentence.append(", ").append(change(week)).append(" last week (").append(text.units().format(last))
                    .append(")");
        }
        if (!Double.isNaN(twoWeeks)) {
            sentence.append(" and ").append(change(twoWeeks)).append(" the week before (")
                    .append(text.units().format(two)).append(")");
        }
        sentence.append('.');
        Severity severity = Severity.INFO;
        if (twoWeeks > TWO_WEEK_LIMIT || refused) {
            severity = Severity.STRONG_WARNING;
            sentence.append(refused ? " Held back " + String.join(", ", held) + " to stay within "
                    + LinearRule.percent(TWO_WEEK_LIMIT) + " over two weeks." : " That is more than "
                    + LinearRule.percent(TWO_WEEK_LIMIT) + " over two weeks; consider a shorter week.");
        } else if (week > WEEK_LIMIT) {
            severity = Severity.WARNING;
            sentence.append(" That is more than ").append(LinearRule.percent(WEEK_LIMIT)).append(" in a week.");
        }
        return new VolumeCheck(m, last, two, planned, severity, refused, sentence.toString());
    }

    private static String change(double growth) {
        long percent = Math.round(Math.abs(growth) * 100);
        return percent == 0 ? "the same as" : percent + " % " + (growth > 0 ? "more than" : "less than");
    }

    /**
     * What a held-back session keeps: the last logged prescription it grew from, or the plan's when the plan asks
     * for less or measures the session another way, so a hold is never more than either.
     */
    static Prescription.Endurance holdAt(Prescription.Endurance lastLogged, Prescription.Endurance plan) {
        double logged = metres(lastLogged);
        double planned = metres(plan);
        if (logged > 0 && planned > 0) {
            return planned < logged ? plan : lastLogged;
        }
        if (timeOnly(lastLogged) && timeOnly(plan)) {
            return plan.duration().compareTo(lastLogged.duration()) < 0 ? plan : lastLogged;
        }
        return plan;
    }

    private static boolean timeOnly(Prescription.Endurance rx) {
        return rx.distance() == null && rx.intervals().isEmpty() && rx.duration() != null;
    }

    private static Distance planned(List<Suggestion> suggestions, Modality m) {
        double metres = 0;
        for (Suggestion s : suggestions) {
            if (s.suggested() instanceof Prescription.Endurance e && e.modality() == m) {
                metres += metres(e);
            }
        }
        return Distance.metres(Math.min(metres, Distance.MAX_METRES));
    }

    /** Metres a prescription covers: its distance, its intervals, or its time at its pace; zero when unknown. */
    static double metres(Prescription.Endurance rx) {
        if (rx.distance() != null) {
            return rx.distance().metres();
        }
        if (!rx.intervals().isEmpty()) {
            double total = 0;
            for (Interval i : rx.intervals()) {
                total += i.repeats() * ((i.workDistance() == null ? 0 : i.workDistance().metres())
                        + (i.recoveryDistance() == null ? 0 : i.recoveryDistance().metres()));
            }
            return total;
        }
        if (rx.duration() != null && rx.target() instanceof PaceTarget.AtPace p) {
            return p.pace().distanceIn(rx.duration()).metres();
        }
        return 0;
    }

    /** The distance of one week: logged before the history ends, planned in the block from then on. */
    private static Distance weekVolume(WeekRequest request, TrainingHistory history, Modality m, LocalDate from) {
        LocalDate to = from.plusDays(7);
        LocalDate until = request.historyUntil();
        double metres = 0;
        Set<PlannedSessionId> logged = new HashSet<>();
        for (TrainingHistory.Logged<EnduranceEntry> e : history.endurance(m, from, to.isBefore(until) ? to : until)) {
            metres += e.entry().distanceIfKnown().map(Distance::metres).orElse(0.0);
            Session s = e.session();
            if (s instanceof TrainingSession t && t.plannedSession() != null) {
                logged.add(t.plannedSession());
            }
        }
        TrainingBlock block = request.block();
        for (PlannedSession p : block.plan()) {
            LocalDate day = TrainingBlock.dateOf(block.start(), p.week(), p.day());
            if (day.isBefore(from) || !day.isBefore(to) || day.isBefore(until) || logged.contains(p.id())) {
                continue;
            }
            for (Prescription rx : p.prescriptions()) {
                if (rx instanceof Prescription.Endurance e && e.modality() == m) {
                    metres += metres(e);
                }
            }
        }
        return Distance.metres(Math.min(metres, Distance.MAX_METRES));
    }
}

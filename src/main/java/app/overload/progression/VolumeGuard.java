package app.overload.progression;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.overload.domain.Distance;
import app.overload.domain.Durations;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Interval;
import app.overload.domain.Modality;
import app.overload.domain.PaceTarget;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.PrescriptionText;
import app.overload.domain.Session;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;

/**
 * Weekly volume growth (TRAINING-RULES.md): next week's planned volume per modality against the week before (warn
 * above 10 %) and the week before that (above 30 % the engine's own increases are held back unless the user
 * overrides). A past week counts what was logged, plus what its plan still holds for days not yet reached. Volume
 * is distance, or time when some session of the three weeks has no distance to count (a run of 45 min in zone 2)
 * but every one has a time; when neither covers every session, distance, with the unknown ones as nothing.
 */
final class VolumeGuard {

    static final double WEEK_LIMIT = 0.10;
    static final double TWO_WEEK_LIMIT = 0.30;

    record Result(List<Suggestion> suggestions, List<VolumeCheck> checks) {
    }

    /** One week's work of a modality in both measures, and whether every session counted had each. */
    record Tally(double metres, double seconds, boolean allDistances, boolean allTimes) {

        static final Tally NONE = new Tally(0, 0, true, true);

        Tally plus(double sessionMetres, double sessionSeconds) {
            return new Tally(metres + sessionMetres, seconds + sessionSeconds, allDistances && sessionMetres > 0,
                    allTimes && sessionSeconds > 0);
        }

        double amount(VolumeCheck.Measure measure) {
            return measure == VolumeCheck.Measure.TIME ? seconds : distance().metres();
        }

        Distance distance() {
            return Distance.metres(Math.min(metres, Distance.MAX_METRES));
        }

        Duration time() {
            return Duration.ofMillis(Math.round(seconds * 1000));
        }
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
            Tally last = weekVolume(request, history, m, start.minusDays(7));
            Tally two = weekVolume(request, history, m, start.minusDays(14));
            Tally planned = planned(result, m, request, history);
            VolumeCheck.Measure measure = measure(last, two, planned);
            boolean refused = false;
            List<String> held = new ArrayList<>();
            if (over(growth(planned, two, measure), TWO_WEEK_LIMIT) && !request.allowVolumeJump()) {
                for (int i = 0; i < result.size(); i++) {
                    Suggestion s = result.get(i);
                    if (s.date().isBefore(request.historyUntil())) {
                        continue;
                    }
                    boolean longer = s.decision() instanceof Decision.LongerDistance
                            || s.decision() instanceof Decision.LongerDuration;
                    if (longer && before.get(i) instanceof Prescription.Endurance e && e.modality() == m
                            && s.prescribed() instanceof Prescription.Endurance plan) {
                        Prescription.Endurance kept = holdAt(e, plan);
                        Decision decision = against(e, kept);
                        String reason = s.reason().replaceAll("\\.$", "") + "; held back"
                                + (decision instanceof Decision.Hold ? "" : " to the plan's " + text.endurance(kept))
                                + ": next week would be over " + LinearRule.percent(TWO_WEEK_LIMIT)
                                + " above the week before last (accept it with the volume override).";
                        result.set(i, new Suggestion(s.plannedSession(), s.date(), s.position(), s.prescribed(),
                                kept, decision, reason, s.basedOn()));
                        held.add(text.endurance((Prescription.Endurance) s.suggested()));
                        refused = true;
                    }
                }
                planned = planned(result, m, request, history);
            }
            checks.add(describe(m, measure, last, two, planned, refused, held, text));
        }
        return new Result(result, checks);
    }

    /** Distance, unless some session lacks one and time covers them all. */
    static VolumeCheck.Measure measure(Tally... weeks) {
        boolean distances = true;
        boolean times = true;
        for (Tally t : weeks) {
            distances &= t.allDistances();
            times &= t.allTimes();
        }
        return !distances && times ? VolumeCheck.Measure.TIME : VolumeCheck.Measure.DISTANCE;
    }

    private static VolumeCheck describe(Modality m, VolumeCheck.Measure measure, Tally last, Tally two,
            Tally planned, boolean refused, List<String> held, PrescriptionText text) {
        double week = growth(planned, last, measure);
        double twoWeeks = growth(planned, two, measure);
        StringBuilder sentence = new StringBuilder(m.label() + " next week: " + format(planned, measure, text)
                + " planned");
        if (!Double.isNaN(week)) {
            sentence.append(", ").append(change(week)).append(" last week (").append(format(last, measure, text))
                    .append(")");
        }
        if (!Double.isNaN(twoWeeks)) {
            sentence.append(" and ").append(change(twoWeeks)).append(" the week before (")
                    .append(format(two, measure, text)).append(")");
        }
        sentence.append('.');
        Severity severity = Severity.INFO;
        if (over(twoWeeks, TWO_WEEK_LIMIT) || refused) {
            severity = Severity.STRONG_WARNING;
            sentence.append(refused ? " Held back " + String.join(", ", held) + " to stay within "
                    + LinearRule.percent(TWO_WEEK_LIMIT) + " over two weeks." : " That is more than "
                    + LinearRule.percent(TWO_WEEK_LIMIT) + " over two weeks; consider a shorter week.");
        } else if (over(week, WEEK_LIMIT)) {
            severity = Severity.WARNING;
            sentence.append(" That is more than ").append(LinearRule.percent(WEEK_LIMIT)).append(" in a week.");
        }
        return new VolumeCheck(m, measure, last.distance(), two.distance(), planned.distance(), last.time(),
                two.time(), planned.time(), severity, refused, sentence.toString());
    }

    /** Growth of {@code next} over {@code before} as a fraction; NaN when there is nothing before. */
    static double growth(Tally next, Tally before, VolumeCheck.Measure measure) {
        return growth(next.amount(measure), before.amount(measure));
    }

    /** Growth of {@code next} over {@code base} as a fraction; NaN when the base is nothing. */
    static double growth(double next, double base) {
        return base > 0 ? (next - base) / base : Double.NaN;
    }

    /**
     * The one test of a limit, used both to hold increases back and to warn, so the two always agree: growth more
     * than the limit, with a millionth of slack so that exactly 30 % (26 km after 20 km, which floating point makes
     * 30.000000000000004 %) is not "more than 30 %". No growth to measure (nothing before) is never over.
     */
    static boolean over(double growth, double limit) {
        return !Double.isNaN(growth) && growth > limit + 1e-6;
    }

    private static String format(Tally tally, VolumeCheck.Measure measure, PrescriptionText text) {
        return measure == VolumeCheck.Measure.TIME ? Durations.hoursMinutes(tally.time())
                : text.units().format(tally.distance());
    }

    /**
     * "14 % more than"; within a point of a limit the decimals are kept ("30.4 % more than"), so a sentence never
     * reads "30 % more" next to "more than 30 %".
     */
    private static String change(double growth) {
        double percent = Math.abs(growth) * 100;
        boolean nearLimit = Math.abs(percent - WEEK_LIMIT * 100) < 1 || Math.abs(percent - TWO_WEEK_LIMIT * 100) < 1;
        String number = UnitPreferences.number(percent, nearLimit ? 2 : 0);
        return number.equals("0") ? "the same as" : number + " % " + (growth > 0 ? "more than" : "less than");
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
        double loggedSeconds = seconds(lastLogged);
        double plannedSeconds = seconds(plan);
        if (loggedSeconds > 0 && plannedSeconds > 0) {
            return plannedSeconds < loggedSeconds ? plan : lastLogged;
        }
        return plan;
    }

    /** What a hold at {@code held} is, next to the last logged session: the same (hold), or shorter. */
    static Decision against(Prescription.Endurance lastLogged, Prescription.Endurance held) {
        double from = metres(lastLogged);
        double to = metres(held);
        if (from > 0 && to > 0 && to < from - 0.5) {
            return new Decision.ShorterDistance(Distance.metres(from), Distance.metres(to));
        }
        double fromSeconds = seconds(lastLogged);
        double toSeconds = seconds(held);
        if ((from <= 0 || to <= 0) && fromSeconds > 0 && toSeconds > 0 && toSeconds < fromSeconds - 0.5) {
            return new Decision.ShorterDuration(Duration.ofMillis(Math.round(fromSeconds * 1000)),
                    Duration.ofMillis(Math.round(toSeconds * 1000)));
        }
        return new Decision.Hold();
    }

    /**
     * The target week's volume: its suggestions, and, when the week has begun (a re-plan of the current week), what
     * was logged in it so far instead of the suggestions for the days already past.
     */
    private static Tally planned(List<Suggestion> suggestions, Modality m, WeekRequest request,
            TrainingHistory history) {
        Tally tally = Tally.NONE;
        LocalDate until = request.historyUntil();
        if (until.isAfter(request.weekStart())) {
            for (TrainingHistory.Logged<EnduranceEntry> e : history.endurance(m, request.weekStart(), until)) {
                tally = tally.plus(e.entry().distanceIfKnown().map(Distance::metres).orElse(0.0),
                        e.entry().duration().toMillis() / 1000.0);
            }
        }
        for (Suggestion s : suggestions) {
            if (!s.date().isBefore(until) && s.suggested() instanceof Prescription.Endurance e
                    && e.modality() == m) {
                tally = tally.plus(metres(e), seconds(e));
            }
        }
        return tally;
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

    /**
     * Seconds a prescription takes: its time, its intervals' work and recovery times, or its distance at its pace;
     * zero when unknown (an interval given by distance alone, a distance in a zone).
     */
    static double seconds(Prescription.Endurance rx) {
        if (rx.duration() != null) {
            return rx.duration().toMillis() / 1000.0;
        }
        if (!rx.intervals().isEmpty()) {
            double total = 0;
            for (Interval i : rx.intervals()) {
                if (i.workDuration() == null || i.recoveryDistance() != null && i.recoveryDuration() == null) {
                    return 0;
                }
                Duration recovery = i.recoveryDuration() == null ? Duration.ZERO : i.recoveryDuration();
                total += i.repeats() * (i.workDuration().plus(recovery).toMillis() / 1000.0);
            }
            return total;
        }
        if (rx.distance() != null && rx.target() instanceof PaceTarget.AtPace p) {
            return p.pace().timeFor(rx.distance()).toMillis() / 1000.0;
        }
        return 0;
    }

    /** The volume of one week: logged before the history ends, planned in the block from then on. */
    private static Tally weekVolume(WeekRequest request, TrainingHistory history, Modality m, LocalDate from) {
        LocalDate to = from.plusDays(7);
        LocalDate until = request.historyUntil();
        Tally tally = Tally.NONE;
        Set<PlannedSessionId> logged = new HashSet<>();
        for (TrainingHistory.Logged<EnduranceEntry> e : history.endurance(m, from, to.isBefore(until) ? to : until)) {
            tally = tally.plus(e.entry().distanceIfKnown().map(Distance::metres).orElse(0.0),
                    e.entry().duration().toMillis() / 1000.0);
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
                    tally = tally.plus(metres(e), seconds(e));
                }
            }
        }
        return tally;
    }
}

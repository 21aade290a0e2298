package app.overload.progression;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.overload.domain.Checks;
import app.overload.domain.Distance;
import app.overload.domain.Durations;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Interval;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.PaceTarget;
import app.overload.domain.Prescription;
import app.overload.domain.PrescriptionText;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.SessionId;
import app.overload.domain.UnitPreferences;

/**
 * Endurance key sessions move one variable a week: when the last one was done as prescribed, the pace gets faster
 * by the rule's step or the session gets longer by its distance step (at most a quarter more), alternating with
 * what changed last time, pace first. No pace is suggested faster than the ceiling the best recent effort sets.
 */
final class EnduranceRule {

    /** A session this close to the prescribed distance or time counts as done (GPS and treadmills differ). */
    static final double VOLUME_DONE = 0.97;
    /** A pace this much slower than the target still counts as on target. */
    static final double PACE_GRACE = 0.01;
    /** TRAINING-RULES.md: the distance step is at most a quarter of the session. */
    static final double MAX_VOLUME_STEP = 0.25;

    /** What changed from one prescription of a series to the next. */
    enum Change { PACE, VOLUME, NONE }

    /** One week's move: the new prescription, what changed, the decision, and the words after the arrow. */
    record Step(Prescription.Endurance rx, Change change, Decision decision, String words) {
    }

    private EnduranceRule() {
    }

    static Proposal suggest(Context c, ProgressionRule.Endurance rule) {
        Prescription.Endurance target = (Prescription.Endurance) c.target.prescription();
        PlannedSeries.Attempt last = c.last().orElseThrow();
        Prescription.Endurance done = (Prescription.Endurance) last.prescribed();
        Prescription.Endurance base = new Prescription.Endurance(target.modality(), done.distance(), done.duration(),
                done.target(), done.intervals(), target.rule());
        Ceiling ceiling = Ceiling.of(c);
        List<SessionId> ids = new ArrayList<>(List.of(last.id()));
        String shortfall = shortfall(done, (EnduranceEntry) last.entry(), c.text);
        StringBuilder what = new StringBuilder(c.text.endurance(done) + " on " + Context.on(List.of(last))
                + (shortfall.isEmpty() ? " done" : " fell short (" + shortfall + ")"));
        // The latest session of the purpose decides whether the prescription was met; an unplanned one is evidence
        // of that, never an attempt, so the step below still grows from the planned session.
        boolean met = shortfall.isEmpty();
        Optional<Evidence> evidence = Evidence.latest(c, last.session().start());
        if (evidence.isPresent()) {
            String evidenceShortfall = evidence.get().shortfall(base, c.text);
            ids.add(evidence.get().id());
            what.append(evidence.get().after(met, evidenceShortfall, c));
            met = evidenceShortfall.isEmpty();
        }
        Pace pace = paceOf(base);
        if (!met) {
            // Eased only when the planned session itself fell short: one done at its pace is never slowed down.
            if (!shortfall.isEmpty() && pace != null && ceiling.exists() && pace.isFasterThan(ceiling.pace())) {
                Pace eased = ceiling.rounded();
                return new Proposal(Prescriptions.withPace(base, eased), new Decision.EasePace(pace, eased), what
                        + "; " + c.text.units().format(pace, base.modality()) + " is faster than "
                        + ceiling.describe(c.text) + " allows → ease the pace to "
                        + c.text.units().format(eased, base.modality()) + ".", ids);
            }
            return new Proposal(base, new Decision.Hold(), what + " → hold" + ceiling.note(base) + ".", ids);
        }
        Change before = c.normal.size() < 2 ? Change.NONE
                : change((Prescription.Endurance) c.normal.get(c.normal.size() - 2).prescribed(), done);
        Step step = step(base, rule, before, ceiling, c.text);
        return new Proposal(step.rx(), step.decision(), what + (before == Change.NONE ? ""
                : "; last time the " + (before == Change.PACE ? "pace" : "distance") + " moved") + " → "
                + step.words() + ceiling.note(base) + ".", ids, base);
    }

    /** The alternation carried on for each key session still to come before this one. */
    static Proposal project(Context c, Proposal p, ProgressionRule.Endurance rule, int steps) {
        if (steps == 0 || !(p.suggested() instanceof Prescription.Endurance rx)) {
            return p;
        }
        Change last;
        if (p.decision() instanceof Decision.FasterPace) {
            last = Change.PACE;
        } else if (p.decision() instanceof Decision.LongerDistance || p.decision() instanceof Decision.LongerDuration) {
            last = Change.VOLUME;
        } else {
            return p;
        }
        Ceiling ceiling = Ceiling.of(c);
        Step step = null;
        for (int i = 0; i < steps; i++) {
            step = step(rx, rule, last, ceiling, c.text);
            rx = step.rx();
            last = step.change() == Change.NONE ? last : step.change();
        }
        // What a hold falls back to stays the last logged session's prescription: the sessions projected in
        // between are the engine's own guesses, and holding at one of them would still be an increase.
        return new Proposal(rx, step.decision(), LinearRule.stillToCome(p.reason(), steps, c.text.endurance(rx)),
                p.basedOn(), p.before());
    }

    static Step step(Prescription.Endurance rx, ProgressionRule.Endurance rule, Change last, Ceiling ceiling,
            PrescriptionText text) {
        UnitPreferences units = text.units();
        Pace pace = paceOf(rx);
        boolean canPace = rule.paceStep() > 0 && pace != null;
        boolean canVolume = !rule.distanceStep().isZero();
        if (canPace && (last != Change.PACE || !canVolume)) {
            Pace faster = faster(pace, rule.paceStep(), rx.modality(), units);
            if (!ceiling.exists() || !faster.isFasterThan(ceiling.pace())) {
                return new Step(Prescriptions.withPace(rx, faster), Change.PACE, new Decision.FasterPace(pace, faster),
                        units.format(faster, rx.modality()));
            }
            Pace capped = ceiling.rounded();
            if (capped.isFasterThan(pace)) {
                return new Step(Prescriptions.withPace(rx, capped), Change.PACE, new Decision.FasterPace(pace, capped),
                        units.format(capped, rx.modality()) + ", as fast as " + ceiling.describe(text) + " allows");
            }
            if (!canVolume) {
                return new Step(rx, Change.NONE, new Decision.Hold(), "hold: the pace is already at or past "
                        + ceiling.describe(text));
            }
            Step longer = longer(rx, rule, text);
            return new Step(longer.rx(), longer.change(), longer.decision(), longer.words()
                    + " (the pace stays: it is already at or past " + ceiling.describe(text) + ")");
        }
        if (canVolume) {
            return longer(rx, rule, text);
        }
        return new Step(rx, Change.NONE, new Decision.Hold(), "hold: the rule moves neither pace nor distance");
    }

    /** The volume step: one more repeat or so, a longer distance, or a longer time, at most a quarter more. */
    static Step longer(Prescription.Endurance rx, ProgressionRule.Endurance rule, PrescriptionText text) {
        UnitPreferences units = text.units();
        if (!rx.intervals().isEmpty()) {
            Interval first = rx.intervals().get(0);
            int add = first.workDistance() == null || first.workDistance().isZero() ? 1
                    : (int) Math.max(1, Math.round(rule.distanceStep().metres() / first.workDistance().metres()));
            add = Math.min(add, Math.max(1, (int) Math.floor(first.repeats() * MAX_VOLUME_STEP)));
            int repeats = Math.min(200, first.repeats() + add);
            Prescription.Endurance next = Prescriptions.withRepeats(rx, repeats);
            Distance work = first.workDistance() == null ? Distance.ZERO : first.workDistance();
            return new Step(next, Change.VOLUME, new Decision.LongerDistance(work.times(first.repeats()),
                    work.times(repeats)), repeats + " × " + (first.workDistance() != null
                            ? text.shortDistance(first.workDistance())
                            : Durations.clock(first.workDuration())));
        }
        if (rx.distance() != null) {
            double step = Math.min(rule.distanceStep().metres(), rx.distance().metres() * MAX_VOLUME_STEP);
            Distance longer = roundDistance(rx.distance(), rx.distance().metres() + step, units);
            return new Step(Prescriptions.withDistance(rx, longer), Change.VOLUME,
                    new Decision.LongerDistance(rx.distance(), longer), units.format(longer));
        }
        Pace pace = paceOf(rx);
        double stepSeconds = (pace != null ? pace.secondsPerKilometre() : 360) * rule.distanceStep().kilometres();
        double seconds = rx.duration().toSeconds();
        long minutes = (long) Math.floor((seconds + Math.min(stepSeconds, seconds * MAX_VOLUME_STEP)) / 60);
        Duration longer = Duration.ofMinutes(Math.max(minutes, (long) Math.floor(seconds / 60) + 1));
        longer = longer.compareTo(Checks.MAX_DURATION) > 0 ? rx.duration() : longer;
        return new Step(Prescriptions.withDuration(rx, longer), Change.VOLUME,
                new Decision.LongerDuration(rx.duration(), longer), Durations.clock(longer));
    }

    /** What moved from {@code earlier} to {@code later}: the pace, the volume, or nothing. */
    static Change change(Prescription.Endurance earlier, Prescription.Endurance later) {
        Pace a = paceOf(earlier);
        Pace b = paceOf(later);
        if (a != null && b != null && b.secondsPerKilometre() < a.secondsPerKilometre() - 0.5) {
            return Change.PACE;
        }
        return volume(later) > volume(earlier) * 1.001 ? Change.VOLUME : Change.NONE;
    }

    /**
     * True when {@code a} asks for less than {@code b}: less volume (repeats, distance or time, compared in the same
     * measure) or a slower pace.
     */
    static boolean lighter(Prescription.Endurance a, Prescription.Endurance b) {
        Pace pa = paceOf(a);
        Pace pb = paceOf(b);
        if (pa != null && pb != null && pa.secondsPerKilometre() > pb.secondsPerKilometre() + 0.5) {
            return true;
        }
        boolean sameMeasure = a.intervals().isEmpty() == b.intervals().isEmpty()
                && (a.distance() == null) == (b.distance() == null);
        if (sameMeasure) {
            return volume(a) < volume(b) * (1 - 1e-6);
        }
        double ma = VolumeGuard.metres(a);
        double mb = VolumeGuard.metres(b);
        if (ma > 0 && mb > 0) {
            return ma < mb * (1 - 1e-6);
        }
        return VolumeGuard.seconds(a) < VolumeGuard.seconds(b) * (1 - 1e-6);
    }

    /** Repeats, metres or seconds, whichever the prescription is measured in. */
    static double volume(Prescription.Endurance rx) {
        if (!rx.intervals().isEmpty()) {
            return rx.intervals().stream().mapToInt(Interval::repeats).sum();
        }
        return rx.distance() != null ? rx.distance().metres() : rx.duration().toSeconds();
    }

    /** Why the logged session does not count as the prescription, or empty when it does. */
    static String shortfall(Prescription.Endurance rx, EnduranceEntry e, PrescriptionText text) {
        UnitPreferences units = text.units();
        if (!rx.intervals().isEmpty() && !e.intervals().isEmpty()) {
            int wanted = rx.intervals().stream().mapToInt(Interval::repeats).sum();
            int done = e.intervals().stream().mapToInt(Interval::repeats).sum();
            if (done < wanted) {
                return done + " of " + wanted + " repeats";
            }
        } else if (rx.distance() != null && e.distance() != null
                && e.distance().metres() < rx.distance().metres() * VOLUME_DONE) {
            return units.format(e.distance()) + " of " + units.format(rx.distance());
        } else if (rx.distance() == null && rx.duration() != null
                && e.duration().toMillis() < rx.duration().toMillis() * VOLUME_DONE) {
            return Durations.clock(e.duration()) + " of "
                    + Durations.clock(rx.duration());
        }
        Pace wanted = paceOf(rx);
        Pace held = held(rx, e);
        if (wanted != null && held != null && held.secondsPerKilometre() > wanted.secondsPerKilometre() * (1 + PACE_GRACE)) {
            return units.format(held, rx.modality()) + ", slower than " + units.format(wanted, rx.modality());
        }
        return "";
    }

    /** The pace of the work: the first interval's repeats when intervals were logged, else the whole entry. */
    private static Pace held(Prescription.Endurance rx, EnduranceEntry e) {
        if (!rx.intervals().isEmpty() && !e.intervals().isEmpty()) {
            Interval first = e.intervals().get(0);
            if (first.workDistance() != null && !first.workDistance().isZero() && first.workDuration() != null) {
                return Pace.of(first.workDistance(), first.workDuration());
            }
        }
        return e.pace().orElse(null);
    }

    static Pace paceOf(Prescription.Endurance rx) {
        return rx.target() instanceof PaceTarget.AtPace p ? p.pace() : null;
    }

    /** {@code fraction} faster, rounded to a pace people write (5 s per km or mile; 1 s per 500 m or 100 m). */
    static Pace faster(Pace pace, double fraction, Modality modality, UnitPreferences units) {
        double per = perUnitMetres(modality, units);
        double grid = modality.paceMetres() > 0 ? 1 : 5;
        double now = pace.secondsPerKilometre() * per / 1000;
        double target = Math.round(now * (1 - fraction) / grid) * grid;
        if (target >= now - 1e-6) {
            target = Math.floor((now - 1e-6) / grid) * grid;
        }
        return new Pace(Math.max(modality.fastestPlausiblePace().secondsPerKilometre(), target * 1000 / per));
    }

    /**
     * The pace rounded up to the grid people write paces on (5 s per km or mile, 1 s per 500 m or 100 m), so it is
     * never faster than {@code pace}: a ceiling of 4:43.4 /km is 4:45 /km.
     */
    static Pace slowerOnGrid(Pace pace, Modality modality, UnitPreferences units) {
        double per = perUnitMetres(modality, units);
        double grid = modality.paceMetres() > 0 ? 1 : 5;
        double now = pace.secondsPerKilometre() * per / 1000;
        return new Pace(Math.ceil(now / grid - 1e-9) * grid * 1000 / per);
    }

    private static double perUnitMetres(Modality modality, UnitPreferences units) {
        return modality.paceMetres() > 0 ? modality.paceMetres() : units.distance().metres();
    }

    /** {@code metres} rounded down to a tenth of the user's unit, but always longer than {@code from}. */
    static Distance roundDistance(Distance from, double metres, UnitPreferences units) {
        double unit = units.distance().metres();
        double tenths = Math.floor(metres / unit * 10 + 1e-9);
        double rounded = tenths * unit / 10;
        if (rounded <= from.metres() + 1e-6) {
            rounded = metres;
        }
        return Distance.metres(Math.min(rounded, Distance.MAX_METRES));
    }

    /**
     * The pace ceiling for the target's purpose, when the runner has a race or hard effort to set it; runs only.
     *
     * @param run true for a run, the only modality with a ceiling
     */
    record Ceiling(Pace pace, Pace rounded, BestEffort effort, String kind, boolean run) {

        static Ceiling of(Context c) {
            return c.ceiling();
        }

        static Ceiling compute(Context c) {
            Prescription.Endurance target = (Prescription.Endurance) c.target.prescription();
            if (target.modality() != Modality.RUN) {
                return new Ceiling(null, null, null, "", false);
            }
            SessionId progressed = c.last().map(PlannedSeries.Attempt::id).orElse(null);
            Optional<BestEffort> best = BestEffort.of(c.block, c.history, c.request.effortsFrom(), c.until(),
                    progressed);
            if (best.isEmpty()) {
                return new Ceiling(null, null, null, "", true);
            }
            Purpose purpose = c.target.planned().purpose();
            Pace pace = best.get().ceiling(purpose);
            String kind = purpose == Purpose.INTERVALS
                    || purpose == Purpose.HILLS ? "interval pace" : "threshold";
            return new Ceiling(pace, slowerOnGrid(pace, target.modality(), c.text.units()), best.get(), kind, true);
        }

        boolean exists() {
            return pace != null;
        }

        String describe(PrescriptionText text) {
            return "your " + kind + " " + text.units().format(rounded) + " (" + effort.describe(text) + ")";
        }

        /**
         * For a run at a pace with nothing to cap it: "; no race or hard effort (session RPE 8 or more) in the last
         * 8 weeks, so no pace ceiling". Empty otherwise.
         */
        String note(Prescription.Endurance rx) {
            return run && !exists() && paceOf(rx) != null ? "; " + NO_CEILING : "";
        }
    }

    /** What the reasons say when no race or hard effort sets a pace ceiling. */
    static final String NO_CEILING = "no race or hard effort (session RPE 8 or more) in the last 8 weeks, so no "
            + "pace ceiling";
}

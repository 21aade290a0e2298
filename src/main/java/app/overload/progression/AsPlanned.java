package app.overload.progression;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.overload.domain.ActivityEntry;
import app.overload.domain.BlockId;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Interval;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.Pace;
import app.overload.domain.PlannedSession;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TimedEntry;
import app.overload.domain.TrainingSession;

/**
 * A planned session as if it had been done exactly as prescribed: what a re-plan puts in the history for sessions
 * still to come, so the engine carries each series on from them with its own rules. Every set at its reps and load,
 * every run at its distance and pace; nothing a guard could read as a race or a hard effort (no session RPE).
 */
final class AsPlanned {

    /** A run, ride or swim prescribed without a pace or time is taken at this pace, only to give it a duration. */
    private static final Pace UNKNOWN_PACE = Pace.perKilometre(Duration.ofMinutes(6));
    /** Time a prescribed work set takes, rest included, only to give the session a duration. */
    private static final Duration PER_SET = Duration.ofMinutes(3);

    private AsPlanned() {
    }

    /** The id the re-plan gives the session standing in for {@code planned}: the same every time. */
    static SessionId idFor(PlannedSession planned) {
        return new SessionId(UUID.nameUUIDFromBytes(("as planned " + planned.id()).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * {@code planned} with {@code prescriptions}, done on {@code day}; null when none of them can be carried out
     * without the day deciding (an RPE target with no load yet).
     */
    static TrainingSession session(BlockId block, PlannedSession planned, List<Prescription> prescriptions,
            LocalDate day, MassUnit unit) {
        List<ActivityEntry> entries = new ArrayList<>();
        Duration time = Duration.ZERO;
        for (Prescription rx : prescriptions) {
            ActivityEntry entry = entry(rx, unit);
            if (entry != null) {
                entries.add(entry);
                time = time.plus(entry instanceof StrengthEntry s ? PER_SET.multipliedBy(s.sets().size())
                        : entry.duration());
            }
        }
        if (entries.isEmpty()) {
            return null;
        }
        Duration duration = time.compareTo(Duration.ofMinutes(10)) < 0 ? Duration.ofMinutes(10) : time;
        return new TrainingSession(idFor(planned), day.atTime(12, 0), duration, null, "", entries, block,
                planned.purpose(), planned.id());
    }

    private static ActivityEntry entry(Prescription rx, MassUnit unit) {
        try {
            if (rx instanceof Prescription.Strength s) {
                return strength(s, unit);
            }
            if (rx instanceof Prescription.Endurance e) {
                return endurance(e);
            }
            Prescription.Timed t = (Prescription.Timed) rx;
            return TimedEntry.of(t.activity(), t.duration(), t.effort());
        } catch (IllegalArgumentException e) {
            // A prescription the domain would not accept as logged (a pace nobody can run): nothing to stand in for.
            return null;
        }
    }

    private static StrengthEntry strength(Prescription.Strength rx, MassUnit unit) {
        List<StrengthSet> sets = new ArrayList<>();
        for (PrescribedSet set : rx.sets()) {
            Mass load = PrescribedLoads.of(set, rx.rule(), unit);
            if (load == null) {
                return null;
            }
            sets.add(new StrengthSet(set.reps(), load, null, null, set.kind(), false));
        }
        return new StrengthEntry(rx.exercise(), sets);
    }

    private static EnduranceEntry endurance(Prescription.Endurance rx) {
        Pace pace = EnduranceRule.paceOf(rx);
        Pace at = pace == null ? UNKNOWN_PACE : pace;
        if (!rx.intervals().isEmpty()) {
            List<Interval> done = new ArrayList<>();
            Duration total = Duration.ZERO;
            double metres = 0;
            for (Interval i : rx.intervals()) {
                Duration work = i.workDuration() != null ? i.workDuration() : at.timeFor(i.workDistance());
                Duration recovery = i.recoveryDuration() != null ? i.recoveryDuration()
                        : i.recoveryDistance() != null ? UNKNOWN_PACE.timeFor(i.recoveryDistance()) : Duration.ZERO;
                done.add(new Interval(i.repeats(), i.workDistance(), work, i.recoveryDistance(), recovery));
                total = total.plus(work.plus(recovery).multipliedBy(i.repeats()));
                metres += i.repeats() * ((i.workDistance() == null ? 0 : i.workDistance().metres())
                        + (i.recoveryDistance() == null ? 0 : i.recoveryDistance().metres()));
            }
            Distance distance = metres > 0 ? Distance.metres(metres) : null;
            return new EnduranceEntry(rx.modality(), distance, positive(total), null, null, done, "");
        }
        Distance distance = rx.distance() != null ? rx.distance()
                : pace != null ? pace.distanceIn(rx.duration()) : null;
        Duration duration = rx.duration() != null ? rx.duration() : at.timeFor(rx.distance());
        return EnduranceEntry.of(rx.modality(), distance, positive(duration));
    }

    private static Duration positive(Duration d) {
        return d.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : d;
    }
}

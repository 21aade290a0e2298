package app.overload.progression;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import app.overload.domain.CurrentLevel;
import app.overload.domain.Distance;
import app.overload.domain.Durations;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.PrescriptionText;
import app.overload.domain.Purpose;
import app.overload.domain.RaceLevel;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;

/**
 * The runner's best recent effort as a VDOT (Daniels), which sets the pace ceiling no suggested key session may beat
 * (TRAINING-RULES.md): the best race or hard effort of the last {@value #WINDOW_DAYS} days — a continuous run in a
 * session of race purpose or of session RPE {@value #HARD_RPE} or more — or the block's race level while the block
 * started within that window. Never the session being progressed: a tempo run is not a race, and a ceiling worked out
 * from it would slow down the very run it caps.
 *
 * @param session the run it came from, or null when it is the block's level
 * @param race    true for a race (race purpose, or the block's level), false for a hard effort by RPE
 */
record BestEffort(double vdot, Distance distance, Duration time, LocalDate date, SessionId session, boolean race) {

    /** TRAINING-RULES.md: the ceiling comes from the last 8 weeks. */
    static final int WINDOW_DAYS = 56;
    /** A session this hard or harder (session RPE) is an effort a VDOT can be read from. */
    static final double HARD_RPE = 8;
    /** Efforts shorter than this say little about threshold. */
    static final double MIN_METRES = 1_500;
    static final Duration MIN_TIME = Duration.ofMinutes(5);
    /** Above world-record level: a typing error, not an effort. */
    static final double MAX_VDOT = 85;

    /**
     * @param until   the history ends the day before
     * @param exclude the session being progressed, never its own ceiling; null when there is none
     */
    static Optional<BestEffort> of(TrainingBlock block, TrainingHistory history, LocalDate until, SessionId exclude) {
        return of(block, history, until.minusDays(WINDOW_DAYS), until, exclude);
    }

    /** The same over the days {@code from} to before {@code until}: a re-plan's window reaches back from today. */
    static Optional<BestEffort> of(TrainingBlock block, TrainingHistory history, LocalDate from, LocalDate until,
            SessionId exclude) {
        BestEffort best = null;
        if (!block.start().isBefore(from)) {
            for (CurrentLevel level : block.levels()) {
                if (level instanceof RaceLevel race && race.modality() == Modality.RUN) {
                    best = better(best, race.distance(), race.time(), null, null, true);
                }
            }
        }
        for (TrainingHistory.Logged<EnduranceEntry> run : history.endurance(Modality.RUN, from, until)) {
            EnduranceEntry e = run.entry();
            Session s = run.session();
            boolean race = s instanceof TrainingSession t && t.purpose() == Purpose.RACE;
            boolean hard = s.rpe() != null && s.rpe().value() >= HARD_RPE;
            if (e.intervals().isEmpty() && e.distance() != null && (race || hard) && !s.id().equals(exclude)) {
                best = better(best, e.distance(), e.duration(), run.date(), s.id(), race);
            }
        }
        return Optional.ofNullable(best);
    }

    private static BestEffort better(BestEffort best, Distance distance, Duration time, LocalDate date,
            SessionId session, boolean race) {
        if (distance.metres() < MIN_METRES || time.compareTo(MIN_TIME) < 0) {
            return best;
        }
        double vdot = RunningFormulas.vdot(distance, time);
        if (!Double.isFinite(vdot) || vdot <= 0 || vdot > MAX_VDOT || (best != null && best.vdot >= vdot)) {
            return best;
        }
        return new BestEffort(vdot, distance, time, date, session, race);
    }

    /** The fastest pace a key session of this purpose may be prescribed at: interval pace for intervals, threshold otherwise. */
    Pace ceiling(Purpose purpose) {
        return purpose == Purpose.INTERVALS || purpose == Purpose.HILLS ? RunningFormulas.Zone.INTERVAL.fastest(vdot)
                : RunningFormulas.thresholdCeiling(vdot);
    }

    /** "VDOT 47.5 from the race of 5.0 km in 20:50 on 3 Nov", "… the hard run …", or "… , the block's level". */
    String describe(PrescriptionText text) {
        String what = text.units().format(distance) + " in " + Durations.clock(time);
        if (date == null) {
            return "VDOT " + UnitPreferences.number(vdot, 1) + " from " + what + ", the block's level";
        }
        return "VDOT " + UnitPreferences.number(vdot, 1) + " from the " + (race ? "race" : "hard run") + " of " + what
                + " on " + PrescriptionText.dates(List.of(date));
    }
}

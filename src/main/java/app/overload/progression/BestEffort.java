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
import app.overload.domain.Purpose;
import app.overload.domain.RaceLevel;
import app.overload.domain.SessionId;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;

/**
 * The runner's best recent effort as a VDOT (Daniels): the best of the continuous runs of the last six weeks and
 * the block's race level. It sets the pace ceiling no suggested key session may beat.
 *
 * @param session the run it came from, or null when it is the block's level
 */
record BestEffort(double vdot, Distance distance, Duration time, LocalDate date, SessionId session) {

    /** Efforts shorter than this say little about threshold. */
    static final double MIN_METRES = 1_500;
    static final Duration MIN_TIME = Duration.ofMinutes(5);
    /** Above world-record level: a typing error, not an effort. */
    static final double MAX_VDOT = 85;

    static Optional<BestEffort> of(TrainingBlock block, TrainingHistory history, LocalDate from, LocalDate until) {
        BestEffort best = null;
        for (CurrentLevel level : block.levels()) {
            if (level instanceof RaceLevel race && race.modality() == Modality.RUN) {
                best = better(best, race.distance(), race.time(), null, null);
            }
        }
        for (TrainingHistory.Logged<EnduranceEntry> run : history.endurance(Modality.RUN, from, until)) {
            EnduranceEntry e = run.entry();
            if (e.intervals().isEmpty() && e.distance() != null) {
                best = better(best, e.distance(), e.duration(), run.date(), run.session().id());
            }
        }
        return Optional.ofNullable(best);
    }

    private static BestEffort better(BestEffort best, Distance distance, Duration time, LocalDate date,
            SessionId session) {
        if (distance.metres() < MIN_METRES || time.compareTo(MIN_TIME) < 0) {
            return best;
        }
        double vdot = RunningFormulas.vdot(distance, time);
        if (!Double.isFinite(vdot) || vdot <= 0 || vdot > MAX_VDOT || (best != null && best.vdot >= vdot)) {
            return best;
        }
        return new BestEffort(vdot, distance, time, date, session);
    }

    /** The fastest pace a key session of this purpose may be prescribed at: interval pace for intervals, threshold otherwise. */
    Pace ceiling(Purpose purpose) {
        return purpose == Purpose.INTERVALS || purpose == Purpose.HILLS ? RunningFormulas.Zone.INTERVAL.fastest(vdot)
                : RunningFormulas.thresholdCeiling(vdot);
    }

    /** "VDOT 47.5 from 5.0 km in 20:50 on 3 Nov" or "… , the block's level". */
    String describe(PrescriptionText text) {
        return "VDOT " + UnitPreferences.number(vdot, 1) + " from " + text.units().format(distance)
                + " in " + Durations.clock(time)
                + (date == null ? ", the block's level" : " on " + PrescriptionText.dates(List.of(date)));
    }
}

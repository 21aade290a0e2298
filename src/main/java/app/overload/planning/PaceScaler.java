package app.overload.planning;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import app.overload.domain.CurrentLevel;
import app.overload.domain.DistanceUnit;
import app.overload.domain.EnduranceGoal;
import app.overload.domain.Goal;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.PaceTarget;
import app.overload.domain.Prescription;
import app.overload.domain.Purpose;
import app.overload.domain.RaceLevel;
import app.overload.progression.RunningFormulas;

/**
 * Moves a template's paces from the template's reference race to this athlete's. For runs each pace keeps its
 * place relative to the middle of the training zone its purpose aims at (Daniels): a tempo run written at the reference
 * runner's threshold pace becomes this runner's threshold pace, intervals follow interval pace, easy and long runs
 * the easy zone. Other modalities scale by the Riegel prediction of the reference distance. The race itself is run
 * at the goal's pace. Paces are rounded to 5 s per kilometre or mile.
 */
final class PaceScaler {

    /** Seconds a suggested pace is rounded to, per the athlete's distance unit. */
    static final double ROUNDING_SECONDS = 5;

    private final List<CurrentLevel> reference;
    private final List<CurrentLevel> athlete;
    private final Goal goal;
    private final DistanceUnit unit;

    PaceScaler(List<CurrentLevel> reference, List<CurrentLevel> athlete, Goal goal, DistanceUnit unit) {
        this.reference = reference;
        this.athlete = athlete;
        this.goal = goal;
        this.unit = unit;
    }

    /** The share of VDOT a purpose's pace is anchored to: the middle of the Daniels zone the purpose aims at. */
    static double intensity(Purpose purpose) {
        RunningFormulas.Zone zone = switch (purpose) {
            case INTERVALS, HILLS -> RunningFormulas.Zone.INTERVAL;
            case EASY_AEROBIC, RECOVERY, LONG_RUN -> RunningFormulas.Zone.EASY;
            default -> RunningFormulas.Zone.THRESHOLD;
        };
        return (zone.low() + zone.high()) / 2;
    }

    private static Optional<RaceLevel> race(List<CurrentLevel> levels, Modality modality) {
        return levels.stream().filter(RaceLevel.class::isInstance).map(RaceLevel.class::cast)
                .filter(r -> r.modality() == modality).findFirst();
    }

    /** How much slower (above 1) or faster this athlete runs a pace of {@code purpose} than the reference runner. */
    Optional<Double> factor(Modality modality, Purpose purpose) {
        Optional<RaceLevel> ref = race(reference, modality);
        Optional<RaceLevel> mine = race(athlete, modality);
        if (ref.isEmpty() || mine.isEmpty()) {
            return Optional.empty();
        }
        if (modality == Modality.RUN) {
            double share = intensity(purpose);
            double refVdot = RunningFormulas.vdot(ref.get().distance(), ref.get().time());
            double myVdot = RunningFormulas.vdot(mine.get().distance(), mine.get().time());
            return Optional.of(RunningFormulas.paceAt(myVdot, share).secondsPerKilometre()
                    / RunningFormulas.paceAt(refVdot, share).secondsPerKilometre());
        }
        Duration predicted = RunningFormulas.riegel(mine.get().distance(), mine.get().time(), ref.get().distance());
        return Optional.of(predicted.toMillis() / (double) ref.get().time().toMillis());
    }

    Prescription.Endurance scale(Prescription.Endurance rx, Purpose purpose) {
        if (!(rx.target() instanceof PaceTarget.AtPace at)) {
            return rx;
        }
        Pace pace;
        Duration duration = rx.duration();
        if (purpose == Purpose.RACE && goal instanceof EnduranceGoal g && g.modality() == rx.modality()
                && rx.distance() != null && Math.abs(rx.distance().metres() - g.distance().metres())
                        <= 0.01 * g.distance().metres()) {
            pace = g.targetPace();
            duration = duration == null ? null : g.targetTime();
            return new Prescription.Endurance(rx.modality(), rx.distance(), duration, new PaceTarget.AtPace(pace),
                    rx.intervals(), rx.rule());
        }
        Optional<Double> factor = factor(rx.modality(), purpose);
        if (factor.isEmpty()) {
            return rx;
        }
        pace = rounded(new Pace(at.pace().secondsPerKilometre() * factor.get()));
        if (duration != null && rx.distance() != null) {
            duration = Duration.ofSeconds(pace.timeFor(rx.distance()).toSeconds());
        }
        return new Prescription.Endurance(rx.modality(), rx.distance(), duration, new PaceTarget.AtPace(pace),
                rx.intervals(), rx.rule());
    }

    /** To the nearest 5 s per kilometre or mile, as paces are read off a watch. */
    Pace rounded(Pace pace) {
        double perUnit = pace.secondsPer(unit);
        double rounded = Math.max(ROUNDING_SECONDS, Math.round(perUnit / ROUNDING_SECONDS) * ROUNDING_SECONDS);
        return new Pace(rounded * 1000 / unit.metres());
    }
}

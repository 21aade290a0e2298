package app.overload.sample;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Interval;
import app.overload.domain.Modality;
import app.overload.domain.Pace;

/** Simulated runs: the pace the athlete really holds, heart rate by effort, a little climbing. */
final class Running {

    /** Effort of a run, with the share of threshold pace it is run at and its typical heart rate. */
    enum Effort {
        EASY(1.25, 138), LONG(1.21, 144), GREY(1.09, 156), TEMPO(1.0, 165), INTERVAL(0.93, 171), RACE(1.0, 172);

        final double paceFactor;
        final int heartRate;

        Effort(double paceFactor, int heartRate) {
            this.paceFactor = paceFactor;
            this.heartRate = heartRate;
        }
    }

    /**
     * 5 km race pace as a share of threshold pace. Daniels' tables put it near 0.935 for VDOT 45–55, so a race and
     * the tempo runs of the same runner give the same VDOT.
     */
    static final double FIVE_K = 0.935;

    private final SampleContext context;

    Running(SampleContext context) {
        this.context = context;
    }

    /** Threshold pace on a day, seconds per km. */
    double threshold(LocalDate day) {
        return context.athlete.thresholdPace(day);
    }

    /** A continuous run of {@code distance} aimed at {@code target} seconds per km (faster targets are capped). */
    EnduranceEntry run(LocalDate day, Distance distance, double target, Effort effort) {
        Dice dice = context.dice;
        double limit = threshold(day) * (effort == Effort.INTERVAL ? 0.9 : effort == Effort.RACE ? 0.92 : 0.98);
        double actual = Math.max(target, limit) * dice.around(1, 0.015);
        Duration time = new Pace(actual).timeFor(distance).withNanos(0);
        int heartRate = (int) Math.round(dice.around(effort.heartRate, 0.025));
        Distance climb = Distance.metres(Math.round(dice.between(5, 18) * distance.kilometres()));
        return HeartRates.recorded(new EnduranceEntry(Modality.RUN, distance, time, heartRate, climb, List.of(), ""),
                false);
    }

    /** Warm-up, {@code reps} × {@code rep} at {@code target} with jog recoveries, cool-down. */
    EnduranceEntry intervals(LocalDate day, int reps, Distance rep, double target, Distance jog) {
        Dice dice = context.dice;
        double actual = Math.max(target, threshold(day) * 0.9) * dice.around(1, 0.01);
        Duration repTime = new Pace(actual).timeFor(rep).withNanos(0);
        Duration jogTime = new Pace(threshold(day) * 1.45).timeFor(jog).withNanos(0);
        Distance easy = Distance.kilometres(3.5);
        Duration easyTime = new Pace(threshold(day) * Effort.EASY.paceFactor).timeFor(easy).withNanos(0);
        Distance total = easy.plus(rep.times(reps)).plus(jog.times(reps));
        Duration time = easyTime.plus(repTime.multipliedBy(reps)).plus(jogTime.multipliedBy(reps));
        int heartRate = (int) Math.round(dice.around(Effort.INTERVAL.heartRate - 8, 0.02));
        return HeartRates.recorded(new EnduranceEntry(Modality.RUN, total, time, heartRate,
                Distance.metres(dice.between(10, 60)), List.of(new Interval(reps, rep, repTime, jog, jogTime)), ""),
                true);
    }
}

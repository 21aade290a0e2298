package app.overload.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;

import app.overload.domain.Distance;
import app.overload.domain.DistanceUnit;
import app.overload.domain.Pace;
import org.junit.jupiter.api.Test;

class RunningFormulasTest {

    @Test
    void vdotOfATwentyMinuteFiveK() {
        assertThat(RunningFormulas.vdot(Distance.kilometres(5), Duration.ofMinutes(20))).isCloseTo(49.8, within(0.05));
    }

    @Test
    void riegelPredictsTenKFromFiveK() {
        Duration tenK = RunningFormulas.riegel(Distance.kilometres(5), Duration.ofMinutes(25), Distance.kilometres(10));
        assertThat(tenK.toSeconds()).isEqualTo(52 * 60 + 7);
    }

    @Test
    void paceAtFullVdotRunsTheRaceAtItsRacingFraction() {
        double vdot = RunningFormulas.vdot(Distance.kilometres(5), Duration.ofMinutes(20));
        // A 20-minute race is run at about 95.3 % of VO2max, so that fraction gives back 4:00 /km.
        Pace race = RunningFormulas.paceAt(vdot, RunningFormulas.sustainableFraction(20));
        assertThat(race.secondsPerKilometre()).isCloseTo(240, within(0.5));
    }

    @Test
    void zonesGetFasterFromEasyToRepetition() {
        double vdot = 49.8;
        Pace easy = RunningFormulas.Zone.EASY.fastest(vdot);
        Pace threshold = RunningFormulas.Zone.THRESHOLD.fastest(vdot);
        Pace interval = RunningFormulas.Zone.INTERVAL.fastest(vdot);
        assertThat(threshold.isFasterThan(easy)).isTrue();
        assertThat(interval.isFasterThan(threshold)).isTrue();
        // Daniels' tables give about 4:15 /km threshold pace for VDOT 50.
        assertThat(RunningFormulas.thresholdCeiling(vdot).secondsPer(DistanceUnit.KM)).isBetween(250.0, 262.0);
    }
}

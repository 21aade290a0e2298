package app.overload.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A plan is held to the same pace limit as a logged session: what cannot be logged cannot be planned. */
class PlannedPaceTest {

    private static final ProgressionRule HOLD = new ProgressionRule.Hold();

    private static Prescription.Endurance atPace(Modality modality, double secondsPerKm) {
        return new Prescription.Endurance(modality, Distance.kilometres(5), null,
                new PaceTarget.AtPace(new Pace(secondsPerKm)), List.of(), HOLD);
    }

    @ParameterizedTest(name = "{0} at {1} s/km: logged {2}, planned {2}")
    @CsvSource(textBlock = """
            RUN,   60,  false
            RUN,   99,  false
            RUN,  100,  true
            RUN,  270,  true
            RIDE,  30,  false
            RIDE,  36,  true
            SWIM, 400,  false
            SWIM, 900,  true
            """)
    void theLoggedAndThePlannedLimitAreTheSame(Modality modality, double secondsPerKm, boolean accepted) {
        Duration tenKilometres = Duration.ofMillis(Math.round(secondsPerKm * 10_000));
        boolean logged = accepts(() -> EnduranceEntry.of(modality, Distance.kilometres(10), tenKilometres));
        boolean plannedPace = accepts(() -> atPace(modality, secondsPerKm));
        boolean plannedDistanceInTime = accepts(() -> new Prescription.Endurance(modality, Distance.kilometres(10),
                tenKilometres, null, List.of(), HOLD));
        boolean plannedInterval = accepts(() -> new Prescription.Endurance(modality, null, null, null,
                List.of(Interval.of(6, Distance.kilometres(10), tenKilometres)), HOLD));

        assertThat(List.of(logged, plannedPace, plannedDistanceInTime, plannedInterval)).containsOnly(accepted);
    }

    @Test
    void aPlannedMinuteKilometreRunSaysWhatToCheck() {
        assertThatThrownBy(() -> atPace(Modality.RUN, 60)).isInstanceOf(InvalidValueException.class)
                .hasMessage("A run at 1:00 /km is faster than anyone can go (limit 1:40 /km): check the pace.")
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("pace"));
    }

    private static boolean accepts(Runnable build) {
        try {
            build.run();
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }
}

package app.overload.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class StrengthSetTest {

    @Test
    void zeroRepsNeedAFailureADistanceOrATime() {
        assertThatThrownBy(() -> new StrengthSet(0, Mass.kilograms(40), null, null, SetKind.WORKING, false))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("Reps must be between 1");

        assertThat(new StrengthSet(0, Mass.kilograms(40), null, null, SetKind.WORKING, true).isLift()).isTrue();
        assertThat(StrengthSet.carry(Mass.kilograms(40), Distance.metres(40), null).reps()).isZero();
        assertThat(StrengthSet.carry(Mass.kilograms(20), null, Duration.ofSeconds(60)).failed()).isFalse();
    }

    @Test
    void aCarryIsNoLiftAndAddsNoVolume() {
        StrengthSet walk = StrengthSet.carry(Mass.kilograms(40), Distance.metres(40), null);

        assertThat(walk.isLift()).isFalse();
        assertThat(walk.volumeKilograms()).isZero();
        assertThat(walk.withRest(Duration.ofSeconds(90)).distance()).isEqualTo(Distance.metres(40));
        assertThat(StrengthSet.working(5, Mass.kilograms(100)).isLift()).isTrue();
    }

    @Test
    void aCarryNeedsSomethingToMeasureAndNothingOutOfRange() {
        assertThatThrownBy(() -> StrengthSet.carry(Mass.kilograms(40), null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("distance or a time");
        assertThatThrownBy(() -> StrengthSet.carry(Mass.kilograms(40), Distance.ZERO, null))
                .isInstanceOf(InvalidValueException.class).extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("distance");
        assertThatThrownBy(() -> StrengthSet.carry(Mass.kilograms(40), null, Duration.ofHours(25)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("at most 24 hours");
    }

    @Test
    void aLoadTooLargeToReadIsNamedInItsShortForm() {
        assertThatThrownBy(() -> Mass.kilograms(Double.MAX_VALUE)).isInstanceOf(InvalidValueException.class)
                .hasMessage("Load must be between 0 and 1,000 kg (was 1.8e308 kg).");
    }
}

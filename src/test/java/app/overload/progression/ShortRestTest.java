package app.overload.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShortRestTest {

    private static final ExerciseId SQUAT = ExerciseId.of("back-squat");

    private static StrengthSet set(int reps, double kg, Integer restSeconds, SetKind kind) {
        return new StrengthSet(reps, Mass.kilograms(kg), null, restSeconds == null ? null
                : Duration.ofSeconds(restSeconds), kind, false);
    }

    @ParameterizedTest(name = "{0} reps at {1} kg after {2} s ({3}) with e1RM 120 kg: flagged {4}")
    @CsvSource(textBlock = """
            5, 100, 60,  WORKING, true
            5, 100, 119, WORKING, true
            5, 100, 120, WORKING, false
            6, 96,  90,  WORKING, true
            7, 100, 60,  WORKING, false
            5, 90,  60,  WORKING, false
            5, 100, 60,  WARM_UP, false
            1, 110, 30,  AMRAP,   true
            """)
    void flagsHeavyLowRepSetsAfterLessThanTwoMinutes(int reps, double kg, int rest, SetKind kind, boolean flagged) {
        StrengthEntry entry = new StrengthEntry(SQUAT, List.of(set(3, 60, null, SetKind.WARM_UP),
                set(reps, kg, rest, kind)));

        assertThat(ShortRest.flags(entry, Mass.kilograms(120))).hasSize(flagged ? 1 : 0);
    }

    @Test
    void aSetWithoutTimedRestIsNeverFlagged() {
        StrengthEntry entry = new StrengthEntry(SQUAT, List.of(set(5, 100, null, SetKind.WORKING)));
        assertThat(ShortRest.flags(entry, Mass.kilograms(110))).isEmpty();
    }

    @Test
    void withoutHistoryTheSessionsOwnBestSetSetsTheMax() {
        // 5 × 100 kg gives an Epley e1RM of 116.7 kg; 95 kg is 81 % of it.
        StrengthEntry entry = new StrengthEntry(SQUAT, List.of(set(5, 100, null, SetKind.WORKING),
                set(5, 95, 45, SetKind.WORKING)));

        List<ShortRest.Flag> flags = ShortRest.flags(entry, null);

        assertThat(flags).singleElement().satisfies(f -> {
            assertThat(f.index()).isEqualTo(1);
            assertThat(f.fractionOfMax()).isBetween(0.81, 0.82);
        });
    }

    @Test
    void bodyWeightSetsGiveNoEstimate() {
        assertThat(ShortRest.bestEstimate(List.of(set(10, 0, 30, SetKind.WORKING)))).isEmpty();
    }
}

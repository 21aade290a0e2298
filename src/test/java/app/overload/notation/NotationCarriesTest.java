package app.overload.notation;

import static app.overload.notation.NotationGrammarTest.METRIC;
import static app.overload.notation.NotationGrammarTest.NOW;
import static app.overload.notation.NotationGrammarTest.entries;
import static app.overload.notation.NotationGrammarTest.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import app.overload.domain.UnitPreferences;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Carries and holds in the notation (docs/notation.md, "Carries and holds"): every form the history writes and the
 * forms people type, read by a user in kilograms and one in pounds and miles, written back in full; and the lines
 * refused, with the exact message.
 */
class NotationCarriesTest {

    static final NotationContext IMPERIAL = NotationContext.of(ShippedCatalogue.CATALOGUE, UnitPreferences.IMPERIAL,
            NOW);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Farmer's carry 40 kg × 40 m                          | Farmer's carry 40 kg × 40 m
            farmers walk 40 kg x 40 m                            | Farmer's carry 40 kg × 40 m
            Farmer's carry 3 sets of 40 kg × 40 m                | Farmer's carry 3 sets of 40 kg × 40 m
            Farmer's carry 100 kg × 20 m in 0:35                 | Farmer's carry 100 kg × 20 m in 0:35
            Farmer's carry body weight × 50 m                    | Farmer's carry bw × 50 m
            Plank 3 sets of 20 kg × 1:00                         | Plank 3 sets of 20 kg × 1:00
            Plank body weight × 1:00                             | Plank bw × 1:00
            Plank bw × 90 s                                      | Plank bw × 1:30
            Plank 3 x 1:00                                       | Plank 3 sets of bw × 1:00
            Plank 3x1:00 @ 10 kg                                 | Plank 3 sets of 10 kg × 1:00
            Farmer's carry 3 x 40 m @ 40 kg rpe 8                | Farmer's carry 3 sets of 40 kg × 40 m rpe 8
            Farmer's carry 2 sets of 40 kg × 40 m, 60 kg × 30 m  | Farmer's carry 2 sets of 40 kg × 40 m + 60 kg × 30 m
            Farmer's carry 40 kg × 40 m, 60 kg × 30 m @ RPE 9    | Farmer's carry 40 kg × 40 m rpe 9 + 60 kg × 30 m rpe 9
            Farmer's carry 2 sets of 40 kg × 40 m (1 failed)     | Farmer's carry 40 kg × 40 m + 40 kg × 40 m failed
            Farmer's carry 40 kg × 40 m (warm-up only)           | Farmer's carry w: 40 kg × 40 m
            Farmer's carry w: 20 kg × 40 m + 40 kg × 40 m rest 2:00 | Farmer's carry w: 20 kg × 40 m + 40 kg × 40 m rest 2:00
            Farmer's carry 40 kg × 40 m reps 10                  | Farmer's carry 40 kg × 40 m reps 10
            Back squat 1×5 @ 100 kg; 100 kg × 20 m in 0:35, 120 kg × 20 m | Back squat 1×5 @ 100 kg + 100 kg × 20 m in 0:35 + 120 kg × 20 m
            Back squat 5x5 @ 100 · Plank bw × 1:00               | Back squat 5×5 @ 100 kg · Plank bw × 1:00
            """)
    void readsCarriesAndHoldsInKilograms(String line, String written) {
        assertThat(entries(line, METRIC)).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Farmer's carry 88.2 lb × 44 yd                       | Farmer's carry 88.2 lb × 44 yd
            Farmer's carry 3 sets of 90 × 40 yd                  | Farmer's carry 3 sets of 90 lb × 40 yd
            Farmer's carry 40 kg × 40 m                          | Farmer's carry 88.2 lb × 43.745 yd
            Plank 45 lb × 1:00                                   | Plank 45 lb × 1:00
            Farmer's carry 3 x 50 yd @ 135                       | Farmer's carry 3 sets of 135 lb × 50 yd
            """)
    void readsCarriesInPoundsAndYards(String line, String written) {
        assertThat(entries(line, IMPERIAL)).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Farmer's carry 3 sets of                | `of` — a carry or a hold after 3 sets of, e.g. 3 sets of 40 kg × 40 m or 3 sets of 20 kg × 1:00
            Farmer's carry 40 x 40 m                | `40 x 40 m` — 40 sets? For 40 kg × 40 m write 40 kg x 40 m; for 40 sets give the load, e.g. 40 x 40 m @ 20 kg or bw
            Farmer's carry 40 kg × 40 m reps        | `reps` — the reps of each carry after reps, e.g. reps 10
            Farmer's carry 300 x 40 m @ 40 kg       | `300` — sets from 1 to 200
            run 6 x 800 m @ 3:15 · 4 x 400 m        | `4` — an exercise or an activity first, e.g. Back squat 5x5 @ 100 or run 8 km in 40:12
            Farmer's carry 40 kg × 40 m, foo        | `foo` — sets such as 5x5 @ 100, reps such as 5, 5, 4 @ 100, load × reps such as 100x5, 105x3, or a carry such as 40 kg x 40 m
            """)
    void refusesCarriesWithWhatWasExpected(String line, String message) {
        assertThat(refusal(line, METRIC)).isEqualTo(message);
    }
}

package app.overload.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Junk never breaks the parser: every text, however mangled, reads as sessions or as problems that point inside
 * the text and say something.
 */
class NotationJunkTest {

    private static final List<String> PIECES = List.of("Back squat", "run", "yoga", "5", "x", "×", "@", "100", "kg",
            "lb", ",", "+", "·", ";", "|", ":", "w:", "rpe", "rest", "3:00", "1:30:00", "km", "m", "mi", "in", "hr",
            "elev", "(", ")", "(1 failed)", "(body weight)", "bw", "#", "\"", "2026-11-20", "today", "training",
            "workout", "\"Linear\"", "easy", "for", "/km", "/", "km/h", "mph", "0", "99999999999999999999", "0.5",
            ".", "-", "\n", "\n\n", " ", "\t", "é", "🏋", "\u0000", "%", "min", "s", "h", "failed", "amrap", "long run",
            "999:59:59", "0:00", "1e9", "200x", "x5");
    private static final List<String> VALID = List.of(
            "Back squat 5x5 @ 100 · Bench press 3x8 @ 60 rpe 8",
            "2026-11-20 18:00 workout \"spin class\" for 50 min rpe 7: spin 45 min # felt good",
            "run 6 x 800 m @ 3:15 rest 90 s, 8 km in 40:00, 5:00 /km",
            "Back squat w: 20x10, 40x5 + 5x5 @ 100 rest 3:00 · Deadlift 100x5, 140x3, 180x1 lb",
            "bike 1:30:00 42 km hr 142 elev 800 m · yoga 20 min @ RPE 4");

    private static void readsWithoutBreaking(String text) {
        List<Reading> readings = NotationParser.read(text, NotationGrammarTest.METRIC);
        for (Reading r : readings) {
            assertThat(r.start()).isBetween(0, text.length());
            assertThat(r.end()).isBetween(r.start(), text.length());
            if (r instanceof Reading.Refused refused) {
                Problem p = refused.problem();
                assertThat(p.message()).as(text).isNotBlank();
                assertThat(p.start()).as(text).isBetween(0, text.length());
                assertThat(p.end()).as(text).isBetween(p.start(), text.length());
                assertThat(p.line()).isPositive();
                assertThat(p.column()).isPositive();
            }
        }
    }

    @Test
    void piecesOfTheNotationInAnyOrderNeverBreakTheParser() {
        qt().withExamples(5000).withFixedSeed(20261206L).forAll(longs().all(), integers().between(0, 25))
                .checkAssert((seed, length) -> {
                    Random random = new Random(seed);
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < length; i++) {
                        text.append(PIECES.get(random.nextInt(PIECES.size())));
                        if (random.nextBoolean()) {
                            text.append(' ');
                        }
                    }
                    readsWithoutBreaking(text.toString());
                });
    }

    @Test
    void validLinesWithCharactersDroppedOrAddedNeverBreakTheParser() {
        qt().withExamples(5000).withFixedSeed(20261207L).forAll(longs().all(), integers().between(1, 6))
                .checkAssert((seed, edits) -> {
                    Random random = new Random(seed);
                    StringBuilder text = new StringBuilder(VALID.get(random.nextInt(VALID.size())));
                    for (int i = 0; i < edits && text.length() > 0; i++) {
                        int at = random.nextInt(text.length());
                        if (random.nextBoolean()) {
                            text.deleteCharAt(at);
                        } else {
                            text.insert(at, "x@,·:#\"()0123456789 -/+\n".charAt(random.nextInt(24)));
                        }
                    }
                    readsWithoutBreaking(text.toString());
                });
    }
}

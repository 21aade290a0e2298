package app.overload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One field for every form: the text stays as typed (a draft brings back exactly that), parsing reads it without
 * the spaces around it, and spaces alone are blank, an entry left out, in the log form and the blocks forms alike.
 */
class FieldTest {

    @ParameterizedTest(name = "[{0}] is blank: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""       | ""     | true
            "   "    | ""     | true
            "\t"     | ""     | true
            " 5 "    | 5      | false
            100 kg   | 100 kg | false
            " Base " | Base   | false
            """)
    void keepsWhatWasTypedAndReadsItWithoutSurroundingSpaces(String typed, String value, boolean blank) {
        Field field = new Field();
        field.set(typed.replace("\\t", "\t"));

        assertThat(field.text()).isEqualTo(typed.replace("\\t", "\t"));
        assertThat(field.value()).isEqualTo(value);
        assertThat(field.isBlank()).isEqualTo(blank);
    }

    @ParameterizedTest(name = "set({0}) reads as empty")
    @CsvSource(nullValues = "null", textBlock = """
            null
            ''
            """)
    void nothingSetReadsAsEmptyAndBlank(String typed) {
        Field field = new Field();
        field.set(typed);

        assertThat(field.text()).isEmpty();
        assertThat(field.value()).isEmpty();
        assertThat(field.isBlank()).isTrue();
    }

    @Test
    void tellsTheFormOfEveryChangeAndKeepsItsMessageUntilCleared() {
        AtomicInteger changes = new AtomicInteger();
        Field field = new Field(changes::incrementAndGet);

        field.set("12");
        field.set("12 ");
        field.setError("Reps must be a whole number.");

        assertThat(changes).hasValue(2);
        assertThat(field.error()).isEqualTo("Reps must be a whole number.");
        field.setError(null);
        assertThat(field.error()).isEmpty();
    }
}

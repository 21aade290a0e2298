package app.overload.exchange.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import app.overload.exchange.fit.FitSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MultisportLegsTest {

    /** Sports by their FIT numbers: 1 running, 2 cycling, 3 transition, 5 swimming, 11 walking, 10 training. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            5 3 2 3 1 | Triathlon — swim leg; Triathlon — transition 1; Triathlon — bike leg; Triathlon — transition 2; Triathlon — run leg
            5 2 1     | Triathlon — swim leg; Triathlon — bike leg; Triathlon — run leg
            1 3 2 3 1 | Duathlon — run leg 1; Duathlon — transition 1; Duathlon — bike leg; Duathlon — transition 2; Duathlon — run leg 2
            5 3 1     | Aquathlon — swim leg; Aquathlon — transition 1; Aquathlon — run leg
            2 1       | Multisport — bike leg; Multisport — run leg
            11 10     | Multisport — walk leg; Multisport — other leg
            """)
    void legsAreNamedForTheEventTheirOrderMakes(String sports, String names) {
        List<FitSession> sessions = Arrays.stream(sports.split(" ")).map(s -> new FitSession(null, null,
                Integer.valueOf(s), null, null, null, null, null, null, null, null, null, null, null, null, null))
                .toList();

        assertThat(MultisportLegs.names(sessions)).containsExactly(names.split("; "));
    }
}

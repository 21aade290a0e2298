package app.overload.exchange.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import app.overload.domain.MassUnit;
import app.overload.domain.Session;
import app.overload.store.Logbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Strong's exports as people have them: the older semicolon layout with a unit on every row, the newer comma layout
 * without, and each with the other separator, from kilogram and pound lifters. Each is imported without a unit
 * and the numbers stored are compared with what was lifted.
 */
class StrongLayoutsTest {

    private static final double LB = 0.45359237;

    @TempDir
    Path folder;

    private List<Session> imported(String... fixtures) {
        try (Logbook logbook = Logbook.open(folder.resolve("log.db"))) {
            return Stored.importing(logbook, Fixtures.OPTIONS, fixtures);
        }
    }

    @Test
    void aKilogramExportInTheNewerCommaLayoutIsStoredAsLifted() {
        ParsedHistory parsed = Fixtures.read("strong-2024-kg.csv");
        assertThat(parsed.needsUnit()).isFalse();
        assertThat(parsed.unitNote()).startsWith("Weights read as kilograms and distances as km, told from the loads:"
                + " 62.5 on line 3 takes 1.25 kg plates (pound loads move by 5); 20 on a barbell (line 2) is the"
                + " empty 20 kg bar, and 4 more loads like them.");

        List<Session> stored = imported("strong-2024-kg.csv");

        assertThat(stored).hasSize(2);
        assertThat(Stored.entries(stored.get(0))).containsExactly(
                "bench-press: warm-up 10 × 20 kg, 5 × 62.5 kg, 5 × 62.5 kg, 4 × 62.5 kg",
                "barbell-row: 8 × 52.5 kg, 8 × 52.5 kg",
                "incline-bench-press-dumbbell: 10 × 22 kg, 8 × 24 kg");
        assertThat(Stored.entries(stored.get(1))).containsExactly(
                "back-squat: warm-up 8 × 20 kg, 5 × 82.5 kg, 5 × 82.5 kg, 5 × 82.5 kg",
                "romanian-deadlift: 8 × 70 kg",
                "goblet-squat: 12 × 16 kg",
                "Plank for 60 s");
    }

    @Test
    void aPoundExportInTheNewerCommaLayoutIsToldByStrongsConversionNoise() {
        ParsedHistory parsed = Fixtures.read("strong-2024-lb.csv");
        assertThat(parsed.unitNote()).startsWith("Weights read as pounds and distances as miles, told from the loads:"
                + " 37.49999999999999 on line 6 is 37.5 lb saved as kilograms and converted back, and 1 more load"
                + " like it.");

        List<Session> stored = imported("strong-2024-lb.csv");

        assertThat(Stored.entries(stored.get(0))).containsExactly(
                "bench-press: warm-up 10 × " + Stored.number(45 * LB) + " kg, 8 × " + Stored.number(115 * LB)
                        + " kg, 8 × " + Stored.number(115 * LB) + " kg, 7 × " + Stored.number(115 * LB) + " kg",
                "incline-bench-press-dumbbell: 10 × " + Stored.number(37.5 * LB) + " kg, 9 × "
                        + Stored.number(37.5 * LB) + " kg",
                "lateral-raise-dumbbell: 12 × " + Stored.number(15 * LB) + " kg");
        assertThat(Stored.entries(stored.get(1))).containsExactly(
                "deadlift: 5 × " + Stored.number(185 * LB) + " kg, 5 × " + Stored.number(185 * LB) + " kg",
                "barbell-row: 8 × " + Stored.number(95 * LB) + " kg",
                "cable-row: 10 × " + Stored.number(75 * LB) + " kg",
                "run " + Stored.number(1.5 * 1609.344) + " m in 900 s");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            strong-2019-kg.csv           | deadlift: 5 × 100 kg, 5 × 100 kg, 3 × 105 kg               | run 5000 m in 1500 s
            strong-2019-lb.csv           | back-squat: 5 × 102.058 kg, 5 × 102.058 kg                 | run 4988.966 m in 1560 s
            strong-2019-comma-lb.csv     | overhead-press: 5 × 43.091 kg, 5 × 45.359 kg               |
            strong-2024-semicolon-kg.csv | bench-press: 5 × 82.5 kg, 3 × 83.75 kg                     | overhead-press: 5 × 41.25 kg
            """)
    void eachLayoutWithEitherSeparatorIsStoredInKilogramsAndMetres(String file, String first, String second) {
        List<Session> stored = imported(file);

        assertThat(stored).singleElement().satisfies(s -> assertThat(Stored.entries(s))
                .containsExactlyElementsOf(second == null ? List.of(first) : List.of(first, second)));
    }

    @Test
    void unitsOnEveryRowNeedNoWordAboutTheUnit() {
        for (String file : List.of("strong-2019-kg.csv", "strong-2019-lb.csv", "strong-2019-comma-lb.csv")) {
            assertThat(Fixtures.read(file).unitNote()).as(file).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            strong-untold.csv    | its loads do not tell: every one of them is a load a lifter can put on a bar in kilograms and in pounds alike
            strong-both-ways.csv | its loads point both ways (62.50000000000001 on line 3 is 62.5 kg saved as pounds and converted back; 37.49999999999999 on line 2 is 37.5 lb saved as kilograms and converted back)
            """)
    void refusesToGuessAndStoresNothingUntilTheUnitIsChosen(String file, String why) {
        ParsedHistory parsed = Fixtures.read(file);
        assertThat(parsed.needsUnit()).isTrue();
        assertThat(parsed.unitNote()).isEqualTo("The file does not say whether its weights are kilograms or pounds"
                + " (and its distances km or miles), and " + why + ". Choose the unit.");

        try (Logbook logbook = Logbook.open(folder.resolve("log.db"))) {
            ImportPlan plan = new HistoryImporter(Fixtures.OPTIONS).preview(List.of(Fixtures.path(file)), logbook,
                    ImportProgress.NONE);
            assertThat(plan.sessionsToAdd()).isEmpty();
            assertThat(plan.totals().sessions()).isZero();
            ImportResult refused = plan.apply(logbook, true);

            assertThat(refused.written()).isFalse();
            assertThat(refused.message()).isEqualTo(Path.of(file).getFileName() + " does not say whether its weights"
                    + " are kilograms or pounds, and the loads do not tell. Choose the unit. Nothing was imported.");
            assertThat(logbook.sessions().count()).isZero();
        }
    }

    @Test
    void theUnitChosenIsWhatIsStoredAndAChoiceAgainstTheLoadsIsNamed() {
        try (Logbook logbook = Logbook.open(folder.resolve("log.db"))) {
            List<Session> stored = Stored.importing(logbook, Fixtures.OPTIONS.withUnit(MassUnit.LB),
                    "strong-untold.csv");

            assertThat(Stored.entries(stored.get(0))).containsExactly(
                    "back-squat: 5 × 27.216 kg, 5 × 36.287 kg, 5 × 45.359 kg", "biceps-curl: 12 × 4.536 kg");
        }
        assertThat(Fixtures.read("strong-2024-kg.csv", Fixtures.OPTIONS.withUnit(MassUnit.LB)).unitNote())
                .startsWith("Weights read as pounds and distances as miles, as chosen. The loads point to kilograms"
                        + " instead: 62.5 on line 3 takes 1.25 kg plates");
    }
}

package app.overload.exchange.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import app.overload.domain.EnduranceEntry;
import app.overload.domain.MassUnit;
import app.overload.domain.Modality;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TimedEntry;
import app.overload.domain.Workout;
import org.junit.jupiter.api.Test;

class StrongCsvTest {

    @Test
    void readsTheCommaLayoutWithItsTotals() {
        ParsedHistory parsed = Fixtures.read("strong-comma.csv");

        assertThat(parsed.format()).isEqualTo(HistoryFormat.STRONG_CSV);
        assertThat(parsed.problems()).isEmpty();
        ImportTotals totals = ImportTotals.of(parsed.workouts());
        assertThat(totals.sessions()).isEqualTo(3);
        assertThat(totals.sets()).isEqualTo(12);
        assertThat(totals.volumeKilograms()).isCloseTo(3397.5, within(1e-6));
        assertThat(totals.distanceMetres()).isCloseTo(5200, within(1e-6));
    }

    @Test
    void tellsKilogramsFromLoadsOnlyKilogramPlatesMakeAndSaysWhichLoads() {
        ParsedHistory parsed = Fixtures.read("strong-comma.csv");

        assertThat(parsed.needsUnit()).isFalse();
        assertThat(parsed.unitNote()).startsWith("Weights read as kilograms and distances as km, told from the loads:"
                + " 62.5 on line 3 takes 1.25 kg plates").contains("and 3 more loads like it");
    }

    @Test
    void readsTheSameFileAsPoundsWhenTheUserSaysSo() {
        ParsedHistory parsed = Fixtures.read("strong-comma.csv", Fixtures.OPTIONS.withUnit(MassUnit.LB));

        assertThat(ImportTotals.of(parsed.workouts()).volumeKilograms()).isCloseTo(3397.5 * 0.45359237,
                within(1e-6));
        assertThat(ImportTotals.of(parsed.workouts()).distanceMetres()).isCloseTo(5.2 * 1609.344, within(1e-6));
        assertThat(parsed.unitNote()).contains("pounds").contains("as chosen");
    }

    @Test
    void mapsSetOrderLettersAndUsesRestTimerRowsAsTheNextSetsRest() {
        Workout push = Fixtures.read("strong-comma.csv").workouts().get(0);
        StrengthEntry bench = (StrengthEntry) push.entries().get(0);

        assertThat(bench.sets()).extracting(StrengthSet::kind)
                .containsExactly(SetKind.WARM_UP, SetKind.WORKING, SetKind.WORKING, SetKind.DROP);
        assertThat(bench.sets().get(2).restBefore()).isEqualTo(Duration.ofSeconds(150));
        assertThat(bench.sets().get(2).rpe().value()).isEqualTo(8.5);
        assertThat(bench.notes()).isEqualTo("Paused reps,\nslow down");
        StrengthEntry press = (StrengthEntry) push.entries().get(1);
        assertThat(press.sets().get(1).kind()).isEqualTo(SetKind.AMRAP);
        assertThat(push.notes()).isEqualTo("Felt strong, slept well");
        assertThat(push.label()).isEqualTo("Push Day");
        assertThat(push.duration()).isEqualTo(Duration.ofMinutes(65));
    }

    @Test
    void readsTwelveHourTimesWithNarrowSpacesAndDurationsInHoursAndMinutes() {
        Workout legs = Fixtures.read("strong-comma.csv").workouts().get(1);

        assertThat(legs.start()).isEqualTo(LocalDateTime.of(2024, 3, 6, 7, 15));
        assertThat(legs.duration()).isEqualTo(Duration.ofHours(2).plusMinutes(38));
    }

    @Test
    void turnsRowsWithTimeOrDistanceButNoLoadIntoTimedAndEnduranceEntries() {
        Workout legs = Fixtures.read("strong-comma.csv").workouts().get(1);

        assertThat(legs.entries().get(1)).isEqualTo(TimedEntry.of("Plank", Duration.ofSeconds(60), null));
        EnduranceEntry run = (EnduranceEntry) legs.entries().get(2);
        assertThat(run.modality()).isEqualTo(Modality.RUN);
        assertThat(run.duration()).isEqualTo(Duration.ofMinutes(28));
    }

    @Test
    void readsTheSemicolonLayoutWithGermanHeadersDecimalCommasAndUnitsPerRow() {
        ParsedHistory parsed = Fixtures.read("strong-semicolon-de.csv");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.unitNote()).isEmpty();
        ImportTotals totals = ImportTotals.of(parsed.workouts());
        assertThat(totals.sessions()).isEqualTo(1);
        assertThat(totals.sets()).isEqualTo(3);
        assertThat(totals.volumeKilograms()).isCloseTo(805 + 225 * 0.45359237 * 3, within(1e-6));
        assertThat(totals.distanceMetres()).isCloseTo(2000, within(1e-6));
        Workout w = parsed.workouts().get(0);
        assertThat(w.duration()).isEqualTo(Duration.ofHours(1));
        assertThat(w.notes()).isEqualTo("Guter Tag");
        StrengthEntry deadlift = (StrengthEntry) w.entries().get(1);
        assertThat(deadlift.sets().get(0).restBefore()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void reportsEachBadRowWithItsLineAndKeepsTheRest() {
        ParsedHistory parsed = Fixtures.read("strong-bad-rows.csv");

        assertThat(parsed.problems()).extracting(Problem::position).containsExactly("line 3", "line 4");
        assertThat(parsed.problems().get(0).reason()).contains("Weight is not a number").contains("sixty");
        assertThat(parsed.problems().get(1).reason()).contains("yesterday");
        assertThat(ImportTotals.of(parsed.workouts()).sets()).isEqualTo(2);
    }

    @Test
    void recognisesTranslatedHeaders() {
        for (List<String> header : List.of(
                List.of("Datum", "Trainingsname", "Dauer", "Übungsname", "Satzreihenfolge", "Gewicht", "Wiederholungen"),
                List.of("Date", "Nom de l'entraînement", "Durée", "Nom de l'exercice", "Ordre des séries", "Poids",
                        "Répétitions"),
                List.of("Fecha", "Nombre del entrenamiento", "Duración", "Nombre del ejercicio", "Orden de la serie",
                        "Peso", "Repeticiones"),
                List.of("Data", "Nome allenamento", "Durata", "Nome esercizio", "Ordine serie", "Peso",
                        "Ripetizioni"),
                List.of("Data", "Nome do treino", "Duração", "Nome do exercício", "Ordem da série", "Peso",
                        "Repetições"))) {
            assertThat(StrongCsvParser.looksLikeHeader(header)).as(header.toString()).isTrue();
        }
    }
}

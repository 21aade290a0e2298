package app.overload.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;

import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.Session;
import app.overload.domain.StrengthEntry;
import app.overload.domain.TrainingBlock;
import app.overload.store.Logbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing a block file says is changed without a word: each change the reader makes comes with a warning, and what
 * it cannot take is refused at its place. Each case is a small file, imported, with the stored values checked.
 */
class SilentChangesTest {

    /** A one-week block whose goal is its first day, with one exercise the catalogue lacks and one session. */
    static final String SMALL = """
            {
              "format": "overload-block",
              "version": "1.1",
              "units": {"mass": "kg", "distance": "km"},
              "block": {
                "id": "5b1e0a52-8d4e-4f0b-9a3c-2f6d7e8a9b01",
                "name": "Sled week",
                "goal": {"kind": "strength", "exercise": "sled-push", "loadKg": 120, "reps": 5},
                "start": "2027-03-01",
                "goalDate": "2027-03-01",
                "weeks": 1,
                "deloadWeeks": [1],
                "notes": "One hard week."
              },
              "exercises": [
                {"key": "sled-push", "name": "Sled push", "pattern": "carry", "region": "full", "incrementKg": 10, "defaultRestS": 120}
              ],
              "plan": [
                {
                  "id": "5b1e0a52-8d4e-4f0b-9a3c-2f6d7e8a9b11",
                  "week": 1,
                  "day": "monday",
                  "purpose": "heavy-strength",
                  "title": "Push",
                  "prescriptions": [
                    {
                      "kind": "strength",
                      "exercise": "sled-push",
                      "sets": [{"setKind": "working", "reps": 5, "loadKg": 100}],
                      "rule": {"kind": "hold"}
                    },
                    {"kind": "endurance", "modality": "run", "distanceM": 2000, "paceSPerKm": 300, "rule": {"kind": "hold"}}
                  ]
                }
              ],
              "sessions": [
                {
                  "id": "5b1e0a52-8d4e-4f0b-9a3c-2f6d7e8a9b21",
                  "start": "2027-03-01T18:00:00",
                  "durationS": 1800,
                  "purpose": "heavy-strength",
                  "plannedSession": "5b1e0a52-8d4e-4f0b-9a3c-2f6d7e8a9b11",
                  "entries": [
                    {"kind": "strength", "exercise": "sled-push", "sets": [{"setKind": "working", "reps": 5, "loadKg": 100, "restS": 90}]}
                  ]
                }
              ]
            }
            """;

    @TempDir
    Path folder;

    private static BlockFile read(String json) {
        return new BlockFileReader().parse(json.getBytes(StandardCharsets.UTF_8), "small.json");
    }

    private static BlockFileException refused(String json) {
        return catchThrowableOfType(BlockFileException.class, () -> read(json));
    }

    private static List<String> warnings(BlockFile file) {
        return file.warnings().stream().map(FileWarning::describe).toList();
    }

    /** Imports into a fresh logbook and gives it back, open, to look at what was stored. */
    private Logbook imported(BlockFile file) {
        Logbook logbook = Logbook.open(folder.resolve("logbook.db"));
        BlockImporter importer = new BlockImporter(logbook);
        importer.apply(importer.preview(file));
        return logbook;
    }

    @Test
    void theSmallFileReadsAsItIsWithoutWarnings() {
        BlockFile file = read(SMALL);

        assertThat(file.warnings()).isEmpty();
        try (Logbook logbook = imported(file)) {
            TrainingBlock block = logbook.blocks().findByName("Sled week").orElseThrow();
            assertThat(block.weeks()).isEqualTo(1);
            assertThat(block.goalDate()).isEqualTo(LocalDate.of(2027, 3, 1)).isEqualTo(block.start());
        }
    }

    @Test
    void spacesAroundAnExerciseNameAreRemovedWithAWarning() {
        BlockFile file = read(Damage.of(SMALL).set("/exercises/0/name", "Sled push ").json());

        assertThat(warnings(file)).singleElement().asString()
                .startsWith("$.exercises[0].name (line ").endsWith("The spaces around \"Sled push\" were removed.");
        try (Logbook logbook = imported(file)) {
            Exercise stored = logbook.exercises().find(ExerciseId.of("sled-push")).orElseThrow();
            assertThat(stored.name()).isEqualTo("Sled push");
        }
    }

    @Test
    void spacesAroundTheBlockNameAndATitleAreReportedToo() {
        BlockFile file = read(Damage.of(SMALL).set("/block/name", "  Sled week").set("/plan/0/title", "Push\t")
                .json());

        assertThat(warnings(file)).hasSize(2).anyMatch(w -> w.startsWith("$.block.name"))
                .anyMatch(w -> w.startsWith("$.plan[0].title"));
        assertThat(file.contents().block().name()).isEqualTo("Sled week");
        assertThat(file.contents().block().plan().get(0).title()).isEqualTo("Push");
    }

    @Test
    void nullIsRefusedAtItsPlaceAndNothingIsWritten() {
        BlockFileException e = refused(SMALL.replace("\"notes\": \"One hard week.\"", "\"notes\": null"));

        assertThat(e.place().path()).isEqualTo("$.block.notes");
        assertThat(e.place().line()).isEqualTo(13);
        assertThat(e.reason()).isEqualTo("null is not a value in a block file; leave the field out when it has no "
                + "value.");
        assertThat(BlockSchema.violations(SMALL.replace("\"notes\": \"One hard week.\"", "\"notes\": null")))
                .isNotEmpty();
    }

    @Test
    void aNullInsideAnUnknownFieldIsOnlyTheUnknownFieldsWarning() {
        BlockFile file = read(Damage.of(SMALL).setJson("/block/colour", "{\"shade\": null}").json());

        assertThat(warnings(file)).singleElement().asString().contains("Unknown field \"colour\" was ignored.");
    }

    @Test
    void aPlannedOneMinuteKilometreIsRefusedAsALoggedOneIs() {
        BlockFileException planned = refused(Damage.of(SMALL).set("/plan/0/prescriptions/1/paceSPerKm", 60).json());

        assertThat(planned.place().path()).isEqualTo("$.plan[0].prescriptions[1].paceSPerKm");
        assertThat(planned.reason()).isEqualTo("A run at 1:00 /km is faster than anyone can go (limit 1:40 /km): "
                + "check the pace.");

        BlockFileException logged = refused(Damage.of(SMALL).setJson("/sessions/0/entries/0", "{\"kind\": "
                + "\"endurance\", \"modality\": \"run\", \"distanceM\": 2000, \"durationS\": 120}").json());
        assertThat(logged.reason()).startsWith("A run at 1:00 /km is faster than anyone can go (limit 1:40 /km)");
    }

    @Test
    void aPlannedDistanceInATimeTooFastIsRefusedAtTheDistance() {
        BlockFileException e = refused(Damage.of(SMALL).remove("/plan/0/prescriptions/1/paceSPerKm")
                .set("/plan/0/prescriptions/1/durationS", 100).json());

        assertThat(e.place().path()).isEqualTo("$.plan[0].prescriptions[1].distanceM");
        assertThat(e.reason()).contains("faster than anyone can go");
    }

    @Test
    void aTimeFinerThanAMillisecondIsRoundedWithAWarning() {
        BlockFile file = read(Damage.of(SMALL).set("/sessions/0/entries/0/sets/0/restS", 90.0004).json());

        assertThat(warnings(file)).singleElement().asString().contains("$.sessions[0].entries[0].sets[0].restS")
                .endsWith("Times are kept to the millisecond; 90.0004 s was read as 90.0 s.");
        try (Logbook logbook = imported(file)) {
            Session stored = logbook.sessions().inBlock(file.contents().block().id()).get(0);
            var set = ((StrengthEntry) stored.entries().get(0)).sets().get(0);
            assertThat(set.restBefore()).isEqualTo(Duration.ofSeconds(90));
        }
    }

    @Test
    void aStartWithFractionsOfASecondIsKeptToTheSecondWithAWarning() {
        BlockFile file = read(Damage.of(SMALL).set("/sessions/0/start", "2027-03-01T18:00:00.750").json());

        assertThat(warnings(file)).singleElement().asString()
                .endsWith("Session starts are kept to the second; 2027-03-01T18:00:00.750 was read as 2027-03-01T18:00.");
        try (Logbook logbook = imported(file)) {
            assertThat(logbook.sessions().inBlock(file.contents().block().id()).get(0).start())
                    .isEqualTo(LocalDateTime.of(2027, 3, 1, 18, 0));
        }
    }

    @Test
    void aWeekListedTwiceCountsOnceWithAWarning() {
        BlockFile file = read(Damage.of(SMALL).setJson("/block/deloadWeeks", "[1, 1]").json());

        assertThat(warnings(file)).singleElement().asString().startsWith("$.block.deloadWeeks[1]")
                .endsWith("Week 1 is listed twice; it counts once.");
        assertThat(file.contents().block().deloadWeeks()).containsExactly(1);
    }

    private static final Pattern LONG_NUMBER = Pattern.compile("[0-9][0-9,.]{20,}");

    /** An absurd number is refused with a message a person can read, never hundreds of digits. */
    @ParameterizedTest
    @ValueSource(strings = {"/block/goal/loadKg", "/exercises/0/incrementKg", "/plan/0/prescriptions/0/sets/0/loadKg",
            "/plan/0/prescriptions/1/distanceM", "/plan/0/prescriptions/1/paceSPerKm", "/sessions/0/durationS",
            "/sessions/0/entries/0/sets/0/restS", "/sessions/0/entries/0/sets/0/loadKg"})
    void anAbsurdNumberIsRefusedInFewWords(String pointer) {
        for (String value : List.of("1.7e308", "-1.7e308", "1.8e308", "1e15", "123456789012345678901234567890")) {
            BlockFileException e = refused(Damage.of(SMALL).setJson(pointer, value).json());

            assertThat(e).as(pointer + " = " + value).isNotNull();
            assertThat(e.getMessage()).as(pointer + " = " + value).doesNotContainPattern(LONG_NUMBER).hasSizeLessThan(300);
        }
    }
}

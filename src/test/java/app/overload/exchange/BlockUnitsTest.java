package app.overload.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import app.overload.domain.LoadTarget;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.Prescription;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.store.Logbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Block files carry their author's units (format 1.1): a coach who plans in pounds writes pounds and reads the same
 * pounds back, through an athlete who works in kilograms, and every file stays valid against the schema.
 */
class BlockUnitsTest {

    @TempDir
    Path folder;

    private static BlockFile parse(String json) {
        return new BlockFileReader().parse(json.getBytes(StandardCharsets.UTF_8), "block.json");
    }

    private static Mass firstLoad(TrainingBlock block) {
        Prescription.Strength rx = (Prescription.Strength) block.plan().get(0).prescriptions().get(0);
        return ((LoadTarget.Fixed) rx.sets().get(0).load()).load();
    }

    @Test
    void aPoundLogbookWritesPoundsNotTheirKilograms() {
        String json = BlockFileWriter.toJson(new BlockContents(PoundBlock.block(), PoundBlock.exercises(), List.of(),
                UnitPreferences.IMPERIAL));

        assertThat(json).contains("\"units\": {\"mass\": \"lb\", \"distance\": \"mi\"}")
                .contains("{\"setKind\": \"working\", \"reps\": 5, \"loadLb\": 225}")
                .contains("\"loadLb\": 275").contains("\"incrementLb\": 5").doesNotContain("102.058")
                .doesNotContain("\"loadKg\"");
        assertThat(BlockSchema.violations(json)).isEmpty();
    }

    /** Coach in pounds → athlete in kilograms, who logs a session and sends it back → the coach reads 225 lb. */
    @Test
    void theCoachsPoundsSurviveARoundTripThroughAKilogramAthlete() throws Exception {
        Path toAthlete = folder.resolve("to-athlete.json");
        Path toCoach = folder.resolve("to-coach.json");
        Path coachAgain = folder.resolve("coach-again.json");
        try (Logbook coach = Logbook.open(folder.resolve("coach.db"));
             Logbook athlete = Logbook.open(folder.resolve("athlete.db"))) {
            coach.settings().saveUnits(UnitPreferences.IMPERIAL);
            coach.blocks().save(PoundBlock.block());
            new BlockExporter(coach).export(PoundBlock.ID, false, toAthlete);

            BlockImporter athleteImport = new BlockImporter(athlete);
            athleteImport.apply(athleteImport.preview(toAthlete));
            TrainingBlock atAthlete = athlete.blocks().find(PoundBlock.ID).orElseThrow();
            assertThat(firstLoad(atAthlete).kilograms()).isEqualTo(225 * Mass.KILOGRAMS_PER_POUND);
            assertThat(UnitPreferences.METRIC.format(firstLoad(atAthlete))).isEqualTo("102.1 kg");
            athlete.sessions().save(PoundBlock.athletesSquatDay());
            new BlockExporter(athlete).export(PoundBlock.ID, true, toCoach);

            String back = Files.readString(toCoach);
            assertThat(back).contains("\"units\": {\"mass\": \"kg\", \"distance\": \"km\"}")
                    .contains("\"loadLb\": 225").contains("{\"setKind\": \"working\", \"reps\": 5, \"loadKg\": 102.5}");
            assertThat(BlockSchema.violations(back)).isEmpty();

            BlockImporter coachImport = new BlockImporter(coach);
            ImportPreview preview = coachImport.preview(toCoach);
            assertThat(preview.change()).isEqualTo(ImportPreview.Change.UNCHANGED);
            coachImport.apply(preview);
            TrainingBlock atCoach = coach.blocks().find(PoundBlock.ID).orElseThrow();
            assertThat(atCoach).isEqualTo(PoundBlock.block());
            assertThat(UnitPreferences.IMPERIAL.format(firstLoad(atCoach))).isEqualTo("225 lb");
            TrainingSession logged = (TrainingSession) coach.sessions().inBlock(PoundBlock.ID).get(0);
            Mass done = ((StrengthEntry) logged.entries().get(0)).sets().get(0).load();
            assertThat(done).isEqualTo(Mass.kilograms(102.5));

            new BlockExporter(coach).export(PoundBlock.ID, false, coachAgain);
            assertThat(Files.readString(coachAgain)).isEqualTo(Files.readString(toAthlete));
        }
    }

    @Test
    void aVersionOneZeroFileInKilogramsStillReads() {
        String json = BlockFileWriter.toJson(new BlockContents(PoundBlock.block(), PoundBlock.exercises(), List.of()))
                .replace("\"version\": \"" + BlockFormat.VERSION + "\"", "\"version\": \"1.0\"")
                .replace("  \"units\": {\"mass\": \"kg\", \"distance\": \"km\"},\n", "")
                .replace("\"loadLb\": 225", "\"loadKg\": 102.05828325");

        BlockFile file = parse(json);

        assertThat(file.version()).isEqualTo("1.0");
        assertThat(file.warnings()).isEmpty();
        assertThat(file.contents().units()).isEqualTo(UnitPreferences.METRIC);
        assertThat(firstLoad(file.contents().block())).isEqualTo(Mass.kilograms(102.05828325));
        assertThat(((StrengthGoal) file.contents().block().goal()).load()).isEqualTo(Mass.pounds(275));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            both units       | {"setKind": "working", "reps": 5, "loadKg": 100, "loadLb": 225}   | $.plan[0].prescriptions[0].sets[0].loadLb | Give loadKg or loadLb, not both.
            too heavy        | {"setKind": "working", "reps": 5, "loadLb": 3000}                 | $.plan[0].prescriptions[0].sets[0].loadLb | Load must be between 0 and 2,204.62 lb (was 3,000 lb).
            negative         | {"setKind": "working", "reps": 5, "loadLb": -5}                   | $.plan[0].prescriptions[0].sets[0].loadLb | Load must be between 0 and 2,204.62 lb (was -5 lb).
            none             | {"setKind": "working", "reps": 5}                                 | $.plan[0].prescriptions[0].sets[0]        | Say how heavy the set is with one of loadKg (or loadLb), tmFraction or atRpe.
            """)
    void aLoadIsInKilogramsOrInPoundsAndInRange(String what, String set, String path, String message) {
        String json = Damage.of(BlockFileWriter.toJson(new BlockContents(PoundBlock.block(), PoundBlock.exercises(), List.of(),
                UnitPreferences.IMPERIAL))).setJson("/plan/0/prescriptions/0/sets/0", set).json();

        BlockFileException e = catchThrowableOfType(BlockFileException.class, () -> parse(json));

        assertThat(e.place().path()).isEqualTo(path);
        assertThat(e.reason()).isEqualTo(message);
    }

    @Test
    void anUnknownUnitIsRefusedAtItsPlace() {
        String json = Damage.of(BlockFileWriter.toJson(new BlockContents(PoundBlock.block(), PoundBlock.exercises(), List.of())))
                .set("/units/mass", "stone").json();

        BlockFileException e = catchThrowableOfType(BlockFileException.class, () -> parse(json));

        assertThat(e.place().path()).isEqualTo("$.units.mass");
        assertThat(e.reason()).isEqualTo("\"stone\" is not a unit of mass; use one of kg, lb.");
    }

    /** Round pound numbers go in pounds, round kilograms in kilograms, anything else in exact kilograms. */
    @ParameterizedTest(name = "{0} {1} by a {2} author: {3} kg / {4} lb")
    @CsvSource(textBlock = """
            225,                 LB, LB, ,                   225
            225,                 LB, KG, ,                   225
            100,                 KG, LB, 100,
            100,                 KG, KG, 100,
            5,                   LB, KG, ,                   5
            77.5,                KG, LB, 77.5,
            0,                   KG, LB, ,                   0
            0,                   KG, KG, 0,
            33.333333333333336,  KG, LB, 33.333333333333336,
            """)
    void eachLoadIsWrittenInTheUnitItIsRoundIn(double amount, MassUnit unit, MassUnit author, Double kg, Double lb) {
        Loads.Written written = Loads.write(Mass.of(amount, unit), author);

        assertThat(written).isEqualTo(new Loads.Written(kg, lb));
    }

    @Test
    void everyLoadReadsBackToTheSameKilograms() {
        qt().withExamples(2000).withFixedSeed(20261201L)
                .forAll(doubles().between(0, Mass.MAX_KILOGRAMS), integers().between(0, 1))
                .checkAssert((kg, unit) -> assertReadsBack(Mass.kilograms(kg), MassUnit.values()[unit]));
        qt().withExamples(2000).withFixedSeed(20261202L)
                .forAll(integers().between(0, 2_204_000), integers().between(0, 1))
                .checkAssert((thousandths, unit) -> assertReadsBack(Mass.pounds(thousandths / 1000.0),
                        MassUnit.values()[unit]));
    }

    private static void assertReadsBack(Mass mass, MassUnit author) {
        Loads.Written written = Loads.write(mass, author);
        Mass read = Loads.read(written.kg(), written.lb(), JsonPath.ROOT, "load", true);
        assertThat(read.kilograms()).isEqualTo(mass.kilograms());
    }
}

package app.overload.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import app.overload.domain.Distance;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.Purpose;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.store.Logbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A logged carry or hold travels in a block file with its distance or time (format 1.1), and comes back equal. */
class CarrySetsInBlockFileTest {

    @TempDir
    Path folder;

    @Test
    void aCarryAndAHoldRoundTripThroughABlockFileThatSatisfiesTheSchema() throws Exception {
        try (Logbook coach = SampleBlocks.logbookWithSample(folder.resolve("coach.db"))) {
            TrainingBlock block = SampleBlocks.richestStrengthBlock();
            TrainingSession carries = new TrainingSession(SessionId.random(), block.start().atTime(7, 0),
                    Duration.ofMinutes(30), null, "", List.of(new StrengthEntry(ExerciseId.of("farmers-carry"), List.of(
                            StrengthSet.carry(Mass.kilograms(40), Distance.metres(40), null),
                            StrengthSet.carry(Mass.kilograms(60), Distance.metres(20), Duration.ofSeconds(25)))),
                            new StrengthEntry(ExerciseId.of("plank"), List.of(
                                    StrengthSet.carry(Mass.kilograms(20), null, Duration.ofSeconds(60))))),
                    block.id(), Purpose.HEAVY_STRENGTH, null);
            coach.sessions().save(carries);
            Path file = folder.resolve("block.json");
            new BlockExporter(coach).export(block.id(), true, file);
            String json = Files.readString(file);

            assertThat(json).contains("{\"setKind\": \"working\", \"reps\": 0, \"loadKg\": 40, \"distanceM\": 40}")
                    .contains("\"loadKg\": 20, \"durationS\": 60}");
            assertThat(BlockSchema.violations(json)).isEmpty();

            try (Logbook athlete = Logbook.open(folder.resolve("athlete.db"))) {
                BlockImporter importer = new BlockImporter(athlete);
                ImportPreview preview = importer.preview(file);
                assertThat(preview.file().warnings()).isEmpty();
                importer.apply(preview);

                assertThat(athlete.sessions().find(carries.id())).contains(carries);
            }
        }
    }
}

package app.overload.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import app.overload.Fixtures;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Modality;
import app.overload.domain.Routine;
import app.overload.domain.RoutineId;
import app.overload.domain.TrainingBlock;
import app.overload.store.Logbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Routines travel in a block file (format 1.2) when asked: written in name order, read back equal, the same file
 * again, and every such file satisfies the schema. On import a routine already there is skipped, one of the same id
 * and other contents replaces it, and a new one whose name is taken comes in as "Name (2)".
 */
class RoutinesInBlockFileTest {

    @TempDir
    Path folder;

    private Logbook source;
    private TrainingBlock block;
    private Routine upper;
    private Routine spin;

    @BeforeEach
    void open() {
        source = Logbook.open(folder.resolve("source.db"));
        block = Fixtures.block("Linear 5x5");
        source.blocks().save(block);
        upper = Routine.of("Upper A", Fixtures.workout(LocalDateTime.of(2026, 11, 20, 18, 0)));
        spin = new Routine(RoutineId.random(), "Spin + core", List.of(EnduranceEntry.of(Modality.RIDE,
                Distance.kilometres(20), Duration.ofMinutes(45)), Fixtures.squatEntry(40)));
        source.routines().save(upper);
        source.routines().save(spin);
    }

    @AfterEach
    void close() {
        source.close();
    }

    private Path export(String name, boolean withRoutines) {
        Path file = folder.resolve(name);
        new BlockExporter(source).export(block.id(), false, withRoutines, file);
        return file;
    }

    @Test
    void routinesGoAlongOnlyWhenAskedAndComeBackEqual() throws Exception {
        assertThat(Files.readString(export("plain.json", false))).doesNotContain("\"routines\"");
        Path first = export("with.json", true);

        try (Logbook fresh = Logbook.open(folder.resolve("fresh.db"))) {
            BlockImporter importer = new BlockImporter(fresh);
            ImportPreview preview = importer.preview(first);
            assertThat(preview.describe()).contains("Routines: 2 to add.");
            assertThat(importer.apply(preview).describe()).endsWith(", and wrote 2 routines.");

            assertThat(fresh.routines().all()).containsExactly(spin, upper);
            Path second = folder.resolve("second.json");
            new BlockExporter(fresh).export(block.id(), false, true, second);
            assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
            assertThat(BlockSchema.violations(Files.readString(first))).isEmpty();
        }
    }

    @Test
    void importingAgainSkipsThemAndAChangedOneReplacesItsNamesake() {
        Path file = export("with.json", true);
        try (Logbook fresh = Logbook.open(folder.resolve("fresh.db"))) {
            BlockImporter importer = new BlockImporter(fresh);
            importer.apply(importer.preview(file));
            assertThat(importer.preview(file).describe()).contains("Routines: 2 already in the logbook (skipped).");

            source.routines().save(new Routine(upper.id(), "Upper A", List.of(Fixtures.squatEntry(105))));
            ImportPreview again = importer.preview(export("changed.json", true));
            assertThat(again.describe()).contains(
                    "Routines: 1 to replace the logbook's of the same id, 1 already in the logbook (skipped).");
            importer.apply(again);
            assertThat(fresh.routines().find(upper.id())).contains(new Routine(upper.id(), "Upper A",
                    List.of(Fixtures.squatEntry(105))));
        }
    }

    @Test
    void aRoutineWhoseNameIsTakenComesInNumbered() {
        Path file = export("with.json", true);
        try (Logbook athlete = Logbook.open(folder.resolve("athlete.db"))) {
            Routine mine = new Routine(RoutineId.random(), "upper a", List.of(Fixtures.squatEntry(50)));
            athlete.routines().save(mine);
            BlockImporter importer = new BlockImporter(athlete);

            ImportPreview preview = importer.preview(file);
            assertThat(preview.conflicts()).contains("Another routine is already called \"Upper A\"; the file's is "
                    + "imported as \"Upper A (2)\".");
            importer.apply(preview);
            assertThat(athlete.routines().all()).extracting(Routine::name)
                    .containsExactly("Spin + core", "upper a", "Upper A (2)");
            // The next import of the same file finds the numbered routine by its id and leaves it alone.
            assertThat(importer.preview(file).routines().toWrite()).isEmpty();
        }
    }

    @Test
    void aRoutineNamingAnExerciseTheFileDoesNotDescribeIsRefusedAtItsPlace() throws Exception {
        String whole = Files.readString(export("with.json", true));
        int routines = whole.indexOf("\"routines\"");
        String json = whole.substring(0, routines) + whole.substring(routines).replace(
                "\"exercise\": \"back-squat\"", "\"exercise\": \"moon-squat\"");
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, json, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new BlockImporter(source).preview(broken)).isInstanceOf(BlockFileException.class)
                .hasMessageContaining("$.routines[0].entries[1].exercise")
                .hasMessageContaining("Unknown exercise \"moon-squat\"");
    }

    @Test
    void aFileOfFormat1Point1WithoutRoutinesStillReads() throws Exception {
        String json = Files.readString(export("plain.json", false)).replace("\"version\": \"1.2\"",
                "\"version\": \"1.1\"");
        Path older = folder.resolve("older.json");
        Files.writeString(older, json, StandardCharsets.UTF_8);

        ImportPreview preview = new BlockImporter(source).preview(older);
        assertThat(preview.routines().toWrite()).isEmpty();
        assertThat(preview.file().warnings()).isEmpty();
    }
}

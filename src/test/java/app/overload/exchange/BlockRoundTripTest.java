package app.overload.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.exchange.ImportPreview.Change;
import app.overload.store.Logbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Export, import into a fresh logbook, export again: the two files are the same text, for every block of the
 * sample logbook, with and without its sessions. Every export also satisfies docs/block.schema.json.
 */
class BlockRoundTripTest {

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static Logbook source;

    @BeforeAll
    static void writeSample() {
        source = SampleBlocks.logbookWithSample(shared.resolve("source.db"));
    }

    @AfterAll
    static void close() {
        source.close();
    }

    static Stream<Arguments> blocks() {
        return SampleBlocks.blocks().stream()
                .flatMap(b -> Stream.of(Arguments.of(b.name(), b, true), Arguments.of(b.name(), b, false)));
    }

    @ParameterizedTest(name = "{0}, with sessions: {2}")
    @MethodSource("blocks")
    void exportImportExportGivesTheSameFile(String name, TrainingBlock block, boolean withSessions) throws Exception {
        Path first = folder.resolve("first.json");
        new BlockExporter(source).export(block.id(), withSessions, first);

        try (Logbook fresh = Logbook.open(folder.resolve("fresh.db"))) {
            BlockImporter importer = new BlockImporter(fresh);
            ImportPreview preview = importer.preview(first);
            assertThat(preview.change()).isEqualTo(Change.NEW);
            assertThat(preview.file().warnings()).isEmpty();
            importer.apply(preview);

            Path second = folder.resolve("second.json");
            new BlockExporter(fresh).export(block.id(), withSessions, second);
            assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
            assertThat(fresh.blocks().find(block.id())).contains(block);
        }
    }

    @ParameterizedTest(name = "{0}, with sessions: {2}")
    @MethodSource("blocks")
    void everyExportSatisfiesTheSchema(String name, TrainingBlock block, boolean withSessions) {
        String json = BlockFileWriter.toJson(new BlockExporter(source).contents(block.id(), withSessions));

        assertThat(BlockSchema.violations(json)).isEmpty();
    }

    /** Written for someone in pounds, the same block reads back to the very same values and passes the schema. */
    @ParameterizedTest(name = "{0}, with sessions: {2}")
    @MethodSource("blocks")
    void aPoundExportReadsBackToTheSameBlock(String name, TrainingBlock block, boolean withSessions) {
        BlockContents contents = new BlockExporter(source).contents(block.id(), withSessions,
                UnitPreferences.IMPERIAL);
        String json = BlockFileWriter.toJson(contents);

        BlockFile read = new BlockFileReader().parse(json.getBytes(StandardCharsets.UTF_8), "x.json");

        assertThat(BlockSchema.violations(json)).isEmpty();
        assertThat(read.contents()).isEqualTo(contents);
        assertThat(BlockFileWriter.toJson(read.contents())).isEqualTo(json);
    }
}

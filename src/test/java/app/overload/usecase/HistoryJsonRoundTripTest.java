package app.overload.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.BlockId;
import app.overload.domain.Session;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.exchange.HistoryFile;
import app.overload.exchange.HistoryFileImporter;
import app.overload.sample.SampleLogbook;
import app.overload.store.Logbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON history export keeps everything: exported, imported into an empty logbook and exported again, it gives
 * the same sessions (compared whole, with equals), the same blocks, and the same text.
 */
class HistoryJsonRoundTripTest {

    static final LocalDate UNTIL = LocalDate.of(2026, 11, 23);

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static Logbook source;
    private static SampleLogbook sample;

    @BeforeAll
    static void writeSample() {
        sample = SampleLogbook.generate(1, 7, UNTIL);
        source = Logbook.open(shared.resolve("source.db"));
        source.saveAll(sample.blocks(), sample.sessions());
    }

    @AfterAll
    static void close() {
        source.close();
    }

    private static ExportHistory.Result export(Logbook logbook, Path file, LocalDate from, LocalDate to) {
        return new ExportHistory(logbook).export(file, ExportHistory.Format.JSON, from, to, UnitPreferences.METRIC,
                p -> { });
    }

    private static List<Session> all(Logbook logbook) {
        return logbook.sessions().between(LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31));
    }

    @Test
    void importingTheExportIntoAnEmptyLogbookGivesBackEverySessionWhole() throws Exception {
        Path first = folder.resolve("history.json");
        ExportHistory.Result written = export(source, first, null, null);
        assertThat(written.sessions()).isEqualTo(sample.sessions().size());

        try (Logbook fresh = Logbook.open(folder.resolve("fresh.db"))) {
            ImportHistoryFile importer = new ImportHistoryFile(fresh);
            HistoryFile file = ImportHistoryFile.read(first);
            assertThat(file.warnings()).isEmpty();
            HistoryFileImporter.Preview preview = importer.preview(file);
            assertThat(preview.newSessions()).hasSize(sample.sessions().size());
            importer.apply(preview);

            assertThat(all(fresh)).isEqualTo(all(source));
            for (TrainingBlock b : preview.newBlocks()) {
                assertThat(fresh.blocks().find(b.id())).contains(source.blocks().find(b.id()).orElseThrow());
            }
            Path second = folder.resolve("again.json");
            export(fresh, second, null, null);
            assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        }
    }

    @Test
    void aSecondImportOfTheSameFileAddsNothing() {
        Path file = folder.resolve("history.json");
        export(source, file, LocalDate.of(2026, 9, 1), UNTIL);
        try (Logbook fresh = Logbook.open(folder.resolve("fresh.db"))) {
            ImportHistoryFile importer = new ImportHistoryFile(fresh);
            importer.apply(importer.preview(ImportHistoryFile.read(file)));
            int stored = fresh.sessions().count();

            HistoryFileImporter.Preview again = importer.preview(ImportHistoryFile.read(file));

            assertThat(again.changesAnything()).isFalse();
            assertThat(again.skippedSessions()).isEqualTo(stored);
            assertThat(again.knownBlocks()).isPositive();
        }
    }

    @Test
    void aRangeHoldsOnlyItsSessionsAndTheBlocksTheyBelongTo() {
        LocalDate from = LocalDate.of(2026, 10, 1);
        LocalDate to = LocalDate.of(2026, 10, 31);
        Path file = folder.resolve("october.json");

        ExportHistory.Result written = export(source, file, from, to);

        HistoryFile read = ImportHistoryFile.read(file);
        List<Session> expected = source.sessions().between(from, to);
        assertThat(read.sessions()).isEqualTo(expected);
        assertThat(written.sessions()).isEqualTo(expected.size());
        assertThat(written.first()).isAfterOrEqualTo(from);
        assertThat(written.last()).isBeforeOrEqualTo(to);
        List<Object> blocksUsed = new ArrayList<>();
        expected.stream().filter(s -> s instanceof TrainingSession).map(s -> ((TrainingSession) s).block())
                .distinct().forEach(blocksUsed::add);
        assertThat(read.blocks()).extracting(TrainingBlock::id).containsExactlyInAnyOrderElementsOf(
                blocksUsed.stream().map(BlockId.class::cast).toList());
    }

    @Test
    void aRangeWithNoSessionsIsAValidFileWithNone() {
        Path file = folder.resolve("empty.json");

        ExportHistory.Result written = export(source, file, LocalDate.of(1990, 1, 1), LocalDate.of(1990, 12, 31));

        assertThat(written.sessions()).isZero();
        assertThat(written.describe()).startsWith("No sessions in that range");
        assertThat(ImportHistoryFile.read(file).sessions()).isEmpty();
    }
}

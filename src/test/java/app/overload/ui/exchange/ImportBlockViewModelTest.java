package app.overload.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import app.overload.domain.UnitPreferences;
import app.overload.exchange.BlockExporter;
import app.overload.exchange.BlockFormat;
import app.overload.exchange.ImportChoices;
import app.overload.exchange.PoundBlock;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import app.overload.ui.exchange.ImportBlockViewModel.State;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import block…, without a window: the preview, the import, and what a bad file says. */
class ImportBlockViewModelTest {

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static Path exported;
    private Logbook athlete;
    private final AtomicInteger refreshed = new AtomicInteger();

    @BeforeAll
    static void export() {
        exported = shared.resolve("linear.json");
        try (Logbook coach = ExchangeFixture.sampleLogbook(shared.resolve("coach.db"))) {
            new BlockExporter(coach).export(ExchangeFixture.linear().id(), true, exported);
        }
    }

    @BeforeEach
    void open() {
        athlete = Logbook.open(folder.resolve("athlete.db"));
    }

    @AfterEach
    void close() {
        athlete.close();
    }

    private ImportBlockViewModel previewed(Path file) {
        ImportBlockViewModel model = new ImportBlockViewModel(athlete, new CurrentThreadTaskExecutor(),
                refreshed::incrementAndGet);
        model.preview(file);
        return model;
    }

    @Test
    void previewsWhatWillBeCreatedBeforeWritingAnything() {
        ImportBlockViewModel model = previewed(exported);

        assertThat(model.stateProperty().get()).isEqualTo(State.PREVIEW);
        assertThat(model.sourceProperty().get()).isEqualTo("linear.json · block format " + BlockFormat.VERSION);
        assertThat(model.blockNameProperty().get()).isEqualTo("Linear 5×5 (Apr 2026)");
        assertThat(model.changeProperty().get()).isEqualTo("New block");
        assertThat(model.details()).contains("Sessions: 32 to add.");
        assertThat(model.canImport().get()).isTrue();
        assertThat(athlete.sessions().count()).isZero();
    }

    @Test
    void importsOnRequestAndRefreshesTheScreen() {
        ImportBlockViewModel model = previewed(exported);

        model.importBlock();

        assertThat(model.stateProperty().get()).isEqualTo(State.DONE);
        assertThat(model.outcomeProperty().get()).startsWith("Imported the block \"Linear 5×5 (Apr 2026)\"");
        assertThat(refreshed).hasValue(1);
        assertThat(athlete.sessions().count()).isEqualTo(32);
        assertThat(model.canImport().get()).isFalse();
    }

    @Test
    void aFileAlreadyImportedHasNothingToImport() {
        previewed(exported).importBlock();

        ImportBlockViewModel again = previewed(exported);

        assertThat(again.changeProperty().get()).isEqualTo("Already in your logbook");
        assertThat(again.canImport().get()).isFalse();
        assertThat(again.outcomeProperty().get()).isEqualTo("Everything in this file is already in your logbook.");
    }

    @Test
    void aBadFileSaysWhereItIsBrokenAndCannotBeImported() throws Exception {
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, "{\n  \"format\": \"overload-block\",\n  \"version\": \"1.0\",\n  \"block\": 12\n}\n");

        ImportBlockViewModel model = previewed(bad);

        assertThat(model.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(model.outcomeProperty().get()).isEqualTo("Cannot import bad.json: $.block (line 4, column 12): "
                + "Expected an object, found a whole number.");
        assertThat(model.canImport().get()).isFalse();
    }

    @Test
    void listsWarningsWithTheirPlaceInTheFile() throws Exception {
        Path odd = folder.resolve("odd.json");
        Files.writeString(odd, Files.readString(exported).replaceFirst("\"weeks\": 12,", "\"weeks\": 12, \"colour\": "
                + "\"blue\","));

        ImportBlockViewModel model = previewed(odd);

        assertThat(model.warnings()).singleElement().asString().startsWith("$.block.colour (line ")
                .endsWith("Unknown field \"colour\" was ignored.");
        assertThat(model.canImport().get()).isTrue();
    }

    @Test
    void aRevisedBlockIsADiffWhoseSidesDecideWhatCanBeImported() {
        Path first = PoundBlock.write(folder.resolve("first.json"),
                PoundBlock.block(), List.of());
        previewed(first).importBlock();
        Path revised = PoundBlock.write(folder.resolve("revised.json"),
                PoundBlock.revised(), List.of());

        ImportBlockViewModel model = new ImportBlockViewModel(athlete, new CurrentThreadTaskExecutor(),
                UnitPreferences.IMPERIAL, refreshed::incrementAndGet);
        model.preview(revised);

        assertThat(model.changeProperty().get()).isEqualTo("Differs from your block");
        assertThat(model.blockNameProperty().get()).isEqualTo("Squat 275 (coach)");
        assertThat(model.renamedProperty().get()).isEqualTo("The file calls it \"Squat 275 (revised)\".");
        assertThat(model.detailChanges()).hasSize(2);
        assertThat(model.plannedChanges()).extracting(c -> c.line().sentence()).first().asString()
                .isEqualTo("Changed: Week 1, Mon 4 Jan · Heavy squat: back squat 5×5 @ 225 lb → 5×5 @ 230 lb");
        assertThat(model.outline()).isEmpty();
        assertThat(model.canImport().get()).isTrue();

        model.keepAllMine();
        assertThat(model.canImport().get()).as("nothing would change").isFalse();
        model.plannedChanges().get(1).sideProperty().set(ImportChoices.Side.FILE);
        assertThat(model.canImport().get()).isTrue();
        model.importBlock();

        assertThat(model.outcomeProperty().get()).isEqualTo("Updated the block \"Squat 275 (coach)\" (4 planned "
                + "sessions; took 1 change from the file, kept yours for 3); added 0 sessions and 0 exercises.");
        assertThat(athlete.blocks().find(PoundBlock.ID).orElseThrow().plan()).hasSize(4);
    }
}

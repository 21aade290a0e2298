package app.overload.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import app.overload.domain.BlockId;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import app.overload.ui.exchange.ExportBlockViewModel.State;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export block…, without a window: load, choose, export, and say where the file went. */
class ExportBlockViewModelTest {

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static Logbook logbook;

    @BeforeAll
    static void open() {
        logbook = ExchangeFixture.sampleLogbook(shared.resolve("sample.db"));
    }

    @AfterAll
    static void close() {
        logbook.close();
    }

    private static ExportBlockViewModel loaded(BlockId block) {
        ExportBlockViewModel model = new ExportBlockViewModel(logbook, new CurrentThreadTaskExecutor(), block);
        model.load();
        return model;
    }

    @Test
    void showsTheBlockAndHowManySessionsItHas() {
        ExportBlockViewModel model = loaded(ExchangeFixture.linear().id());

        assertThat(model.stateProperty().get()).isEqualTo(State.READY);
        assertThat(model.blockNameProperty().get()).isEqualTo("Linear 5×5 (Apr 2026)");
        assertThat(model.sessionCountProperty().get()).isEqualTo(32);
        assertThat(model.includeSessionsProperty().get()).isFalse();
    }

    @Test
    void exportsWithTheSessionsWhenAskedAndSaysWhere() throws Exception {
        ExportBlockViewModel model = loaded(ExchangeFixture.linear().id());
        model.includeSessionsProperty().set(true);
        Path file = folder.resolve("for the coach.json");

        model.export(file);

        assertThat(model.stateProperty().get()).isEqualTo(State.DONE);
        assertThat(model.outcomeProperty().get()).contains("32 logged sessions").endsWith(file + ".");
        assertThat(Files.readString(file)).contains("\"sessions\": [");
    }

    @Test
    void exportsThePlanAloneByDefault() throws Exception {
        ExportBlockViewModel model = loaded(ExchangeFixture.linear().id());
        Path file = folder.resolve("plan.json");

        model.export(file);

        assertThat(model.outcomeProperty().get()).contains("without logged sessions");
        assertThat(Files.readString(file)).doesNotContain("\"sessions\"");
    }

    @Test
    void suggestsAFileNameEveryFileSystemAccepts() {
        BlockId fiveThreeOne = ExchangeFixture.SAMPLE.blocks().stream()
                .filter(b -> b.name().startsWith("5/3/1")).findFirst().orElseThrow().id();

        assertThat(loaded(fiveThreeOne).suggestedFileName()).isEqualTo("5-3-1 cycles (Jul 2026).overload-block.json");
    }

    @Test
    void saysSoWhenTheBlockIsGone() {
        ExportBlockViewModel model = loaded(BlockId.random());

        assertThat(model.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(model.outcomeProperty().get()).isEqualTo("The block is no longer in the logbook.");
    }

    @Test
    void reportsAFileThatCannotBeWritten() throws Exception {
        ExportBlockViewModel model = loaded(ExchangeFixture.linear().id());
        Path blocked = folder.resolve("a-file");
        Files.writeString(blocked, "");

        model.export(blocked.resolve("inside.json"));

        assertThat(model.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(model.outcomeProperty().get()).startsWith("The block was not exported: Cannot write ");
    }
}

package app.overload.ui.suggest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import app.overload.domain.BlockStatus;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.sample.SampleLogbook;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** A logbook in a temporary folder holding a year of the sample athlete up to Monday 23 Nov 2026. */
final class SampleFixture implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    /** A day in the half-marathon block whose next week changes two runs: the tempo run and the long run. */

    static final LocalDate HALF_DAY = LocalDate.of(2026, 11, 9);

    final Logbook logbook;
    final ObjectProperty<UnitPreferences> units = new SimpleObjectProperty<>(UnitPreferences.METRIC);
    int accepted;

    SampleFixture(Path folder) {
        logbook = Logbook.open(folder.resolve("sample.db"));
        SampleLogbook sample = SampleLogbook.generate(1, 1, TODAY);
        logbook.saveAll(sample.blocks(), sample.sessions());
    }

    static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(19, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** The block whose name starts with {@code prefix} that is active on {@code day}. */
    TrainingBlock active(String prefix, LocalDate day) {
        return logbook.blocks().all().stream().filter(b -> b.name().startsWith(prefix)
                && b.status(day) == BlockStatus.ACTIVE).findFirst().orElseThrow();
    }

    TrainingBlock stored(TrainingBlock block) {
        return logbook.blocks().find(block.id()).orElseThrow();
    }

    /** The panel's model for {@code block} as of {@code day}, loaded, counting its after-accept calls. */
    NextWeekViewModel model(TrainingBlock block, LocalDate day) {
        NextWeekViewModel model = new NextWeekViewModel(logbook, new CurrentThreadTaskExecutor(), at(day), units,
                block);
        model.setAfterAccept(() -> accepted++);
        model.load();
        return model;
    }

    @Override
    public void close() {
        logbook.close();
    }
}

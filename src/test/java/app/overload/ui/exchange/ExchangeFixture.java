package app.overload.ui.exchange;

import java.nio.file.Path;
import java.time.LocalDate;

import app.overload.domain.TrainingBlock;
import app.overload.sample.SampleLogbook;
import app.overload.store.Logbook;

/** The sample logbook and its first 5×5 block, shared by the exchange UI tests. */
final class ExchangeFixture {

    static final SampleLogbook SAMPLE = SampleLogbook.generate(1, 1, LocalDate.of(2026, 11, 23));

    private ExchangeFixture() {
    }

    static Logbook sampleLogbook(Path file) {
        Logbook logbook = Logbook.open(file);
        logbook.saveAll(SAMPLE.blocks(), SAMPLE.sessions());
        return logbook;
    }

    static TrainingBlock linear() {
        return SAMPLE.blocks().stream().filter(b -> b.name().startsWith("Linear 5×5")).findFirst().orElseThrow();
    }
}

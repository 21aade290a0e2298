package app.overload.exchange;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.sample.SampleLogbook;
import app.overload.store.Logbook;

/** The sample logbook the exchange tests share: deterministic, so generated once per test run. */
final class SampleBlocks {

    static final LocalDate UNTIL = LocalDate.of(2026, 11, 23);
    static final SampleLogbook SAMPLE = SampleLogbook.generate(1, 1, UNTIL);

    private SampleBlocks() {
    }

    /** A logbook at {@code file} holding the whole sample. */
    static Logbook logbookWithSample(Path file) {
        Logbook logbook = Logbook.open(file);
        logbook.saveAll(SAMPLE.blocks(), SAMPLE.sessions());
        return logbook;
    }

    static List<TrainingBlock> blocks() {
        return SAMPLE.blocks();
    }

    /** The block with the most logged sessions: the richest file to damage. */
    static TrainingBlock richestStrengthBlock() {
        return SAMPLE.blocks().stream().filter(b -> !b.exercises().isEmpty())
                .max(Comparator.comparingLong(b -> SAMPLE.sessions().stream()
                        .filter(s -> s instanceof TrainingSession t && t.block().equals(b.id()))
                        .count()))
                .orElseThrow();
    }
}

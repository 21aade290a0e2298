package app.overload.cli;

import app.overload.domain.TrainingBlock;
import app.overload.store.Logbook;
import app.overload.usecase.FindBlock;

/** The block a command's {@code --block} names, or the one failure every command gives when none matches. */
final class BlockByName {

    private BlockByName() {
    }

    static TrainingBlock find(Logbook logbook, String name) {
        FindBlock blocks = new FindBlock(logbook);
        return blocks.named(name).orElseThrow(() -> CommandFailure.noBlockNamed(name, logbook.file(), blocks.names()));
    }
}

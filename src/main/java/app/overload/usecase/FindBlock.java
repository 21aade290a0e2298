package app.overload.usecase;

import java.util.List;
import java.util.Optional;

import app.overload.domain.TrainingBlock;
import app.overload.store.Logbook;

/** A block picked by the name the user typed (the command line's {@code --block}), and the names there are. */
public final class FindBlock {

    private final Logbook logbook;

    public FindBlock(Logbook logbook) {
        this.logbook = logbook;
    }

    /** The block with this name (any case, surrounding blanks ignored). */
    public Optional<TrainingBlock> named(String name) {
        return logbook.blocks().findByName(name.strip());
    }

    /** Every block's name, to list the choices when a name matched none; read without the blocks' plans. */
    public List<String> names() {
        return logbook.blocks().summaries().stream().map(b -> b.name()).toList();
    }
}

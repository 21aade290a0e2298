package app.overload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one sentence every command prints when its --block names no block. */
class CommandFailureTest {

    @Test
    void aNameThatMatchesNoBlockListsTheBlocksThereAre() {
        assertThat(CommandFailure.noBlockNamed(" Marathn ", Path.of("/data/coach.db"), List.of("Marathon", "5×5"))
                .getMessage()).isEqualTo("There is no block called \"Marathn\" in coach.db. Its blocks: \"Marathon\", "
                        + "\"5×5\".");
    }

    @Test
    void aLogbookWithoutBlocksSaysSo() {
        assertThat(CommandFailure.noBlockNamed("Marathon", Path.of("new.db"), List.of()).getMessage())
                .isEqualTo("There is no block called \"Marathon\" in new.db. It has no blocks yet.");
    }
}

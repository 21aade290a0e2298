package app.overload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import app.overload.store.DefaultLocation;

class MainTest {

    @Test
    void opensTheAppDirectlyWhenOnlyALogbookIsGiven() {
        assertThat(Main.appOnly(new String[0])).contains(DefaultLocation.logbook());
        assertThat(Main.appOnly(new String[] {"--db", "/tmp/a.db"})).contains(Path.of("/tmp/a.db"));
        assertThat(Main.appOnly(new String[] {"--db=/tmp/b.db"})).contains(Path.of("/tmp/b.db"));
    }

    @Test
    void leavesEverythingElseToTheCommandLine() {
        assertThat(Main.appOnly(new String[] {"sessions", "--db", "x.db"})).isEmpty();
        assertThat(Main.appOnly(new String[] {"--db"})).isEmpty();
        assertThat(Main.appOnly(new String[] {"--db", ""})).isEmpty();
        assertThat(Main.appOnly(new String[] {"--db", "--help"})).isEmpty();
        assertThat(Main.appOnly(new String[] {"--help"})).isEmpty();
        assertThat(Main.appOnly(new String[] {"--db=bad\u0007.db"})).isEmpty();
    }
}

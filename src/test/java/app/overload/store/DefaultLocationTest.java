package app.overload.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DefaultLocationTest {

    @Test
    void linuxFollowsXdg() {
        assertThat(DefaultLocation.dataFolder("Linux", "/home/ann", Map.of()))
                .isEqualTo(Path.of("/home/ann/.local/share/overload"));
        assertThat(DefaultLocation.dataFolder("Linux", "/home/ann", Map.of("XDG_DATA_HOME", "/data")))
                .isEqualTo(Path.of("/data/overload"));
        assertThat(DefaultLocation.dataFolder("Linux", "/home/ann", Map.of("XDG_DATA_HOME", "relative")))
                .isEqualTo(Path.of("/home/ann/.local/share/overload"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DefaultLocation.dataFolder("Mac OS X", "/Users/ann", Map.of()))
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/Overload"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DefaultLocation.dataFolder("Windows 11", "/home/ann", Map.of("APPDATA", "/appdata")))
                .isEqualTo(Path.of("/appdata/Overload"));
    }
}

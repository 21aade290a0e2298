package app.overload.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the logbook lives when no {@code --db} is given: the platform's per-user data folder.
 * Linux: {@code $XDG_DATA_HOME/overload} (default {@code ~/.local/share/overload}); macOS:
 * {@code ~/Library/Application Support/Overload}; Windows: {@code %APPDATA%\Overload}.
 */
public final class DefaultLocation {

    public static final String FILE_NAME = "overload.db";

    private DefaultLocation() {
    }

    public static Path logbook() {
        return dataFolder(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv())
                .resolve(FILE_NAME);
    }

    /** The data folder for the given platform, home and environment; separate so it can be tested on any OS. */
    static Path dataFolder(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData)
                    : Path.of(home, "AppData", "Roaming")).resolve("Overload");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Overload");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(home, ".local", "share");
        return base.resolve("overload");
    }
}

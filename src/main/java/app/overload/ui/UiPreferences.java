package app.overload.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Preferences of this computer's window, not of the logbook: the theme and the text size. Kept in a small
 * properties file in the data folder so they are known before the logbook opens.
 */
public final class UiPreferences {

    private static final Logger LOG = System.getLogger(UiPreferences.class.getName());

    private final Path file;
    private final Properties values = new Properties();

    public UiPreferences(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "Ignoring unreadable preferences " + file + ": " + e.getMessage());
            }
        }
    }

    /** Preferences that are never written, for tests. */
    public static UiPreferences inMemory() {
        return new UiPreferences(null);
    }

    public Theme theme() {
        return Theme.parse(values.getProperty("theme"));
    }

    public void setTheme(Theme theme) {
        values.setProperty("theme", theme.name());
        save();
    }

    /** The text size chosen in the app, or {@code otherwise} (the system's) until one is chosen. */
    public TextSize textSize(TextSize otherwise) {
        return TextSize.parse(values.getProperty("textSize"), otherwise);
    }

    public void setTextSize(TextSize size) {
        values.setProperty("textSize", size.name());
        save();
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                values.store(out, "Overload window preferences");
            }
        } catch (IOException e) {
            // A theme that is not remembered is not worth interrupting the user for.
            LOG.log(Level.WARNING, "Could not save preferences to " + file + ": " + e.getMessage());
        }
    }
}

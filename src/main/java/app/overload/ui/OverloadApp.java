package app.overload.ui;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;

import app.overload.domain.UnitPreferences;
import app.overload.store.DefaultLocation;
import app.overload.store.Logbook;
import app.overload.store.StoreException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The JavaFX application and composition root. The window shows at once; the logbook opens (checks, migrations)
 * on a background thread and the sections appear when it is ready.
 */
public final class OverloadApp extends Application {

    private static final Logger LOG = System.getLogger(OverloadApp.class.getName());

    private Path file;
    private UiPreferences preferences;
    private FxTaskExecutor executor;
    private volatile Logbook logbook;

    /** Starts the app on {@code file} and returns when its window is closed. */
    public static void launch(Path file) {
        Application.launch(OverloadApp.class, "--db=" + file.toAbsolutePath());
    }

    @Override
    public void init() {
        String db = getParameters().getNamed().get("db");
        file = db != null ? Path.of(db) : DefaultLocation.logbook();
        preferences = new UiPreferences(DefaultLocation.logbook().getParent().resolve("ui.properties"));
        executor = new FxTaskExecutor();
    }

    @Override
    public void start(Stage stage) {
        preferences.theme().apply();
        MainWindow window = new MainWindow(preferences, executor.statusProperty(), executor.progressProperty());
        window.showOpening(file);
        stage.setScene(new Scene(window, 1280, 800));
        stage.setTitle("Overload — " + file.getFileName());
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.show();
        executor.submit("Opening the logbook", progress -> {
            Logbook opened = Logbook.open(file);
            logbook = opened;
            return new Opened(opened, opened.settings().units(), opened.sessions().count() == 0);
        }, opened -> window.showLogbook(new AppServices(opened.logbook(), executor, Clock.systemDefaultZone(),
                opened.units()), opened.empty()), error -> {
                    String detail = error instanceof StoreException ? error.getMessage()
                            : "Unexpected error: " + error;
                    LOG.log(Level.ERROR, "Opening " + file + " failed", error);
                    window.showProblem("The logbook could not be opened", detail);
                });
    }

    private record Opened(Logbook logbook, UnitPreferences units, boolean empty) {
    }

    @Override
    public void stop() {
        executor.shutdown();
        Logbook open = logbook;
        if (open != null) {
            open.close();
        }
    }
}

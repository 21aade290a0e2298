package app.overload.ui;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import app.overload.domain.UnitPreferences;
import app.overload.store.Backups;
import app.overload.store.DefaultLocation;
import app.overload.store.Logbook;
import app.overload.store.LogbookLock;
import app.overload.store.StoreException;
import app.overload.ui.history.HistoryViewModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The JavaFX application and composition root. The window shows at once; the logbook opens (checks, migrations)
 * on a background thread and the sections appear when it is ready.
 */
public final class OverloadApp extends Application implements LogbookFileActions {

    private static final Logger LOG = System.getLogger(OverloadApp.class.getName());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final Clock clock = Clock.systemDefaultZone();
    private Path file;
    private UiPreferences preferences;
    private FxTaskExecutor executor;
    private MainWindow window;
    private volatile Logbook logbook;
    private volatile LogbookLock lock;
    /** The first opening, started in init() so it runs while JavaFX builds and shows the window. */
    private CompletableFuture<Opened> firstOpening;
    /** Files named on the command line, opened once the logbook is first shown. */
    private List<Path> toOpen = List.of();

    /** Starts the app on {@code file} and returns when its window is closed. */
    public static void launch(Path file) {
        launch(file, List.of());
    }

    /**
     * Starts the app on {@code file} and, once the logbook is shown, opens {@code toOpen} as if they had been dropped
     * on the window (a block file double-clicked on the desktop); returns when the window is closed.
     */
    public static void launch(Path file, List<Path> toOpen) {
        List<String> parameters = new ArrayList<>();
        parameters.add("--db=" + file.toAbsolutePath());
        toOpen.forEach(open -> parameters.add(open.toAbsolutePath().toString()));
        Application.launch(OverloadApp.class, parameters.toArray(String[]::new));
    }

    @Override
    public void init() {
        StartupTrace.mark("JavaFX started");
        String db = getParameters().getNamed().get("db");
        file = (db != null ? Path.of(db) : DefaultLocation.logbook()).toAbsolutePath();
        toOpen = getParameters().getUnnamed().stream().map(Path::of).toList();
        preferences = new UiPreferences(DefaultLocation.logbook().getParent().resolve("ui.properties"));
        executor = new FxTaskExecutor();
        firstOpening = CompletableFuture.supplyAsync(this::open, work -> {
            Thread thread = new Thread(work, "overload-open");
            thread.setDaemon(true);
            thread.start();
        });
    }

    @Override
    public void start(Stage stage) {
        preferences.theme().apply();
        StartupTrace.mark("theme applied");
        window = new MainWindow(preferences, executor.statusProperty(), executor.progressProperty());
        Scene scene = new Scene(window, 1280, 800);
        StartupProbe.installIfAsked(scene, window, executor);
        stage.setScene(scene);
        stage.setTitle("Overload — " + file.getFileName());
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        // Loaded in the background: the window need not wait for its icon.
        for (int size : new int[] {16, 32, 64, 256}) {
            stage.getIcons().add(new Image(OverloadApp.class.getResource("icons/overload-" + size + ".png")
                    .toExternalForm(), true));
        }
        stage.show();
        StartupTrace.mark("window shown");
        window.showOpening(file);
        firstOpening.whenComplete((opened, error) -> Platform.runLater(() -> {
            if (error == null) {
                showOpened(opened);
            } else {
                openingFailed(error instanceof CompletionException && error.getCause() != null ? error.getCause()
                        : error);
            }
        }));
    }

    /** Opens the logbook again off the FX thread, after a restore. */
    private void openLogbook() {
        window.showOpening(file);
        window.setNotice("");
        executor.submit("Opening the logbook", progress -> open(), this::showOpened, this::openingFailed);
    }

    /** Opens (checks, migrates) the logbook and takes its lock; runs off the FX thread. */
    private Opened open() {
        Logbook opened = Logbook.open(file);
        StartupTrace.mark("logbook opened");
        logbook = opened;
        boolean readOnly = opened.database().readOnly();
        boolean shared = false;
        if (!readOnly) {
            Optional<LogbookLock> acquired = LogbookLock.share(file);
            lock = acquired.orElse(null);
            shared = acquired.map(held -> !held.alone()).orElse(true);
        }
        boolean empty = opened.sessions().count() == 0;
        UnitPreferences units = opened.settings().units();
        HistoryViewModel.FirstPage firstPage = empty ? null : HistoryViewModel.readFirstPage(opened, units);
        StartupTrace.mark("first history page read");
        return new Opened(opened, units, empty, readOnly, shared, firstPage);
    }

    private void showOpened(Opened opened) {
        LogbookFileActions actions = opened.readOnly() ? LogbookFileActions.NONE : this;
        window.showLogbook(new AppServices(opened.logbook(), executor, clock, opened.units(), actions),
                opened.empty(), opened.firstPage());
        StartupTrace.mark("sections built");
        if (!toOpen.isEmpty()) {
            List<Path> files = toOpen;
            toOpen = List.of();
            window.openFiles(files);
        }
        window.setNotice(opened.readOnly() ? "Read-only: the file or its folder cannot be written"
                : opened.shared() ? "Also open in another Overload window" : "");
        if (!opened.readOnly()) {
            // Not needed to show anything, so it waits until the sections are up.
            executor.submit("Daily backup", progress -> {
                dailyBackup(opened.logbook());
                return null;
            }, ok -> { }, error -> { });
        }
    }

    private record Opened(Logbook logbook, UnitPreferences units, boolean empty, boolean readOnly, boolean shared,
            HistoryViewModel.FirstPage firstPage) {
    }

    private void dailyBackup(Logbook opened) {
        try {
            new Backups(file).dailyIfDue(opened.database(), clock);
        } catch (StoreException e) {
            // A missed daily copy must not keep the user from their logbook; the next start tries again.
            LOG.log(Level.WARNING, "Daily backup of " + file + " failed: " + e.getMessage());
        }
    }

    private void openingFailed(Throwable error) {
        LOG.log(Level.ERROR, "Opening " + file + " failed", error);
        String detail = error instanceof StoreException ? error.getMessage() : "Unexpected error: " + error;
        if (!(error instanceof StoreException store) || store.reason() != StoreException.Reason.DAMAGED) {
            window.showProblem("The logbook could not be opened", detail);
            return;
        }
        executor.submit("Looking for a backup", progress -> new Backups(file).newestGood(), backup -> {
            if (backup.isEmpty()) {
                window.showProblem("The logbook is damaged", detail + " No healthy backup was found in "
                        + new Backups(file).folder() + ".");
                return;
            }
            Backups.Backup b = backup.get();
            String holds = Backups.contents(b.file()).map(Backups.Contents::describe).orElse("");
            window.showProblem("The logbook is damaged", detail + "\n\nThe newest healthy backup is from "
                    + WHEN.format(b.taken()) + " (" + holds + "). Restoring it keeps the damaged file in the backups "
                    + "folder.", List.of(new MainWindow.ProblemAction("Restore the backup of " + WHEN.format(b.taken()),
                            () -> restoreIfAlone(b, true).ifPresent(refused -> window.showProblem(
                                    "The backup could not be restored", refused)))));
        }, e -> window.showProblem("The logbook is damaged", detail));
    }

    @Override
    public Backups backups() {
        return new Backups(file);
    }

    @Override
    public Backups.Backup backUpNow() {
        return new Backups(file).backUp(logbook.database(), Backups.Kind.MANUAL, clock);
    }

    @Override
    public Optional<String> restore(Backups.Backup backup) {
        return restoreIfAlone(backup, false);
    }

    /**
     * Restores only while no other window has the logbook open: swapping the file under a window that still writes
     * to it would send its saves into the file moved aside.
     */
    private Optional<String> restoreIfAlone(Backups.Backup backup, boolean damaged) {
        LogbookLock held = lock;
        LogbookLock sole = held != null ? (held.takeSole() ? held : null) : LogbookLock.tryAcquire(file).orElse(null);
        if (sole == null) {
            return Optional.of("Another Overload window has this logbook open. Close it, then restore.");
        }
        lock = null;
        window.showOpening(file);
        executor.submit("Restoring a backup", progress -> {
            try {
                closeLogbook();
                return new Backups(file).restore(backup, damaged, clock);
            } finally {
                sole.close();
            }
        }, kept -> openLogbook(), error -> window.showProblem("The backup could not be restored",
                error.getMessage()));
        return Optional.empty();
    }

    private void closeLogbook() {
        Logbook open = logbook;
        logbook = null;
        if (open != null) {
            open.close();
        }
        LogbookLock held = lock;
        lock = null;
        if (held != null) {
            held.close();
        }
    }

    @Override
    public void stop() {
        executor.shutdown();
        closeLogbook();
    }
}

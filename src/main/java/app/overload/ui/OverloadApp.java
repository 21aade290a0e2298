package app.overload.ui;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import app.overload.domain.Plates;
import app.overload.domain.UnitPreferences;
import app.overload.store.Backups;
import app.overload.store.Database;
import app.overload.store.DefaultLocation;
import app.overload.store.Logbook;
import app.overload.store.LogbookLock;
import app.overload.store.StoreException;
import app.overload.ui.history.HistoryViewModel;
import app.overload.usecase.BackUpLogbook;
import app.overload.usecase.RestoreLogbook;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
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
    /** Set when the user chose to start a new logbook in an empty (0-byte) file; the next opening may do so. */
    private volatile boolean startInEmptyFile;
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
        // Dialogs and other windows take the app's stylesheet and text size as they open.
        WindowLook.followAllWindows(window.textSizeProperty());
        // 1280 × 800, or the whole screen where it is smaller (a 1024 × 640 laptop less its panels).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight() - 40));
        StartupProbe.installIfAsked(scene, window, executor);
        stage.setScene(scene);
        stage.setTitle("Overload — " + file.getFileName());
        // Fits a 1024 × 640 screen less the desktop's panels and the title bar, the smallest the layouts are made for.
        stage.setMinWidth(960);
        stage.setMinHeight(540);
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
        Database.Options options = Database.Options.DEFAULT.heldByWindow();
        Logbook opened = Logbook.open(file, startInEmptyFile ? options.startingInEmptyFile() : options);
        startInEmptyFile = false;
        StartupTrace.mark("logbook opened");
        logbook = opened;
        boolean readOnly = opened.database().readOnly();
        LogbookLock lock = opened.database().lock();
        boolean shared = !readOnly && (lock == null || !lock.alone());
        boolean empty = opened.sessions().count() == 0;
        UnitPreferences units = opened.settings().units();
        HistoryViewModel.FirstPage firstPage = empty ? null : HistoryViewModel.readFirstPage(opened, units);
        StartupTrace.mark("first history page read");
        return new Opened(opened, units, opened.settings().plates().orElse(null), empty, readOnly, shared, firstPage);
    }

    private void showOpened(Opened opened) {
        LogbookFileActions actions = opened.readOnly() ? LogbookFileActions.NONE : this;
        AppServices services = new AppServices(opened.logbook(), executor, clock, opened.units(), actions);
        services.plates().set(opened.plates());
        window.showLogbook(services, opened.empty(), opened.firstPage());
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
            // A missed daily copy must not keep the user from their logbook; it says so and the next start tries again.
            executor.submit("Daily backup", progress -> dailyBackup(opened.logbook()),
                    damage -> damage.ifPresent(this::openingFailed), error -> {
                        LOG.log(Level.WARNING, "Daily backup of " + file + " failed: " + error.getMessage());
                        services.reportProblem("Today's backup could not be made (the next start tries again): "
                                + AppServices.messageOf(error));
                    });
        }
    }

    /** @param plates the bar and plates the user set, or null for the standard set */
    private record Opened(Logbook logbook, UnitPreferences units, Plates plates, boolean empty,
            boolean readOnly, boolean shared, HistoryViewModel.FirstPage firstPage) {
    }

    /**
     * The daily copy, checked in full: damage the quick check on opening cannot see (an index) is found here, off
     * the FX thread, and then returned, so the user is offered the newest healthy backup. Other failures are thrown.
     */
    private Optional<StoreException> dailyBackup(Logbook opened) {
        try {
            new BackUpLogbook(opened, clock).dailyIfDue();
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.DAMAGED) {
                return Optional.of(e);
            }
            throw e;
        }
        return Optional.empty();
    }

    private void openingFailed(Throwable error) {
        LOG.log(Level.ERROR, "The logbook " + file + " cannot be used", error);
        String detail = error instanceof StoreException ? error.getMessage() : "Unexpected error: " + error;
        StoreException.Reason reason = error instanceof StoreException store ? store.reason() : null;
        if (reason != StoreException.Reason.DAMAGED && reason != StoreException.Reason.EMPTY_FILE) {
            window.showProblem("The logbook could not be opened", detail);
            return;
        }
        boolean empty = reason == StoreException.Reason.EMPTY_FILE;
        String title = empty ? "The logbook file is empty" : "The logbook is damaged";
        String problem = empty ? file.getFileName() + " is an empty file (0 bytes), not a logbook, so Overload left it"
                + " as it is." : detail;
        // An empty file may be a logbook lost to a failed copy, or a file made on purpose: the user says which.
        List<MainWindow.ProblemAction> startHere = empty ? List.of(new MainWindow.ProblemAction(
                "Start a new logbook in this file", () -> {
                    startInEmptyFile = true;
                    openLogbook();
                })) : List.of();
        executor.submit("Looking for a backup", progress -> restoring().newestGood(), backup -> {
            List<MainWindow.ProblemAction> actions = new ArrayList<>();
            String text = problem;
            if (backup.isEmpty()) {
                text += " No healthy backup was found in " + restoring().backups().folder() + ".";
            } else {
                Backups.Backup b = backup.get();
                String holds = Backups.contents(b.file()).map(Backups.Contents::describe).orElse("");
                text += "\n\nThe newest healthy backup is from " + WHEN.format(b.taken()) + " (" + holds + "). "
                        + "Restoring it keeps the " + (empty ? "empty" : "damaged") + " file in the backups folder.";
                actions.add(new MainWindow.ProblemAction("Restore the backup of " + WHEN.format(b.taken()),
                        () -> restoreIfAlone(b, true).ifPresent(refused -> window.showProblem(
                                "The backup could not be restored", refused))));
            }
            actions.addAll(startHere);
            window.showProblem(title, text, actions);
        }, e -> window.showProblem(title, problem, startHere));
    }

    @Override
    public Backups backups() {
        return restoring().backups();
    }

    @Override
    public Backups.Backup backUpNow() {
        return new BackUpLogbook(logbook, clock).now();
    }

    private RestoreLogbook restoring() {
        return new RestoreLogbook(file, clock);
    }

    @Override
    public Optional<String> restore(Backups.Backup backup) {
        return restoreIfAlone(backup, false);
    }

    /**
     * Restores only while no other window or command has the logbook open: swapping the file under a window that
     * still writes to it would send its saves into the file kept aside. The lock this window holds is kept, alone,
     * from closing the logbook until the restored file is opened again.
     */
    private Optional<String> restoreIfAlone(Backups.Backup backup, boolean damaged) {
        Logbook open = logbook;
        LogbookLock held = open == null ? null : open.database().lock();
        LogbookLock sole;
        if (held != null) {
            if (!held.takeSole()) {
                return Optional.of(LogbookLock.refusal(held.others()).getMessage());
            }
            sole = open.database().detachLock();
        } else {
            try {
                sole = LogbookLock.sole(file, LogbookLock.me("the Overload app", true), Duration.ZERO, holders -> { });
            } catch (StoreException e) {
                return Optional.of(e.getMessage());
            }
        }
        window.showOpening(file);
        executor.submit("Restoring a backup", progress -> {
            try {
                closeLogbook();
                return restoring().restore(backup, damaged, sole);
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
    }

    @Override
    public void stop() {
        executor.shutdown();
        closeLogbook();
    }
}

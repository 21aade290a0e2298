package app.overload.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import app.overload.domain.DistanceUnit;
import app.overload.domain.MassUnit;
import app.overload.domain.UnitPreferences;
import app.overload.ui.athlete.AthleteDialog;
import app.overload.ui.athlete.AthleteViewModel;
import app.overload.ui.backup.BackupDialog;
import app.overload.ui.backup.BackupViewModel;
import app.overload.ui.exchange.BlockExchangeActions;
import app.overload.ui.exchange.HistoryExportActions;
import app.overload.ui.history.HistoryViewModel;
import app.overload.ui.imports.HistoryImportActions;
import app.overload.ui.log.LogView;
import app.overload.ui.plates.PlatesDialog;
import app.overload.ui.plates.PlatesViewModel;
import app.overload.ui.welcome.WelcomeView;
import app.overload.ui.welcome.WelcomeViewModel;
import app.overload.usecase.ImportHistoryFile;
import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The app's shell: a sidebar of sections, the current section's view, and a status bar. It shows first, while
 * the logbook opens in the background, then fills in.
 */
public final class MainWindow extends BorderPane {

    private final UiPreferences preferences;
    private final VBox sidebar = new VBox();
    private final VBox navigation = new VBox(2);
    private final StackPane content = new StackPane();
    private final Label logbookLabel = new Label();
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private final Map<String, ToggleButton> navButtons = new LinkedHashMap<>();
    private final MenuButton unitsMenu = new MenuButton();
    private final MenuButton logbookMenu = new MenuButton("Logbook", new FontIcon(Feather.DATABASE));
    private final MenuItem backupsItem = new MenuItem("Backups…", new FontIcon(Feather.ARCHIVE));
    private final Label notice = new Label();
    private final Label problem = new Label();
    private final ObjectProperty<TextSize> textSize;
    private final TextSizeMenu textSizeMenu;
    private final CompactSidebar compact;
    private Theme theme;
    private AppServices services;

    public MainWindow(UiPreferences preferences, ReadOnlyStringProperty status, ReadOnlyDoubleProperty progress) {
        this.preferences = preferences;
        this.theme = preferences.theme();
        textSize = new SimpleObjectProperty<>(preferences.textSize(TextSize.fromSystem(Font.getDefault().getSize())));
        textSizeMenu = new TextSizeMenu(textSize, this::showShortcuts);
        getStyleClass().add("main-window");
        getStylesheets().add(MainWindow.class.getResource("overload.css").toExternalForm());
        compact = buildSidebar();
        content.getStyleClass().add("content");
        setCenter(content);
        setBottom(statusBar(status, progress));
        sceneProperty().addListener((obs, old, now) -> WindowLook.apply(now, textSize.get()));
        textSize.addListener((obs, old, now) -> {
            WindowLook.apply(getScene(), now);
            preferences.setTextSize(now);
        });
        shortcuts();
    }

    /** The app-wide shortcuts; each section installs its own. Sections are there once a logbook is open. */
    private void shortcuts() {
        Map<Shortcut, Shortcut.Action> actions = new EnumMap<>(Shortcut.class);
        actions.put(Shortcut.SHORTCUTS, Shortcut.Action.of(this::showShortcuts));
        // On the log form Ctrl+N starts over, which the form does itself.
        actions.put(Shortcut.NEW_SESSION, target -> !(currentView() instanceof LogView)
                && goTo("log"));
        actions.put(Shortcut.GO_HISTORY, target -> goTo("history"));
        actions.put(Shortcut.GO_LOG, target -> goTo("log"));
        actions.put(Shortcut.GO_BLOCKS, target -> goTo("blocks"));
        actions.put(Shortcut.GO_PROGRESS, target -> goTo("progress"));
        actions.put(Shortcut.IMPORT_HISTORY, target -> {
            if (services == null) {
                return false;
            }
            openHistoryImport(List.of());
            return true;
        });
        actions.put(Shortcut.ATHLETE, target -> {
            if (services == null) {
                return false;
            }
            openAthlete();
            return true;
        });
        actions.put(Shortcut.TEXT_BIGGER, Shortcut.Action.of(() -> textSize.set(textSize.get().bigger())));
        actions.put(Shortcut.TEXT_SMALLER, Shortcut.Action.of(() -> textSize.set(textSize.get().smaller())));
        actions.put(Shortcut.TEXT_RESET, Shortcut.Action.of(() -> textSize.set(TextSize.NORMAL)));
        Shortcut.install(this, Shortcut.Area.ANYWHERE, actions);
    }

    private boolean goTo(String id) {
        if (!sections.containsKey(id)) {
            return false;
        }
        // The log form places its own focus as it shows (see LogView.focusStart), from the sidebar too.
        select(id);
        return true;
    }

    /** The sheet of keyboard shortcuts (F1). */
    public void showShortcuts() {
        if (getScene() != null) {
            ShortcutSheet.open(getScene().getWindow());
        }
    }

    /** The size of the app's text; every window follows it (see {@link WindowLook}). */
    public ObjectProperty<TextSize> textSizeProperty() {
        return textSize;
    }

    private CompactSidebar buildSidebar() {
        Label name = new Label("Overload");
        name.getStyleClass().add("app-name");
        Label tagline = new Label("Training, not just workouts");
        tagline.getStyleClass().add("app-tagline");
        tagline.setWrapText(true);
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);

        unitsMenu.setId("units");
        unitsMenu.setText("Units");
        unitsMenu.setMaxWidth(Double.MAX_VALUE);
        unitsMenu.getStyleClass().add(Styles.FLAT);
        unitsMenu.setGraphic(new FontIcon(Feather.SLIDERS));
        unitsMenu.setDisable(true);

        Button themeButton = new Button();
        themeButton.setId("theme-toggle");
        themeButton.getStyleClass().add(Styles.FLAT);
        themeButton.setMaxWidth(Double.MAX_VALUE);
        themeButton.setAlignment(Pos.CENTER_LEFT);
        updateThemeButton(themeButton);
        themeButton.setOnAction(e -> {
            theme = theme.other();
            theme.apply();
            preferences.setTheme(theme);
            updateThemeButton(themeButton);
        });
        logbookMenu.setId("logbook-menu");
        logbookMenu.setTooltip(new Tooltip("Logbook: import, back up and restore"));
        logbookMenu.getStyleClass().add(Styles.FLAT);
        logbookMenu.setMaxWidth(Double.MAX_VALUE);
        logbookMenu.setDisable(true);
        MenuItem importHistory = new MenuItem("Import history…", new FontIcon(Feather.DOWNLOAD));
        importHistory.setId("import-history");
        importHistory.setAccelerator(Shortcut.IMPORT_HISTORY.keys().get(0));
        importHistory.setOnAction(e -> openHistoryImport(List.of()));
        MenuItem importBlock = new MenuItem("Import a training block…", new FontIcon(Feather.FILE_PLUS));
        importBlock.setId("import-block");
        importBlock.setOnAction(e -> BlockExchangeActions.importBlock(getScene().getWindow(), services,
                this::refreshCurrent));
        MenuItem exportHistory = new MenuItem("Export history…", new FontIcon(Feather.UPLOAD));
        exportHistory.setId("export-history");
        exportHistory.setOnAction(e -> HistoryExportActions.exportHistory(getScene().getWindow(), services));
        backupsItem.setId("open-backups");
        backupsItem.setOnAction(e -> openBackups());
        MenuItem athlete = new MenuItem("Athlete and heart-rate zones…", new FontIcon(Feather.HEART));
        athlete.setId("open-athlete");
        athlete.setAccelerator(ATHLETE_KEY);
        athlete.setOnAction(e -> openAthlete());
        logbookMenu.getItems().addAll(athlete, new SeparatorMenuItem(), importBlock, importHistory, exportHistory,
                new SeparatorMenuItem(), backupsItem);
        sidebar.getStyleClass().add("sidebar");
        sidebar.getChildren().addAll(name, tagline, navigation, spacer, logbookMenu, unitsMenu, textSizeMenu,
                themeButton);
        // Files dragged from the desktop onto the window start a history import.
        addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (services != null && e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (services != null && e.getDragboard().hasFiles()) {
                openFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
                e.setDropCompleted(true);
                e.consume();
            }
        });
        setLeft(sidebar);
        CompactSidebar narrow = new CompactSidebar(this, sidebar, List.of(name, tagline), textSize);
        for (Labeled entry : List.of(logbookMenu, unitsMenu, textSizeMenu, themeButton)) {
            narrow.iconOnlyWhenNarrow(entry);
        }
        return narrow;
    }

    private void updateThemeButton(Button button) {
        boolean dark = theme == Theme.DARK;
        button.setText(dark ? "Light theme" : "Dark theme");
        button.setGraphic(new FontIcon(dark ? Feather.SUN : Feather.MOON));
        button.setTooltip(new Tooltip("Switch to the " + (dark ? "light" : "dark") + " theme"));
    }

    private HBox statusBar(ReadOnlyStringProperty status, ReadOnlyDoubleProperty progress) {
        logbookLabel.setId("logbook-path");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label statusLabel = new Label();
        statusLabel.textProperty().bind(status);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(progress);
        bar.setPrefWidth(140);
        bar.visibleProperty().bind(status.isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        notice.setId("notice");
        notice.getStyleClass().add("notice");
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        problem.setId("problem-notice");
        problem.getStyleClass().add("problem-notice");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        problem.setTooltip(new Tooltip("Click to dismiss"));
        problem.setOnMouseClicked(e -> {
            if (services != null) {
                services.dismissProblem();
            }
        });
        HBox.setHgrow(problem, Priority.SOMETIMES);
        problem.setMinWidth(0);
        HBox box = new HBox(logbookLabel, notice, problem, spacer, statusLabel, bar);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("status-bar");
        return box;
    }

    /** While the logbook opens: a spinner and the file's name. */
    public void showOpening(Path file) {
        logbookLabel.setText(file.toString());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(36, 36);
        Label label = new Label("Opening " + file.getFileName() + "…");
        label.getStyleClass().add(UiStyles.MUTED);
        VBox box = new VBox(12, spinner, label);
        box.setAlignment(Pos.CENTER);
        box.setId("opening");
        content.getChildren().setAll(box);
    }

    /** A way out offered with a problem, such as restoring the newest backup. */
    public record ProblemAction(String label, Runnable action) {
    }

    /** When the logbook cannot be used: what happened and what to do, instead of the sections. */
    public void showProblem(String title, String detail) {
        showProblem(title, detail, List.of());
    }

    public void showProblem(String title, String detail, List<ProblemAction> actions) {
        navigation.getChildren().clear();
        unitsMenu.setDisable(true);
        logbookMenu.setDisable(true);
        services = null;
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TITLE_3, "title");
        Label text = new Label(detail);
        text.setWrapText(true);
        text.setMaxWidth(620);
        HBox buttons = new HBox(10);
        for (ProblemAction a : actions) {
            Button button = new Button(a.label());
            button.getStyleClass().add(Styles.ACCENT);
            button.setOnAction(e -> a.action().run());
            buttons.getChildren().add(button);
        }
        VBox card = new VBox(12, new FontIcon(Feather.ALERT_TRIANGLE), heading, text, buttons);
        card.getStyleClass().addAll(UiStyles.CARD, "problem");
        card.setId("problem");
        card.setMaxSize(680, USE_PREF_SIZE);
        content.getChildren().setAll(card);
    }

    /** The logbook is open: build the sections and show the history, or the welcome page when it is empty. */
    public void showLogbook(AppServices openServices, boolean empty) {
        showLogbook(openServices, empty, null);
    }

    /** @param firstPage the history's first page read ahead while the window was built, or null */
    public void showLogbook(AppServices openServices, boolean empty, HistoryViewModel.FirstPage firstPage) {
        this.services = openServices;
        logbookLabel.setText(openServices.logbook().file().toString());
        problem.textProperty().bind(openServices.problemProperty());
        buildUnitsMenu(openServices);
        logbookMenu.setDisable(false);
        backupsItem.setDisable(openServices.fileActions() == LogbookFileActions.NONE);
        sections.clear();
        navButtons.clear();
        navigation.getChildren().clear();
        for (Section section : Sections.create(openServices, this::select, firstPage)) {
            addSection(section);
        }
        if (empty) {
            showWelcome();
        } else {
            select(sections.keySet().iterator().next());
        }
        // After the first view shows: a session left unsaved by a crash is offered back (the log section asks).
        sections.values().forEach(Section::logbookOpened);
    }

    private void addSection(Section section) {
        sections.put(section.id(), section);
        ToggleButton button = new ToggleButton(section.title(), new FontIcon(section.icon()));
        button.setId("nav-" + section.id());
        button.getStyleClass().add(UiStyles.NAV_BUTTON);
        Shortcut go = GO_TO.get(section.id());
        button.setTooltip(new Tooltip(go == null ? section.title() : go.tip(section.title())));
        compact.iconOnlyWhenNarrow(button);
        button.setToggleGroup(navGroup);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setOnAction(e -> select(section.id()));
        navButtons.put(section.id(), button);
        navigation.getChildren().add(button);
    }

    private static final Map<String, Shortcut> GO_TO = Map.of("history", Shortcut.GO_HISTORY, "log",
            Shortcut.GO_LOG, "blocks", Shortcut.GO_BLOCKS, "progress", Shortcut.GO_PROGRESS);

    /** A short standing remark in the status bar, such as "read-only"; empty to clear it. */
    public void setNotice(String text) {
        notice.setText(text);
    }

    /**
     * Files dropped on the window or named when the app was started (a block file opened from the desktop): a single
     * .json file is a training block (coach ↔ athlete) and gets the import preview, unless it is an Overload history
     * file (Export history's JSON); that and anything else is history, read by the history import. Does nothing
     * while no logbook is open.
     */
    public void openFiles(List<Path> files) {
        if (services == null || files.isEmpty()) {
            return;
        }
        if (files.size() == 1 && files.get(0).getFileName().toString().toLowerCase(Locale.ROOT)
                .endsWith(".json") && !ImportHistoryFile.isHistoryFile(files.get(0))) {
            BlockExchangeActions.previewImport(getScene().getWindow(), services, files.get(0), this::refreshCurrent);
        } else {
            openHistoryImport(files);
        }
    }

    private void openHistoryImport(List<Path> files) {
        HistoryImportActions.open(getScene().getWindow(), services, files, this::refreshCurrent);
    }

    /** After an import: show the section the user was on again, with fresh data. */
    private void refreshCurrent() {
        String current = navButtons.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey)
                .findFirst().orElse(sections.containsKey("history") ? "history" : null);
        if (current != null) {
            select(current);
        }
    }

    /** Ctrl+, (Cmd+, on a Mac), where settings usually are. */
    public static final KeyCombination ATHLETE_KEY = Shortcut.ATHLETE.keys().get(0);

    private void openAthlete() {
        if (services == null) {
            return;
        }
        AthleteViewModel model = new AthleteViewModel(services.logbook(), services.executor(),
                services.units().get().distance());
        model.setOnSaved(this::refreshCurrent);
        new AthleteDialog(getScene().getWindow(), model).show();
    }

    private void openBackups() {
        new BackupDialog(getScene().getWindow(), new BackupViewModel(services.fileActions(), services.executor()),
                services.logbook().file()).show();
    }

    /** Brings a section to the front by id, e.g. "history". */
    public void select(String id) {
        Section section = sections.get(id);
        if (section == null) {
            throw new IllegalArgumentException("No section " + id);
        }
        navButtons.get(id).setSelected(true);
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        boolean focusWasInContent = owner == null || isUnder(owner, content);
        content.getChildren().setAll(section.view());
        section.shown();
        // Reached by a key (Alt+1, a save) rather than the sidebar: the focus left with the old view and would
        // fall to the sidebar's last entry, so it goes into the new one, on its table if it has one. The log form
        // places its own focus.
        if (focusWasInContent && !(section.view() instanceof LogView)) {
            Node view = section.view();
            Platform.runLater(() -> {
                Node table = view.lookup(".table-view");
                Optional<Node> target = table != null && table.isVisible() ? Optional.of(table)
                        : Dialogs.firstField(view);
                target.ifPresent(Focus::soon);
            });
        }
    }

    private static boolean isUnder(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    private void showWelcome() {
        navGroup.selectToggle(null);
        WelcomeViewModel model = new WelcomeViewModel(services.logbook(), services.executor(), services.clock(),
                () -> select("history"));
        Button logFirst = new Button("Log your first session", new FontIcon(Feather.EDIT_3));
        logFirst.setId("log-first");
        logFirst.getStyleClass().add(Styles.ACCENT);
        logFirst.setDefaultButton(true);
        logFirst.setOnAction(e -> select("log"));
        content.getChildren().setAll(new WelcomeView(model, logFirst));
    }

    private void buildUnitsMenu(AppServices openServices) {
        unitsMenu.getItems().clear();
        ToggleGroup mass = new ToggleGroup();
        ToggleGroup distance = new ToggleGroup();
        UnitPreferences now = openServices.units().get();
        for (MassUnit unit : MassUnit.values()) {
            RadioMenuItem item = new RadioMenuItem(unit == MassUnit.KG ? "Kilograms (kg)" : "Pounds (lb)");
            item.setId("units-" + unit.symbol());
            item.setToggleGroup(mass);
            item.setSelected(unit == now.mass());
            item.setOnAction(e -> openServices.changeUnits(
                    new UnitPreferences(unit, openServices.units().get().distance())));
            unitsMenu.getItems().add(item);
        }
        unitsMenu.getItems().add(new SeparatorMenuItem());
        for (DistanceUnit unit : DistanceUnit.values()) {
            RadioMenuItem item = new RadioMenuItem(unit == DistanceUnit.KM ? "Kilometres (km)" : "Miles (mi)");
            item.setId("units-" + unit.symbol());
            item.setToggleGroup(distance);
            item.setSelected(unit == now.distance());
            item.setOnAction(e -> openServices.changeUnits(
                    new UnitPreferences(openServices.units().get().mass(), unit)));
            unitsMenu.getItems().add(item);
        }
        unitsMenu.getItems().add(new SeparatorMenuItem());
        MenuItem plates = new MenuItem("Bar and plates…", new FontIcon(Feather.DISC));
        plates.setId("units-plates");
        plates.setOnAction(e -> PlatesDialog.open(getScene().getWindow(),
                new PlatesViewModel(openServices.plates().get(),
                        openServices.units().get().mass()), openServices::changePlates));
        unitsMenu.getItems().add(plates);
        unitsMenu.textProperty().bind(openServices.units().map(u -> "Units: " + u.mass().symbol() + ", "
                + u.distance().symbol()));
        unitsMenu.setTooltip(new Tooltip("Units for loads, distances and paces; the logbook stores SI units."));
        unitsMenu.setDisable(false);
    }

    /** The view currently in the content area (for tests and screenshots). */
    public Node currentView() {
        return content.getChildren().isEmpty() ? null : content.getChildren().get(0);
    }

    public List<String> sectionIds() {
        return List.copyOf(sections.keySet());
    }
}

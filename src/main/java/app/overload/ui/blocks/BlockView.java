package app.overload.ui.blocks;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

import app.overload.domain.BlockStatus;
import app.overload.domain.TrainingBlock;
import app.overload.planning.Compliance;
import app.overload.planning.PlanWeek;
import app.overload.ui.AppServices;
import app.overload.ui.Ems;
import app.overload.ui.Focus;
import app.overload.ui.OverflowMenu;
import app.overload.ui.Shortcut;
import app.overload.ui.UiStyles;
import app.overload.ui.exchange.BlockExchangeActions;
import app.overload.ui.exchange.ExportPlanViewModel;
import app.overload.ui.exchange.PlanExportActions;
import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.DoubleBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One block: its goal and progress on top; then the plan, weeks as rows and days as columns, each planned session
 * showing whether it was done, missed, is today or still ahead, with compliance per week; a side panel for the day
 * clicked, where the plan is edited; and the "Next week" tab.
 */
public final class BlockView extends BorderPane {

    public static final String ID = "block-view";

    private final BlockViewModel model;
    private final Function<TrainingBlock, Node> nextWeek;
    private final TabPane tabs = new TabPane();
    private final Tab planTab = new Tab("Plan");
    private final Tab nextWeekTab = new Tab("Next week");
    private final StackPane nextWeekSlot = new StackPane();
    private final PlanGrid grid;
    private final PlanEditorView editor;
    private final PlanRoom room;
    private final HBox deletePrompt;
    private final Label hint = Fields.muted("· Click a day to see it, or to change its plan.");
    private Runnable onBack = () -> { };

    BlockView(BlockViewModel model, Function<TrainingBlock, Node> nextWeek, AppServices services) {
        this.model = model;
        this.nextWeek = nextWeek;
        setId(ID);
        getStyleClass().add("block-view");

        Button back = new Button("All blocks", new FontIcon(Feather.ARROW_LEFT));
        back.setId("back-to-blocks");
        back.getStyleClass().add(Styles.FLAT);
        back.setOnAction(e -> onBack.run());
        Label name = new Label();
        name.setId("block-name");
        name.getStyleClass().add(Styles.TITLE_3);
        name.textProperty().bind(model.nameProperty());
        Label status = new Label();
        status.setId("block-status");
        status.getStyleClass().addAll("badge", "training");
        status.textProperty().bind(model.statusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ExportPlanViewModel planExport = new ExportPlanViewModel(services.logbook(), services.executor(),
                services.clock(), services.units());
        MenuItem toCalendar = new MenuItem("Calendar file (.ics)…", new FontIcon(Feather.CALENDAR));
        toCalendar.setId("export-plan-ics");
        toCalendar.setOnAction(e -> model.block().ifPresent(b -> PlanExportActions.calendar(getScene().getWindow(),
                planExport, b)));
        MenuItem toWatch = new MenuItem("Runs and rides for a watch (.fit)…", new FontIcon(Feather.WATCH));
        toWatch.setId("export-plan-fit");
        toWatch.setOnAction(e -> model.block().ifPresent(b -> PlanExportActions.watch(getScene().getWindow(),
                planExport, b)));
        // One menu for every way a block leaves the app, so the title row keeps room at 1024 pixels.
        MenuItem export = new MenuItem("Block file for a coach or athlete (.json)…", new FontIcon(Feather.SHARE));
        export.setId("export-block");
        export.setOnAction(e -> model.block().ifPresent(b -> BlockExchangeActions.exportBlock(getScene().getWindow(),
                services, b.id())));
        MenuButton exportMenu = new MenuButton("Export", new FontIcon(Feather.SHARE), export, new SeparatorMenuItem(),
                toCalendar, toWatch);
        exportMenu.setId("export-plan");
        exportMenu.disableProperty().bind(planExport.busyProperty());
        Button archive = new Button("Archive…", new FontIcon(Feather.ARCHIVE));
        archive.setId("archive-block");
        archive.setOnAction(e -> ArchiveDialog.open(getScene().getWindow(), new ArchiveViewModel(model)));
        Button delete = new Button("Delete…", new FontIcon(Feather.TRASH_2));
        delete.setId("delete-block");
        delete.getStyleClass().add(Styles.DANGER);
        model.detailsProperty().addListener((obs, old, now) -> archive.setDisable(now == null || model.archived()));
        // The status under the name, and Archive and Delete in a More menu when the row is short of room; the
        // name wraps rather than pushing the buttons off, and shows whole in its tooltip too.
        name.setWrapText(true);
        name.setTooltip(new Tooltip());
        name.getTooltip().textProperty().bind(model.nameProperty());
        status.setMinWidth(Region.USE_PREF_SIZE);
        VBox nameAndStatus = new VBox(2, name, status);
        nameAndStatus.setAlignment(Pos.CENTER_LEFT);
        for (Region fixed : new Region[] {back, exportMenu, archive, delete}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox titleRow = new HBox(10, back, nameAndStatus, spacer, exportMenu, archive, delete);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        OverflowMenu.install(titleRow, archive, delete).setId("block-more");

        deletePrompt = deletePrompt();
        delete.setOnAction(e -> {
            deletePrompt.setVisible(true);
            deletePrompt.setManaged(true);
        });
        Label message = new Label();
        message.getStyleClass().add("field-message");
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        Label exported = new Label();
        exported.setId("export-plan-outcome");
        exported.setWrapText(true);
        exported.textProperty().bind(planExport.outcomeProperty());
        exported.managedProperty().bind(exported.textProperty().isNotEmpty());
        exported.visibleProperty().bind(exported.managedProperty());
        planExport.failedProperty().addListener((obs, old, now) -> {
            exported.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            exported.getStyleClass().add(now ? Styles.DANGER : Styles.SUCCESS);
        });
        exported.getStyleClass().add(Styles.SUCCESS);
        VBox top = new VBox(10, titleRow, deletePrompt, message, exported, driftNotice(), replanBar(),
                summaryCard());
        top.setPadding(new Insets(0, 0, 10, 0));
        // Never squeezed: its wrapped lines would be cut short; the page scrolls instead.
        top.setMinHeight(Region.USE_PREF_SIZE);

        grid = new PlanGrid(model);
        PlanEditorViewModel editing = new PlanEditorViewModel(model);
        editor = new PlanEditorView(editing, model);
        ScrollPane gridScroll = new ScrollPane(grid);
        gridScroll.setFitToWidth(true);
        gridScroll.getStyleClass().add("plan-scroll");
        HBox.setHgrow(gridScroll, Priority.ALWAYS);
        Runnable pin = () -> grid.pinHeader(gridScroll.getVvalue()
                * Math.max(0, grid.getHeight() - gridScroll.getViewportBounds().getHeight()));
        gridScroll.vvalueProperty().addListener((obs, old, now) -> pin.run());
        gridScroll.viewportBoundsProperty().addListener((obs, old, now) -> pin.run());
        grid.heightProperty().addListener((obs, old, now) -> pin.run());
        model.complianceProperty().addListener((obs, old, now) -> {
            if (now != null && (old == null || !old.block().id().equals(now.block().id()))) {
                showCurrentWeek(gridScroll, now);
            }
        });
        room = new PlanRoom(model, grid, editor, gridScroll, hint);
        HBox planBody = room.body();
        VBox planPane = new VBox(8, legend(), planBody);
        VBox.setVgrow(planBody, Priority.ALWAYS);
        planPane.setPadding(new Insets(10, 0, 0, 0));
        planTab.setContent(planPane);
        planTab.setClosable(false);
        planTab.setId("plan-tab");
        nextWeekSlot.setId("next-week-slot");
        nextWeekSlot.setAlignment(Pos.TOP_LEFT);
        nextWeekSlot.setPadding(new Insets(12, 0, 0, 0));
        nextWeekTab.setContent(nextWeekSlot);
        nextWeekTab.setClosable(false);
        nextWeekTab.setId("next-week-tab");
        tabs.getTabs().setAll(planTab, nextWeekTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> tabChanged(old, now));
        model.detailsProperty().addListener((obs, old, now) -> {
            deletePrompt.setVisible(false);
            deletePrompt.setManaged(false);
            if (tabs.getSelectionModel().getSelectedItem() == nextWeekTab) {
                fillNextWeek();
            }
        });
        setCenter(room.page(top, tabs));
        closeWithEscape(editing);
    }

    /** Esc closes the plan form, then the day's panel; the day in the grid gets the focus back. */
    private void closeWithEscape(PlanEditorViewModel editing) {
        Shortcut.install(this, Shortcut.Area.BLOCKS, Map.of(Shortcut.CLOSE_DAY, target -> {
            if (target instanceof ComboBoxBase<?> box && box.isShowing()) {
                return false; // Esc closes the open list first
            }
            LocalDate day = model.selectedDayProperty().get();
            if (editing.formOpenProperty().get()) {
                editing.close();
            } else if (day != null) {
                model.selectedDayProperty().set(null);
                Node cell = grid.lookup("#day-" + day);
                if (cell != null) {
                    Focus.soon(cell);
                }
            } else {
                return false;
            }
            return true;
        }));
    }

    private VBox summaryCard() {
        Label goal = new Label();
        goal.setId("block-goal");
        goal.getStyleClass().add("goal-line");
        goal.textProperty().bind(model.goalProperty());
        goal.setWrapText(true);
        Label dates = Fields.muted("");
        dates.textProperty().bind(model.datesProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("goal-progress-bar");
        bar.getStyleClass().add("goal-bar");
        bar.progressProperty().bind(model.fractionProperty());
        // 180 px at normal text, never under 60: a bar squeezed to nothing says nothing.
        DoubleBinding em = Ems.of(dates);
        bar.prefWidthProperty().bind(em.multiply(13.8));
        bar.minWidthProperty().bind(em.multiply(4.6));
        // An empty bar says nothing that "Nothing logged toward it yet" does not.
        bar.visibleProperty().bind(model.fractionProperty().greaterThan(0));
        bar.managedProperty().bind(bar.visibleProperty());
        Label progress = new Label();
        progress.setId("goal-progress");
        progress.setWrapText(true);
        progress.textProperty().bind(model.progressTextProperty());
        HBox progressRow = new HBox(10, bar, progress);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        Label start = Fields.muted("");
        start.textProperty().bind(model.startTextProperty());
        start.managedProperty().bind(start.textProperty().isNotEmpty());
        Label outcome = new Label();
        outcome.setId("block-outcome");
        outcome.setWrapText(true);
        outcome.getStyleClass().add("outcome");
        outcome.textProperty().bind(model.outcomeTextProperty());
        outcome.managedProperty().bind(outcome.textProperty().isNotEmpty());
        outcome.visibleProperty().bind(outcome.textProperty().isNotEmpty());
        Label outlook = new Label();
        outlook.setId("block-outlook");
        outlook.setWrapText(true);
        outlook.getStyleClass().add("outlook-line");
        outlook.textProperty().bind(model.outlookTextProperty());
        outlook.managedProperty().bind(outlook.textProperty().isNotEmpty());
        outlook.visibleProperty().bind(outlook.textProperty().isNotEmpty());
        VBox left = new VBox(4, goal, dates, progressRow, outlook, start, outcome);
        HBox.setHgrow(left, Priority.ALWAYS);
        Label complianceCaption = Fields.muted("Plan done so far");
        Label compliance = new Label();
        compliance.setId("block-compliance");
        compliance.getStyleClass().add("compliance-total");
        compliance.textProperty().bind(model.complianceTextProperty());
        // Re-plan… sits with the summary, where the outlook it changes is, and only on a block still to be trained.
        Button replan = new Button("Re-plan…", new FontIcon(Feather.SHUFFLE));
        replan.setId("replan-block");
        replan.setOnAction(e -> openReplan());
        replan.setVisible(false);
        replan.managedProperty().bind(replan.visibleProperty());
        model.detailsProperty().addListener((obs, old, now) -> replan.setVisible(now != null && replannable()));
        VBox.setMargin(replan, new Insets(6, 0, 0, 0));
        VBox right = new VBox(2, complianceCaption, compliance, replan);
        right.setAlignment(Pos.TOP_RIGHT);
        right.setMinWidth(Region.USE_PREF_SIZE);
        HBox card = new HBox(20, left, right);
        card.getStyleClass().add("block-summary");
        return new VBox(card);
    }

    /** A quiet line when the logbook has drifted from the plan, offering a re-plan. */
    private HBox driftNotice() {
        Label text = new Label();
        text.setId("drift-notice");
        text.setWrapText(true);
        text.setGraphic(new FontIcon(Feather.INFO));
        text.textProperty().bind(model.driftTextProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button replan = new Button("Re-plan…");
        replan.setId("drift-replan");
        replan.getStyleClass().add(Styles.SMALL);
        replan.setOnAction(e -> openReplan());
        replan.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(10, text, replan);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("drift-notice");
        bar.visibleProperty().bind(model.driftTextProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** What became of the last re-plan, with Undo while it can be taken back. */
    private HBox replanBar() {
        Label text = new Label();
        text.setId("replan-result");
        text.setWrapText(true);
        text.textProperty().bind(model.replanTextProperty());
        Button undo = new Button("Undo", new FontIcon(Feather.ROTATE_CCW));
        undo.setId("replan-undo");
        undo.getStyleClass().add(Styles.SMALL);
        undo.visibleProperty().bind(model.acceptedProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> model.undoReplan());
        HBox bar = new HBox(10, text, undo);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("replan-result");
        bar.visibleProperty().bind(model.replanTextProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private boolean replannable() {
        return model.block().map(b -> {
            BlockStatus status = b.status(model.today());
            return status == BlockStatus.ACTIVE || status == BlockStatus.PLANNED;
        }).orElse(false);
    }

    private void openReplan() {
        if (model.block().isPresent() && replannable()) {
            ReplanDialog.open(getScene() == null ? null : getScene().getWindow(), model.replan());
        }
    }

    /** What the colours mean, wrapping to a second line where the row is short. */
    private FlowPane legend() {
        FlowPane legend = new FlowPane(14, 4);
        legend.getStyleClass().add("plan-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        for (String[] item : new String[][] {{"done", "Done"}, {"missed", "Missed"}, {"today", "Today"},
                {"upcoming", "Planned"}, {"extra", "Unplanned training"}}) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("swatch", item[0]);
            Label label = new Label(item[1], swatch);
            label.getStyleClass().add(UiStyles.MUTED);
            legend.getChildren().add(label);
        }
        legend.getChildren().add(hint);
        return legend;
    }

    private HBox deletePrompt() {
        Label text = new Label();
        text.setWrapText(true);
        model.detailsProperty().addListener((obs, old, now) -> text.setText(now == null ? "" : "Delete \""
                + now.block().name() + "\" and its plan? " + (now.sessions().isEmpty()
                        ? "No sessions were logged in it."
                        : "Its " + now.sessions().size() + " logged sessions stay in the logbook, as workouts.")));
        Button confirm = new Button("Delete block");
        confirm.setId("delete-confirm");
        confirm.getStyleClass().add(Styles.DANGER);
        confirm.setOnAction(e -> model.delete());
        Button keep = new Button("Keep it");
        keep.setId("delete-cancel");
        HBox bar = new HBox(10, text, keep, confirm);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("blocks-banner");
        keep.setOnAction(e -> {
            bar.setVisible(false);
            bar.setManaged(false);
        });
        bar.setVisible(false);
        bar.setManaged(false);
        return bar;
    }

    /** The plan tab shows again each time, read afresh: next week's suggestions may have changed the plan. */
    private void tabChanged(Tab old, Tab now) {
        if (now == nextWeekTab) {
            fillNextWeek();
        } else if (now == planTab && old == nextWeekTab) {
            model.reload();
        }
    }

    private void fillNextWeek() {
        model.block().ifPresentOrElse(b -> nextWeekSlot.getChildren().setAll(nextWeek.apply(b)),
                () -> nextWeekSlot.getChildren().clear());
    }

    /** Scrolls the plan so that the current week is the second row in sight (the week before it shows too). */
    private void showCurrentWeek(ScrollPane scroll, Compliance compliance) {
        int week = compliance.currentWeek().map(PlanWeek::week).orElse(1);
        Platform.runLater(() -> {
            scroll.layout();
            Node row = grid.lookup("#week-" + Math.max(1, week - 1));
            double content = grid.getHeight() - scroll.getViewportBounds().getHeight();
            if (row == null || content <= 0) {
                scroll.setVvalue(0);
                return;
            }
            scroll.setVvalue(Math.min(1, row.getBoundsInParent().getMinY() / content));
        });
    }

    void showPlan() {
        tabs.getSelectionModel().select(planTab);
    }

    void setOnBack(Runnable action) {
        onBack = action;
    }

    BlockViewModel model() {
        return model;
    }

    public PlanGrid grid() {
        return grid;
    }

    public TabPane tabs() {
        return tabs;
    }
}

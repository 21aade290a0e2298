package app.overload.ui.history;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import app.overload.domain.SessionId;
import app.overload.ui.Ems;
import app.overload.ui.Shortcut;
import app.overload.ui.UiStyles;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The history section: sessions newest first, grouped under weekly totals, earlier weeks on request; or the same
 * weeks as a calendar. Enter edits the selected session, Delete deletes it (with Undo), Ctrl+N logs a new one.
 */
public final class HistoryView extends BorderPane {

    public static final String ID = "history";
    /** Below this width Edit and Delete show their icons only. */
    static final double NARROW_EMS = 66;
    /** The summary keeps at least this much of the table; narrower, the least needed columns give way. */
    static final double SUMMARY_MIN_EMS = 24;
    private static final PseudoClass WEEK = PseudoClass.getPseudoClass("week");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM  HH:mm", Locale.ENGLISH);

    private final HistoryViewModel model;
    private final TableView<HistoryRow> table = new TableView<>();
    private final CalendarView calendar;
    private final HBox actions;
    private final DoubleBinding em;

    public HistoryView(HistoryViewModel model) {
        this.model = model;
        setId(ID);
        getStyleClass().add("history-view");
        getStylesheets().add(HistoryView.class.getResource("history.css").toExternalForm());
        calendar = new CalendarView(model);

        Label title = new Label("History");
        title.getStyleClass().add(Styles.TITLE_2);
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label("Training sessions belong to a block and have a purpose; workouts stand alone.");
        hint.getStyleClass().add(UiStyles.MUTED);
        hint.setWrapText(true);
        em = Ems.of(hint);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button newSession = new Button("New session", new FontIcon(Feather.PLUS));
        newSession.setId("new-session");
        newSession.getStyleClass().add(Styles.ACCENT);
        newSession.setTooltip(new Tooltip(Shortcut.NEW_SESSION.tip("Log a session")));
        newSession.setOnAction(e -> model.newSession());
        HBox toggle = viewToggle();
        toggle.setAlignment(Pos.CENTER);
        actions = actions();
        VBox heading = new VBox(4, title, hint);
        HBox.setHgrow(heading, Priority.SOMETIMES);
        HBox titleRow = new HBox(12, heading, spacer, actions, toggle, newSession);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        for (Node fixed : List.of(actions, toggle, newSession)) {
            ((Region) fixed).setMinWidth(Region.USE_PREF_SIZE);
        }
        // Edit and Delete beside the other actions save a row of the table; on a narrow window they show their
        // icons only (their tooltips name them and their keys).
        BooleanBinding narrow = widthProperty().lessThan(em.multiply(NARROW_EMS));
        actions.getChildren().forEach(b -> ((Button) b).contentDisplayProperty().bind(Bindings.when(narrow)
                .then(ContentDisplay.GRAPHIC_ONLY).otherwise(ContentDisplay.LEFT)));
        VBox header = new VBox(10, titleRow, noticeBar(), new HistoryFilters(model), undoBar());
        header.setPadding(new Insets(0, 0, 12, 0));
        setTop(header);

        buildTable();
        setCenter(table);

        Button earlier = new Button("Show earlier weeks");
        earlier.setId("load-earlier");
        earlier.disableProperty().bind(model.hasEarlierProperty().not().or(model.loadingProperty()));
        earlier.setOnAction(e -> model.loadEarlier());
        Label status = new Label();
        status.getStyleClass().add(UiStyles.MUTED);
        status.textProperty().bind(Bindings.when(model.hasEarlierProperty()).then("")
                .otherwise(Bindings.when(Bindings.isEmpty(model.rows())).then("")
                        .otherwise("This is the start of your logbook.")));
        HBox footer = new HBox(12, earlier, status);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(10, 0, 0, 0));
        HBox.setHgrow(status, Priority.ALWAYS);
        setBottom(footer);

        shortcuts();
        // The marks are a courtesy; the first frame of the history is what the user is waiting for.
        model.startRecordLookUpsWith(new AfterFirstRows(this, table));
    }

    /** Enter and Delete act on the table's selection, so only while the table has the keys; Ctrl+Z anywhere. */
    private void shortcuts() {
        Map<Shortcut, Shortcut.Action> keys = new EnumMap<>(Shortcut.class);
        keys.put(Shortcut.EDIT_SESSION, target -> target == table && selected(model::edit));
        keys.put(Shortcut.DELETE_SESSION, target -> target == table && selected(model::delete));
        keys.put(Shortcut.UNDO_DELETE, target -> {
            if (model.undoTextProperty().get().isEmpty()) {
                return false;
            }
            model.undoDelete();
            return true;
        });
        Shortcut.install(this, Shortcut.Area.HISTORY, keys);
    }

    public TableView<HistoryRow> table() {
        return table;
    }

    private HBox viewToggle() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton list = new ToggleButton("List", new FontIcon(Feather.LIST));
        list.setId("view-list");
        list.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton weeks = new ToggleButton("Calendar", new FontIcon(Feather.CALENDAR));
        weeks.setId("view-calendar");
        weeks.getStyleClass().add(Styles.RIGHT_PILL);
        list.setToggleGroup(group);
        weeks.setToggleGroup(group);
        list.setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            setCenter(now == weeks ? calendar : table);
            // Edit and Delete act on the list's selection; in the calendar a chip opens its session.
            actions.setVisible(now != weeks);
            actions.setManaged(now != weeks);
        });
        return new HBox(list, weeks);
    }

    private HBox actions() {
        Button edit = new Button("Edit", new FontIcon(Feather.EDIT_2));
        edit.setId("edit-session");
        edit.setTooltip(new Tooltip(Shortcut.EDIT_SESSION.tip("Edit: open the selected session in the log form")));
        Button delete = new Button("Delete", new FontIcon(Feather.TRASH_2));
        delete.setId("delete-session");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setTooltip(new Tooltip(Shortcut.DELETE_SESSION.tip("Delete the selected session; "
                + Shortcut.UNDO_DELETE.keysText() + " brings it back")));
        var noSession = Bindings.createBooleanBinding(() -> !(table.getSelectionModel().getSelectedItem()
                instanceof HistoryRow.Entry), table.getSelectionModel().selectedItemProperty());
        edit.disableProperty().bind(noSession.or(table.visibleProperty().not()));
        delete.disableProperty().bind(noSession.or(table.visibleProperty().not()));
        edit.setOnAction(e -> selected(model::edit));
        delete.setOnAction(e -> selected(model::delete));
        HBox box = new HBox(8, edit, delete);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Runs {@code action} on the selected session; false when a week (or nothing) is selected. */
    private boolean selected(Consumer<SessionId> action) {
        if (table.getSelectionModel().getSelectedItem() instanceof HistoryRow.Entry entry) {
            action.accept(entry.id());
            return true;
        }
        return false;
    }

    /** What the log form just saved, and any record it set, until dismissed. */
    private HBox noticeBar() {
        Label text = new Label();
        text.setId("saved-notice-text");
        text.textProperty().bind(model.noticeProperty());
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button dismiss = new Button(null, new FontIcon(Feather.X));
        dismiss.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        dismiss.setTooltip(new Tooltip("Dismiss"));
        dismiss.setOnAction(e -> model.dismissNotice());
        FontIcon icon = new FontIcon(Feather.CHECK_CIRCLE);
        HBox bar = new HBox(10, icon, text, dismiss);
        bar.setId("saved-notice");
        bar.getStyleClass().add("saved-notice");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private HBox undoBar() {
        Label text = new Label();
        text.textProperty().bind(model.undoTextProperty());
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button undo = new Button("Undo", new FontIcon(Feather.ROTATE_CCW));
        undo.setId("undo-delete");
        undo.setTooltip(new Tooltip(Shortcut.UNDO_DELETE.tip("Bring the session back")));
        undo.setOnAction(e -> model.undoDelete());
        undo.setMinWidth(Region.USE_PREF_SIZE);
        Button dismiss = new Button(null, new FontIcon(Feather.X));
        dismiss.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        dismiss.setTooltip(new Tooltip("Dismiss: the session stays deleted"));
        dismiss.setOnAction(e -> model.dismissUndo());
        HBox bar = new HBox(10, text, undo, dismiss);
        bar.setId("undo-bar");
        bar.getStyleClass().add("undo-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(model.undoTextProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private void buildTable() {
        table.setItems(model.rows());
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<HistoryRow, String> when = column("When", 14, row -> row instanceof HistoryRow.Week w
                ? w.title() : DAY.format(((HistoryRow.Entry) row).start()));
        TableColumn<HistoryRow, HistoryRow> kind = kindColumn();
        TableColumn<HistoryRow, String> purpose = column("Purpose / label", 11, row -> row instanceof HistoryRow.Entry e
                ? e.purposeOrLabel() : "");
        TableColumn<HistoryRow, String> time = column("Time", 5, row -> row instanceof HistoryRow.Entry e
                ? e.duration() : "");
        TableColumn<HistoryRow, String> rpe = column("RPE", 3.5, row -> row instanceof HistoryRow.Entry e
                ? e.rpe() : "");
        TableColumn<HistoryRow, HistoryRow> summary = summaryColumn();
        table.getColumns().setAll(List.of(when, kind, purpose, time, rpe, summary));
        ColumnPriorities.giveWay(table, summary, SUMMARY_MIN_EMS, em, List.of(rpe, time, purpose));
        table.setRowFactory(view -> {
            TableRow<HistoryRow> row = new TableRow<>() {
                @Override
                protected void updateItem(HistoryRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(WEEK, !empty && item instanceof HistoryRow.Week);
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                        && row.getItem() instanceof HistoryRow.Entry entry) {
                    model.edit(entry.id());
                }
            });
            return row;
        });
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.loadingProperty()).then("Loading your history…")
                .otherwise(model.messageProperty()));
        table.setPlaceholder(placeholder);
    }

    /** A column at least {@code minEms} wide, so its text shows whole at every text size. */
    private TableColumn<HistoryRow, String> column(String name, double minEms, Function<HistoryRow, String> text) {
        TableColumn<HistoryRow, String> column = new TableColumn<>(name);
        sizeInEms(column, minEms);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                text.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            /** Made on first need: a tooltip is a popup window, too costly to make for every cell at start-up. */
            private Tooltip tip;

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // A long label may not fit its column; the whole text is a hover away.
                if (empty || item == null || item.length() < 20) {
                    setTooltip(null);
                    return;
                }
                if (tip == null) {
                    tip = new Tooltip();
                }
                tip.setText(item);
                setTooltip(tip);
            }
        });
        return column;
    }

    /**
     * Gives a column its least width in ems, and as much to start with; the table's resize policy may widen it
     * later, so the width is set, not bound. Only the summary grows much: a wide window gives it the room.
     */
    private void sizeInEms(TableColumn<HistoryRow, ?> column, double minEms) {
        column.setSortable(false);
        column.setReorderable(false);
        column.minWidthProperty().bind(em.multiply(minEms));
        if (!"Summary".equals(column.getText())) {
            column.maxWidthProperty().bind(em.multiply(minEms * 1.3));
        }
        column.setPrefWidth(em.get() * minEms);
        em.addListener((obs, old, now) -> column.setPrefWidth(now.doubleValue() * minEms));
    }

    /**
     * Sessions as one line, shortened where too long, with the whole text a hover away (and in the form, Enter);
     * the week's totals wrap onto as many lines as they need, since they are what the week row is for.
     */
    private TableColumn<HistoryRow, HistoryRow> summaryColumn() {
        TableColumn<HistoryRow, HistoryRow> column = new TableColumn<>("Summary");
        sizeInEms(column, SUMMARY_MIN_EMS);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new SummaryCell(column));
        return column;
    }

    private TableColumn<HistoryRow, HistoryRow> kindColumn() {
        TableColumn<HistoryRow, HistoryRow> column = new TableColumn<>("Kind");
        sizeInEms(column, 8.5); // the badge and a record's medal
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Label badge = new Label();
            /** A session that set a personal record shows a medal; its records are a hover away. */
            private final Label record = new Label(null, new FontIcon(Feather.AWARD));
            private final Tooltip recordTip = new Tooltip();
            private final HBox both = new HBox(6, badge, record);

            {
                record.getStyleClass().add("record-mark");
                recordTip.setWrapText(true);
                recordTip.setMaxWidth(480);
                record.setTooltip(recordTip);
                both.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(HistoryRow item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || !(item instanceof HistoryRow.Entry entry)) {
                    setGraphic(null);
                    return;
                }
                badge.setText(entry.training() ? "Training" : "Workout");
                badge.getStyleClass().setAll("label", UiStyles.BADGE,
                        entry.training() ? UiStyles.TRAINING : UiStyles.WORKOUT);
                boolean isRecord = !entry.records().isEmpty();
                record.setVisible(isRecord);
                record.setManaged(isRecord);
                recordTip.setText(isRecord ? "Personal record\n" + entry.records() : "");
                setGraphic(both);
            }
        });
        return column;
    }
}

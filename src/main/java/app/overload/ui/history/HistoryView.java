package app.overload.ui.history;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import app.overload.domain.SessionId;
import app.overload.ui.UiStyles;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
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
    private static final PseudoClass WEEK = PseudoClass.getPseudoClass("week");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM  HH:mm", Locale.ENGLISH);

    private final HistoryViewModel model;
    private final TableView<HistoryRow> table = new TableView<>();
    private final CalendarView calendar;
    private final HBox actions;

    public HistoryView(HistoryViewModel model) {
        this.model = model;
        setId(ID);
        getStyleClass().add("history-view");
        getStylesheets().add(HistoryView.class.getResource("history.css").toExternalForm());
        calendar = new CalendarView(model);

        Label title = new Label("History");
        title.getStyleClass().add(Styles.TITLE_2);
        Label hint = new Label("Training sessions belong to a block and have a purpose; workouts stand alone.");
        hint.getStyleClass().add(UiStyles.MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button newSession = new Button("New session", new FontIcon(Feather.PLUS));
        newSession.setId("new-session");
        newSession.getStyleClass().add(Styles.ACCENT);
        newSession.setTooltip(new Tooltip("Log a session (Ctrl+N)"));
        newSession.setOnAction(e -> model.newSession());
        HBox toggle = viewToggle();
        toggle.setAlignment(Pos.CENTER);
        HBox titleRow = new HBox(12, new VBox(4, title, hint), spacer, toggle, newSession);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        actions = actions();
        VBox header = new VBox(10, titleRow, new HistoryFilters(model), actions, undoBar());
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

        KeyCombination newKey = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
        KeyCombination undoKey = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (newKey.match(e)) {
                model.newSession();
                e.consume();
            } else if (undoKey.match(e) && !model.undoTextProperty().get().isEmpty()) {
                model.undoDelete();
                e.consume();
            }
        });
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
        edit.setTooltip(new Tooltip("Open the selected session in the log form (Enter)"));
        Button delete = new Button("Delete", new FontIcon(Feather.TRASH_2));
        delete.setId("delete-session");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setTooltip(new Tooltip("Delete the selected session; you can undo it (Delete, then Ctrl+Z)"));
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

    private void selected(Consumer<SessionId> action) {
        if (table.getSelectionModel().getSelectedItem() instanceof HistoryRow.Entry entry) {
            action.accept(entry.id());
        }
    }

    private HBox undoBar() {
        Label text = new Label();
        text.textProperty().bind(model.undoTextProperty());
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button undo = new Button("Undo", new FontIcon(Feather.ROTATE_CCW));
        undo.setId("undo-delete");
        undo.setTooltip(new Tooltip("Bring the session back (Ctrl+Z)"));
        undo.setOnAction(e -> model.undoDelete());
        undo.setMinWidth(Region.USE_PREF_SIZE);
        Button dismiss = new Button(null, new FontIcon(Feather.X));
        dismiss.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
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
        table.getColumns().add(column("When", 180, row -> row instanceof HistoryRow.Week w ? w.title()
                : DAY.format(((HistoryRow.Entry) row).start())));
        table.getColumns().add(kindColumn());
        table.getColumns().add(column("Purpose / label", 150, row -> row instanceof HistoryRow.Entry e
                ? e.purposeOrLabel() : ""));
        table.getColumns().add(column("Time", 80, row -> row instanceof HistoryRow.Entry e ? e.duration() : ""));
        table.getColumns().add(column("RPE", 50, row -> row instanceof HistoryRow.Entry e ? e.rpe() : ""));
        table.getColumns().add(column("Summary", 420, row -> row instanceof HistoryRow.Week w ? w.totals()
                : ((HistoryRow.Entry) row).summary()));
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
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                selected(model::edit);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                selected(model::delete);
                e.consume();
            }
        });
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.loadingProperty()).then("Loading your history…")
                .otherwise(model.messageProperty()));
        table.setPlaceholder(placeholder);
    }

    private static TableColumn<HistoryRow, String> column(String name, double width,
            Function<HistoryRow, String> text) {
        TableColumn<HistoryRow, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
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
                // Summaries of long sessions do not fit a line; the whole text is a hover away.
                if (empty || item == null || item.length() < 40) {
                    setTooltip(null);
                    return;
                }
                if (tip == null) {
                    tip = new Tooltip();
                    // A long day of lifting runs to hundreds of characters: wrap it rather than run off the screen.
                    tip.setWrapText(true);
                    tip.setMaxWidth(560);
                }
                tip.setText(item);
                setTooltip(tip);
            }
        });
        return column;
    }

    private static TableColumn<HistoryRow, HistoryRow> kindColumn() {
        TableColumn<HistoryRow, HistoryRow> column = new TableColumn<>("Kind");
        column.setPrefWidth(90);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Label badge = new Label();

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
                setGraphic(badge);
            }
        });
        return column;
    }
}

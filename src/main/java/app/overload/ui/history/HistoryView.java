package app.overload.ui.history;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import app.overload.ui.UiStyles;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The history section: sessions newest first, grouped under weekly totals, earlier weeks on request. */
public final class HistoryView extends BorderPane {

    public static final String ID = "history";
    private static final PseudoClass WEEK = PseudoClass.getPseudoClass("week");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM  HH:mm", Locale.ENGLISH);

    private final TableView<HistoryRow> table = new TableView<>();

    public HistoryView(HistoryViewModel model) {
        setId(ID);
        getStyleClass().add("history-view");
        getStylesheets().add(HistoryView.class.getResource("history.css").toExternalForm());

        Label title = new Label("History");
        title.getStyleClass().add(Styles.TITLE_2);
        Label hint = new Label("Training sessions belong to a block and have a purpose; workouts stand alone.");
        hint.getStyleClass().add(UiStyles.MUTED);
        VBox header = new VBox(4, title, hint);
        header.setPadding(new Insets(0, 0, 12, 0));
        setTop(header);

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
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(HistoryRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(WEEK, !empty && item instanceof HistoryRow.Week);
            }
        });
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.loadingProperty()).then("Loading your history…")
                .otherwise(model.messageProperty()));
        table.setPlaceholder(placeholder);
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
    }

    public TableView<HistoryRow> table() {
        return table;
    }

    private static TableColumn<HistoryRow, String> column(String name, double width,
            java.util.function.Function<HistoryRow, String> text) {
        TableColumn<HistoryRow, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(
                text.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // Summaries of long sessions do not fit a line; the whole text is a hover away.
                tip.setText(item);
                setTooltip(empty || item == null || item.length() < 40 ? null : tip);
            }
        });
        return column;
    }

    private static TableColumn<HistoryRow, HistoryRow> kindColumn() {
        TableColumn<HistoryRow, HistoryRow> column = new TableColumn<>("Kind");
        column.setPrefWidth(90);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
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

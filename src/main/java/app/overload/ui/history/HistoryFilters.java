package app.overload.ui.history;

import java.util.function.Function;

import app.overload.domain.BlockSummary;
import app.overload.domain.Modality;
import app.overload.store.SessionFilter;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;

/**
 * The filter row of the history: kind, modality, block. An empty choice means "any". It wraps onto a second line
 * where the row is short (large text on a small window), each choice keeping its whole name.
 */
final class HistoryFilters extends FlowPane {

    HistoryFilters(HistoryViewModel model) {
        super(10, 6);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("history-filters");

        ComboBox<SessionFilter.Kind> kind = new ComboBox<>();
        kind.setId("filter-kind");
        kind.getItems().add(null);
        kind.getItems().addAll(SessionFilter.Kind.values());
        kind.valueProperty().bindBidirectional(model.kindFilterProperty());
        cells(kind, k -> k == SessionFilter.Kind.WORKOUT ? "Workouts" : "Training", "Workouts and training");

        ComboBox<Modality> modality = new ComboBox<>();
        modality.setId("filter-modality");
        modality.getItems().add(null);
        modality.getItems().addAll(Modality.values());
        modality.valueProperty().bindBidirectional(model.modalityFilterProperty());
        cells(modality, Modality::label, "Any modality");

        ComboBox<BlockSummary> block = new ComboBox<>();
        block.setId("filter-block");
        Runnable fillBlocks = () -> {
            BlockSummary chosen = block.getValue();
            block.getItems().setAll((BlockSummary) null);
            block.getItems().addAll(model.blocks());
            block.setValue(chosen);
        };
        model.blocks().addListener((ListChangeListener<BlockSummary>) c -> fillBlocks.run());
        fillBlocks.run();
        block.valueProperty().bindBidirectional(model.blockFilterProperty());
        cells(block, BlockSummary::name, "Any block");
        block.setPrefWidth(220);

        Button clear = new Button("Clear filters");
        clear.setId("clear-filters");
        clear.disableProperty().bind(model.kindFilterProperty().isNull().and(model.modalityFilterProperty().isNull())
                .and(model.blockFilterProperty().isNull()));
        clear.setOnAction(e -> model.clearFilters());

        Label caption = new Label("Show");
        caption.getStyleClass().add("muted");
        getChildren().addAll(caption, kind, modality, block, clear);
        for (Control control : new Control[] {caption, kind, modality, clear}) {
            control.setMinWidth(Control.USE_PREF_SIZE);
        }
    }

    private static <T> void cells(ComboBox<T> box, Function<T, String> text, String any) {
        box.setCellFactory(list -> cell(text, any));
        box.setButtonCell(cell(text, any));
    }

    private static <T> ListCell<T> cell(Function<T, String> text, String any) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? any : text.apply(item));
            }
        };
    }
}

package app.overload.ui.log;

import java.util.function.Consumer;

import app.overload.domain.Exercise;
import app.overload.ui.Ems;
import app.overload.ui.Shortcut;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Adding to the session: an exercise found by typing a few letters (Enter takes the best match, Down walks the
 * list), an endurance entry, or a timed activity.
 */
final class AddBar extends VBox {

    private final TextField search = new TextField();

    AddBar(LogViewModel model, Consumer<EntryModel> added) {
        getStyleClass().add("add-bar");
        setSpacing(4);
        search.setId("add-exercise");
        search.setPromptText("Add an exercise: type a few letters, then Enter");
        Ems.fixWidth(search, 330);
        search.setTooltip(new Tooltip("Type part of a name (\"squ\", \"bench\") and press Enter for the best match, "
                + "or Down to choose (" + Shortcut.FIND_EXERCISE.keysText() + " comes here). A name the catalogue "
                + "lacks is added to it."));
        search.textProperty().bindBidirectional(model.search().queryProperty());

        ListView<Exercise> matches = new ListView<>(model.search().matches());
        matches.setId("exercise-matches");
        matches.getStyleClass().add("exercise-matches");
        matches.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Exercise item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        matches.prefHeightProperty().bind(Bindings.size(model.search().matches()).multiply(28).add(4));
        matches.maxWidthProperty().bind(search.widthProperty());
        matches.visibleProperty().bind(Bindings.isNotEmpty(model.search().matches()));
        matches.managedProperty().bind(matches.visibleProperty());

        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !search.getText().isBlank()) {
                StrengthModel entry = model.addFirstMatch();
                if (entry != null) {
                    added.accept(entry);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !matches.getItems().isEmpty()) {
                matches.requestFocus();
                matches.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        matches.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Exercise chosen = matches.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null) {
                added.accept(model.addExercise(chosen));
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.requestFocus();
                e.consume();
            }
        });
        matches.setOnMouseClicked(e -> {
            Exercise chosen = matches.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                added.accept(model.addExercise(chosen));
            }
        });

        Button endurance = new Button("Run, ride, row, swim", new FontIcon(Feather.ACTIVITY));
        endurance.setId("add-endurance");
        endurance.setTooltip(new Tooltip(Shortcut.ADD_ENDURANCE.tip("Add an endurance entry")));
        endurance.setOnAction(e -> added.accept(model.addEndurance()));
        Button timed = new Button("Timed activity", new FontIcon(Feather.CLOCK));
        timed.setId("add-timed");
        timed.setTooltip(new Tooltip(Shortcut.ADD_TIMED.tip("Add yoga, a class, stairs: time and effort")));
        timed.setOnAction(e -> added.accept(model.addTimed()));

        // On a narrow form the buttons go under the search rather than off the edge.
        FlowPane row = new FlowPane(10, 8, search, endurance, timed);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(row, matches);
    }

    void focusSearch() {
        Focus.soon(search);
    }

    /** The exercise search, where typing starts on an empty form. */
    Node searchField() {
        return search;
    }
}

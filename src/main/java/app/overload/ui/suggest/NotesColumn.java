package app.overload.ui.suggest;

import app.overload.progression.Severity;
import app.overload.ui.Ems;
import app.overload.ui.UiStyles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The column beside the suggestions: the weekly volume checks and insights, each coloured by severity, and the
 * explicit override when the engine held distance back to stay within 30 % over two weeks.
 */
final class NotesColumn extends ScrollPane {

    private final NextWeekViewModel model;
    private final VBox notes = new VBox(10);

    NotesColumn(NextWeekViewModel model) {
        this.model = model;
        getStyleClass().add("notes-column");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        Label heading = new Label("Volume and warnings");
        heading.getStyleClass().add("column-heading");
        heading.setWrapText(true);
        VBox content = new VBox(10, heading, override(), notes);
        content.getStyleClass().add("notes-content");
        setContent(content);
        model.notes().addListener((ListChangeListener<Note>) c -> show());
        model.stateProperty().addListener((obs, old, now) -> show());
        show();
    }

    private Node override() {
        CheckBox box = new CheckBox("Volume override: allow the jump");
        box.setId("volume-override");
        box.selectedProperty().bindBidirectional(model.allowVolumeJumpProperty());
        Label why = new Label();
        why.textProperty().bind(Bindings.when(model.allowVolumeJumpProperty())
                .then("Distance increases past the 30 % limit are shown and can be accepted for this week. Untick "
                        + "to hold them back again.")
                .otherwise("The engine held back distance increases that would take a week more than 30 % over the "
                        + "week before last. Tick to see and accept them anyway."));
        why.getStyleClass().add(UiStyles.MUTED);
        why.setWrapText(true);
        // 330 px wide at normal text (260 at least), in ems so larger text widens the column.
        DoubleBinding em = Ems.of(why);
        prefWidthProperty().bind(em.multiply(25.4));
        minWidthProperty().bind(em.multiply(20));
        VBox override = new VBox(6, box, why);
        override.getStyleClass().addAll("banner", "strong-warning", "override");
        override.visibleProperty().bind(model.overrideOfferedProperty());
        override.managedProperty().bind(override.visibleProperty());
        return override;
    }

    private void show() {
        if (model.notes().isEmpty()) {
            boolean calm = model.stateProperty().get() == NextWeekViewModel.State.READY
                    || model.stateProperty().get() == NextWeekViewModel.State.NOT_ENOUGH_DATA;
            Label none = new Label(calm ? "Nothing to warn about: volume, intensity, load and rest look fine for "
                    + "this week." : "");
            none.getStyleClass().add(UiStyles.MUTED);
            none.setWrapText(true);
            notes.getChildren().setAll(none);
            return;
        }
        notes.getChildren().setAll(model.notes().stream().map(NotesColumn::note).toList());
    }

    private static Node note(Note note) {
        FontIcon icon = new FontIcon(note.severity() == Severity.INFO ? Feather.INFO
                : note.severity() == Severity.WARNING ? Feather.ALERT_TRIANGLE : Feather.ALERT_OCTAGON);
        Label heading = new Label(note.heading());
        heading.getStyleClass().add("banner-heading");
        HBox top = new HBox(8, icon, heading);
        top.setAlignment(Pos.CENTER_LEFT);
        Label text = new Label(note.text());
        text.setWrapText(true);
        text.setMinHeight(Label.USE_PREF_SIZE);
        VBox box = new VBox(4, top, text);
        box.getStyleClass().addAll("banner", "note", note.severityClass(), "note-" + note.kind());
        return box;
    }
}

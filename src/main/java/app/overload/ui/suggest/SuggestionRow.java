package app.overload.ui.suggest;

import java.util.Locale;
import java.util.function.Consumer;

import app.overload.ui.UiStyles;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One suggestion: the decision, planned → suggested, the number to type over and Accept on the first line; the
 * reason below; then the days it read, why it cannot be accepted, or what is wrong with the typed number.
 */
final class SuggestionRow extends VBox {

    private final SuggestionItem item;

    SuggestionRow(SuggestionItem item, ObservableBooleanValue busy, Consumer<SuggestionItem> accept) {
        this.item = item;
        getStyleClass().addAll("suggestion-row", item.changesPlan() ? "changes" : "unchanged");
        setSpacing(4);

        Label decision = new Label(item.decisionLabel());
        decision.getStyleClass().addAll("decision", item.tone().name().toLowerCase(Locale.ROOT));
        decision.setMinWidth(Region.USE_PREF_SIZE);
        Label prescribed = new Label(item.prescribedText());
        prescribed.getStyleClass().add("prescribed");
        prescribed.setMinWidth(Region.USE_PREF_SIZE);
        // Wraps "→ suggested" under the plan when the panel is narrow, rather than cutting either short.
        FlowPane what = new FlowPane(8, 4, decision, prescribed);
        what.setAlignment(Pos.CENTER_LEFT);
        what.setPrefWrapLength(300);
        if (item.changesPlan()) {
            FontIcon arrow = new FontIcon(Feather.ARROW_RIGHT);
            arrow.getStyleClass().add("arrow");
            Label suggested = new Label(item.suggestedText());
            suggested.getStyleClass().add("suggested");
            suggested.setMinWidth(Region.USE_PREF_SIZE);
            HBox to = new HBox(8, arrow, suggested);
            to.setAlignment(Pos.CENTER_LEFT);
            what.getChildren().add(to);
        } else {
            Label same = new Label("as planned");
            same.getStyleClass().addAll(UiStyles.MUTED, "as-planned");
            what.getChildren().add(same);
        }
        HBox.setHgrow(what, Priority.ALWAYS);
        HBox line = new HBox(10, what);
        line.setAlignment(Pos.CENTER_LEFT);
        if (item.lockedReason().isEmpty() && (item.changesPlan() || item.editable())) {
            Button button = new Button("Accept", new FontIcon(Feather.CHECK));
            button.getStyleClass().addAll(Styles.SMALL, "accept-one");
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.disableProperty().bind(item.acceptableProperty().not().or(busy));
            button.setTooltip(new Tooltip(item.editable()
                    ? "Write this " + item.editWhat() + " into the plan for this session"
                    : "Write this suggestion into the plan for this session"));
            button.setOnAction(e -> accept.accept(item));
            if (item.editable()) {
                line.getChildren().add(editor(button));
            }
            line.getChildren().add(button);
        }

        Label reason = new Label(item.reason());
        reason.getStyleClass().add("reason");
        reason.setWrapText(true);
        reason.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(line, reason);

        String note = !item.lockedReason().isEmpty() ? item.lockedReason() : item.basedOnText();
        if (!note.isEmpty()) {
            Label based = new Label(note);
            based.getStyleClass().addAll(UiStyles.MUTED, "based-on");
            based.setWrapText(true);
            based.setMinHeight(Region.USE_PREF_SIZE);
            getChildren().add(based);
        }
        Label error = new Label();
        error.getStyleClass().add("edit-error");
        error.setWrapText(true);
        error.textProperty().bind(item.editErrorProperty());
        error.visibleProperty().bind(item.editErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        getChildren().add(error);
    }

    private HBox editor(Button accept) {
        TextField edit = new TextField();
        edit.getStyleClass().addAll(Styles.SMALL, "edit-value");
        edit.setPrefColumnCount(5);
        edit.textProperty().bindBidirectional(item.editTextProperty());
        edit.setTooltip(new Tooltip("Type your own " + item.editWhat() + " before accepting; the reason stays."));
        edit.setOnAction(e -> accept.fire()); // Enter accepts, like the button beside it (a disabled one does nothing)
        Label unit = new Label(item.editUnit());
        unit.getStyleClass().addAll(UiStyles.MUTED, "edit-unit");
        unit.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(4, edit, unit);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    SuggestionItem item() {
        return item;
    }
}

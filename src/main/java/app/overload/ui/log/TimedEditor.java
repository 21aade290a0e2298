package app.overload.ui.log;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
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

/** Yoga, a class, stairs: what, how long, how hard. */
final class TimedEditor extends VBox {

    private final TextField activity;

    TimedEditor(TimedModel model, ObservableBooleanValue showAll, Runnable remove) {
        getStyleClass().addAll("entry-card", "timed-entry");
        setSpacing(6);
        activity = FormFields.scaled(model.activity(), null, 240, showAll);
        activity.getStyleClass().add("activity");
        activity.promptTextProperty().unbind();
        activity.setPromptText("Yoga, spin class, stairs…");
        TextField duration = FormFields.scaled(model.duration(), null, 100, showAll);
        duration.getStyleClass().add("duration");
        duration.setTooltip(new Tooltip("45 (minutes), 45:00 or 1:15:00"));
        TextField effort = FormFields.scaled(model.effort(), null, 70, showAll);
        effort.getStyleClass().add("effort");
        effort.setTooltip(new Tooltip("How hard it felt, 0 (rest) to 10 (all out)"));
        Button removeButton = new Button(null, new FontIcon(Feather.TRASH_2));
        removeButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        removeButton.setFocusTraversable(false);
        removeButton.setTooltip(new Tooltip("Remove this activity"));
        removeButton.setOnAction(e -> remove.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // A flow: with large text on a small screen the fields go onto a second line; remove stays by the title.
        FlowPane fields = new FlowPane(10, 6, FormFields.labelled("Activity", activity),
                FormFields.labelled("Duration", duration), FormFields.labelled("Effort 0–10", effort));
        fields.setPrefWrapLength(10_000);
        Label name = new Label("Timed activity");
        name.getStyleClass().addAll(Styles.TITLE_4, "entry-title");
        HBox title = new HBox(10, name, spacer, removeButton);
        title.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, fields, FormFields.messages(showAll, model.activity(), model.duration(),
                model.effort()));
    }

    /** Where typing starts in this card: the activity. */
    Node firstField() {
        return activity;
    }
}

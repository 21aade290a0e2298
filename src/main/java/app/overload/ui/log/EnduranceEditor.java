package app.overload.ui.log;

import app.overload.domain.DistanceUnit;
import app.overload.domain.Modality;
import app.overload.ui.UiStyles;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A run, ride, row or swim: modality, distance, duration, pace (computed), and the optional extras. */
final class EnduranceEditor extends VBox {

    private final TextField distance;
    private final Label distanceCaption = new Label();
    private final Label elevationCaption = new Label();

    EnduranceEditor(EnduranceModel model, DistanceUnit unit, ObservableBooleanValue showAll, Runnable remove) {
        getStyleClass().addAll("entry-card", "endurance-entry");
        setSpacing(6);

        ComboBox<Modality> modality = new ComboBox<>();
        modality.getItems().setAll(Modality.values());
        modality.valueProperty().bindBidirectional(model.modalityProperty());
        modality.setButtonCell(modalityCell());
        modality.setCellFactory(list -> modalityCell());
        modality.getStyleClass().add("modality");
        modality.setTooltip(new Tooltip("Run, ride, row, swim…: rides show speed, rows per 500 m, swims per 100 m."));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button removeButton = new Button(null, new FontIcon(Feather.TRASH_2));
        removeButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        removeButton.setFocusTraversable(false);
        removeButton.setTooltip(new Tooltip("Remove this entry"));
        removeButton.setOnAction(e -> remove.run());
        HBox title = new HBox(10, modality, spacer, removeButton);
        title.setAlignment(Pos.CENTER_LEFT);

        Label last = new Label();
        last.getStyleClass().addAll(UiStyles.MUTED, "last-time");
        last.textProperty().bind(model.lastTimeProperty());
        last.managedProperty().bind(model.lastTimeProperty().isNotEmpty());
        last.setWrapText(true);
        Label target = new Label();
        target.getStyleClass().add("target");
        target.textProperty().bind(model.targetProperty().map(t -> "This week's target: " + t));
        target.setWrapText(true);
        target.visibleProperty().bind(model.targetProperty().isNotEmpty());
        target.managedProperty().bind(target.visibleProperty());

        distance = FormFields.scaled(model.distance(), null, 90, showAll);
        distance.getStyleClass().add("distance");
        distance.setTooltip(new Tooltip("Distance; with a duration the pace follows, with a pace the duration."));
        TextField duration = FormFields.scaled(model.duration(), null, 100, showAll);
        duration.getStyleClass().add("duration");
        duration.setTooltip(new Tooltip("40:12, 1:02:03 or 45 (minutes)"));
        TextField pace = FormFields.scaled(model.pace(), null, 80, showAll);
        pace.getStyleClass().add("pace");
        pace.setTooltip(new Tooltip("Worked out from distance and duration; type a pace to work out the duration."));
        TextField heartRate = FormFields.scaled(model.heartRate(), null, 70, showAll);
        heartRate.getStyleClass().add("heart-rate");
        heartRate.setTooltip(new Tooltip("Average heart rate over the entry, in beats per minute"));
        TextField maxHeartRate = FormFields.scaled(model.maxHeartRate(), null, 70, showAll);
        maxHeartRate.getStyleClass().add("max-heart-rate");
        maxHeartRate.setTooltip(new Tooltip("The highest heart rate of the entry, in beats per minute"));
        TextField elevation = FormFields.scaled(model.elevation(), null, 80, showAll);
        elevation.getStyleClass().add("elevation");

        Label paceCaption = new Label();
        paceCaption.textProperty().bind(model.paceUnitProperty().map(u -> u.startsWith("/") ? "Pace " + u
                : "Speed " + u));
        // A flow: with large text on a small screen the heart-rate and climb fields go to a second line.
        FlowPane fields = new FlowPane(10, 6,
                column(distanceCaption, distance), column(new Label("Duration"), duration), column(paceCaption, pace),
                column(new Label("Avg HR"), heartRate), column(new Label("Max HR"), maxHeartRate),
                column(elevationCaption, elevation));
        fields.setPrefWrapLength(10_000);
        setUnit(unit);

        TextField intervals = FormFields.scaled(model.intervals(), null, 460, showAll);
        intervals.getStyleClass().add("intervals");
        intervals.promptTextProperty().unbind();
        // As wide as 460 px at normal text allows, narrower where the card is (large text on a small screen).
        intervals.minWidthProperty().unbind();
        intervals.setMinWidth(0);
        intervals.setPromptText("e.g. 8 × 400 m @ 1:35 / 200 m jog; 4 × 3:00 / 2:00");
        intervals.setTooltip(new Tooltip("Repeats × work (distance, or time) @ time of one repeat / recovery; "
                + "pieces separated by ;"));
        VBox messages = new VBox(FormFields.message(model.distance(), showAll),
                FormFields.message(model.duration(), showAll), FormFields.message(model.pace(), showAll),
                FormFields.message(model.heartRate(), showAll), FormFields.message(model.maxHeartRate(), showAll),
                FormFields.message(model.elevation(), showAll));
        Label recording = new Label();
        recording.getStyleClass().addAll(UiStyles.MUTED, "heart-rate-recording");
        recording.setWrapText(true);
        recording.textProperty().bind(model.recordingProperty());
        recording.managedProperty().bind(model.recordingProperty().isNotEmpty());
        recording.visibleProperty().bind(recording.managedProperty());
        getChildren().addAll(title, last, target, fields, messages, recording,
                column(new Label("Intervals (optional)"), intervals), FormFields.message(model.intervals(), showAll));
    }

    private static VBox column(Label caption, TextField field) {
        caption.getStyleClass().add("field-caption");
        caption.setLabelFor(field);
        return new VBox(3, caption, field);
    }

    void setUnit(DistanceUnit unit) {
        distanceCaption.setText("Distance " + unit.symbol());
        elevationCaption.setText("Climb " + Inputs.elevationUnit(unit));
    }

    /** Where typing starts in this card: the distance. */
    Node firstField() {
        return distance;
    }

    private static ListCell<Modality> modalityCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Modality item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        };
    }
}

package app.overload.ui.log;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

import app.overload.domain.PlannedSession;
import app.overload.domain.Purpose;
import app.overload.domain.TrainingBlock;
import app.overload.ui.Ems;
import app.overload.ui.Shortcut;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The top of the form: workout or training, when, how long, how hard; then the workout's label, or the block,
 * planned session and purpose of a training session.
 */
final class HeaderPane extends VBox {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final TextField date;
    private final TextField label;
    private final ComboBox<TrainingBlock> block = new ComboBox<>();

    HeaderPane(LogViewModel model) {
        LogForm form = model.form();
        ObservableBooleanValue showAll = model.checks().showAllErrorsProperty();
        getStyleClass().add("log-header");
        setSpacing(10);

        ToggleGroup kinds = new ToggleGroup();
        ToggleButton workout = kindButton("Workout", "workout-kind", kinds, Styles.LEFT_PILL,
                Shortcut.AS_WORKOUT.tip("A stand-alone session: a class, a fun run"));
        ToggleButton training = kindButton("Training", "training-kind", kinds, Styles.RIGHT_PILL,
                Shortcut.AS_TRAINING.tip("Part of a block, with a purpose"));
        Runnable showKind = () -> kinds.selectToggle(form.kindProperty().get() == LogForm.Kind.WORKOUT ? workout
                : training);
        form.kindProperty().addListener((obs, old, now) -> showKind.run());
        showKind.run();
        workout.setOnAction(e -> form.kindProperty().set(LogForm.Kind.WORKOUT));
        training.setOnAction(e -> form.kindProperty().set(LogForm.Kind.TRAINING));
        // A toggle clicked twice would leave neither selected; the form always has a kind.
        kinds.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                showKind.run();
            }
        });
        VBox kindBox = new VBox(3, caption("Kind"), new HBox(workout, training));

        date = FormFields.scaled(form.date(), "log-date", 110, showAll);
        date.setTooltip(new Tooltip("yyyy-mm-dd; up to tomorrow (" + Shortcut.GO_DATE.keysText() + " comes here)"));
        TextField time = FormFields.scaled(form.time(), "log-time", 70, showAll);
        time.setTooltip(new Tooltip("Start time, HH:mm"));
        TextField duration = FormFields.scaled(form.duration(), "log-duration", 100, showAll);
        duration.setTooltip(new Tooltip("How long the session took: 45 (minutes), 1:10:00. Empty: the entries' "
                + "time."));
        TextField rpe = FormFields.scaled(form.rpe(), "log-rpe", 60, showAll);
        rpe.setTooltip(new Tooltip("Session RPE: how hard the whole session was, 0–10"));
        // Rows that wrap, so a narrow window or large text moves a field down rather than out of sight.
        FlowPane fields = new FlowPane(14, 8, kindBox, FormFields.labelled("Date", date),
                FormFields.labelled("Start", time), FormFields.labelled("Duration", duration),
                FormFields.labelled("Session RPE", rpe));
        fields.setAlignment(Pos.TOP_LEFT);
        VBox first = new VBox(4, fields, FormFields.messages(showAll, form.date(), form.time(), form.duration(),
                form.rpe()));

        label = FormFields.scaled(form.label(), "log-label", 260, showAll);
        label.promptTextProperty().unbind();
        label.setPromptText("optional, e.g. spin class");
        VBox workoutRow = new VBox(4, FormFields.labelled("Label", label), FormFields.message(form.label(), showAll));

        block.setId("log-block");
        block.setItems(model.blocks());
        block.valueProperty().bindBidirectional(form.blockProperty());
        cells(block, TrainingBlock::name, "Choose a block");

        ComboBox<PlannedSession> planned = new ComboBox<>();
        planned.setId("log-planned");
        planned.setItems(model.plannedChoices());
        planned.valueProperty().bindBidirectional(form.plannedProperty());
        cells(planned, p -> {
            TrainingBlock b = form.blockProperty().get();
            return p.displayName() + (b == null ? "" : " · " + DAY.format(b.dateOf(p)));
        }, "Unplanned");

        planned.setTooltip(new Tooltip("The planned session this fulfils: its prescriptions fill the form."));
        ComboBox<Purpose> purpose = new ComboBox<>();
        purpose.setId("log-purpose");
        purpose.getItems().setAll(Purpose.values());
        purpose.valueProperty().bindBidirectional(form.purposeProperty());
        cells(purpose, Purpose::label, "Purpose");

        FlowPane trainingFields = new FlowPane(14, 8, new VBox(3, caption("Block"), block),
                new VBox(3, caption("Planned session"), planned), new VBox(3, caption("Purpose"), purpose));
        Label trainingMessage = FormFields.message(form.trainingMessage(), showAll);
        Label noBlock = new Label("No block is active on this date: log it as a workout, or plan a block first.");
        noBlock.getStyleClass().add("field-hint");
        noBlock.visibleProperty().bind(Bindings.isEmpty(model.blocks()));
        noBlock.managedProperty().bind(noBlock.visibleProperty());
        // The choices are as wide at any text size as 240, 240 and 180 px are at normal text.
        DoubleBinding em = Ems.of(noBlock);
        block.prefWidthProperty().bind(em.multiply(18.5));
        planned.prefWidthProperty().bind(em.multiply(18.5));
        purpose.prefWidthProperty().bind(em.multiply(14));
        VBox trainingRow = new VBox(4, trainingFields, noBlock, trainingMessage);

        Runnable showRow = () -> {
            boolean isTraining = form.kindProperty().get() == LogForm.Kind.TRAINING;
            getChildren().setAll(first, isTraining ? trainingRow : workoutRow);
        };
        form.kindProperty().addListener((obs, old, now) -> showRow.run());
        showRow.run();
    }

    private static ToggleButton kindButton(String text, String id, ToggleGroup group, String pill, String tip) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        button.getStyleClass().add(pill);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-caption");
        return label;
    }

    private static <T> void cells(ComboBox<T> box, Function<T, String> text, String empty) {
        box.setPromptText(empty);
        box.setCellFactory(list -> cell(text, empty));
        box.setButtonCell(cell(text, empty));
    }

    private static <T> ListCell<T> cell(Function<T, String> text, String empty) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty || item == null ? empty : text.apply(item));
            }
        };
    }

    void focusDate() {
        Focus.soon(date);
    }

    void focusLabel() {
        Focus.soon(label);
    }

    void focusBlock() {
        Focus.soon(block);
    }
}

package app.overload.ui.blocks;

import java.util.List;
import java.util.Locale;

import app.overload.domain.Exercise;
import app.overload.domain.Modality;
import app.overload.domain.SetKind;
import app.overload.ui.Field;
import atlantafx.base.theme.Styles;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The prescription editor's content: what to do (sets, a distance or time, an activity) and how it progresses. */
final class PrescriptionView extends VBox {

    private final PrescriptionForm form;
    private final ObservableBooleanValue showAll = new SimpleBooleanProperty(true);
    private final GridPane sets = new GridPane();
    private final VBox intervals = new VBox(6);
    private final VBox ruleFields = new VBox(6);

    PrescriptionView(PrescriptionForm form) {
        this.form = form;
        setSpacing(12);
        setPadding(new Insets(12, 16, 4, 16));
        getStyleClass().add("prescription-view");
        Node what = switch (form.kindProperty().get()) {
            case STRENGTH -> strength();
            case ENDURANCE -> endurance();
            case TIMED -> timed();
        };
        ComboBox<RuleInputs.Kind> rule = new ComboBox<>();
        rule.setId("rx-rule");
        rule.getItems().setAll(form.kindProperty().get() == PrescriptionForm.Kind.STRENGTH ? RuleInputs.STRENGTH
                : RuleInputs.OTHER);
        rule.valueProperty().bindBidirectional(form.rule().kindProperty());
        Fields.cells(rule, RuleInputs.Kind::label, "How it progresses");
        rule.setPrefWidth(400);
        form.rule().kindProperty().addListener((obs, old, now) -> showRule());
        showRule();
        Label message = new Label();
        message.setId("rx-message");
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.textProperty().bind(form.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        getChildren().setAll(what, Fields.labelled("Progression", rule), ruleFields, message);
    }

    private VBox strength() {
        ComboBox<Exercise> exercise = new ComboBox<>();
        exercise.setId("rx-exercise");
        exercise.getItems().setAll(form.catalogue());
        exercise.valueProperty().bindBidirectional(form.exerciseProperty());
        Fields.cells(exercise, Exercise::name, "Choose the exercise");
        exercise.setPrefWidth(260);
        exercise.setVisibleRowCount(14);
        ToggleGroup group = new ToggleGroup();
        HBox loadKinds = new HBox();
        String mass = form.units().mass().symbol();
        for (PrescriptionForm.LoadKind kind : PrescriptionForm.LoadKind.values()) {
            ToggleButton button = new ToggleButton(switch (kind) {
                case FIXED -> mass;
                case PERCENT_TM -> "% of training max";
                case RPE -> "RPE";
            });
            button.setId("rx-load-" + kind.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(group);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.getStyleClass().add(kind == PrescriptionForm.LoadKind.FIXED ? Styles.LEFT_PILL
                    : kind == PrescriptionForm.LoadKind.RPE ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            button.setSelected(form.loadKindProperty().get() == kind);
            button.setOnAction(e -> {
                form.loadKindProperty().set(kind);
                button.setSelected(true);
                showSets();
            });
            loadKinds.getChildren().add(button);
        }
        sets.setHgap(8);
        sets.setVgap(4);
        sets.setId("rx-sets");
        form.sets().addListener((ListChangeListener<SetInputs>) c -> showSets());
        showSets();
        Button add = new Button("Set", new FontIcon(Feather.PLUS));
        add.setId("rx-add-set");
        add.setOnAction(e -> form.addSet());
        Button remove = new Button("Set", new FontIcon(Feather.MINUS));
        remove.setId("rx-remove-set");
        remove.setOnAction(e -> form.removeSet());
        return new VBox(10, Fields.labelled("Exercise", exercise), Fields.labelled("Load as", loadKinds), sets,
                new HBox(8, add, remove));
    }

    private void showSets() {
        sets.getChildren().clear();
        String unit = switch (form.loadKindProperty().get()) {
            case FIXED -> form.units().mass().symbol() + " (empty: body weight)";
            case PERCENT_TM -> "% TM";
            case RPE -> "RPE";
        };
        sets.addRow(0, caption("Set"), caption("Reps"), caption("Kind"), caption("Load, " + unit));
        List<SetInputs> rows = form.sets();
        for (int i = 0; i < rows.size(); i++) {
            SetInputs row = rows.get(i);
            ComboBox<SetKind> kind = new ComboBox<>();
            kind.getItems().setAll(SetKind.values());
            kind.valueProperty().bindBidirectional(row.kindProperty());
            Fields.cells(kind, SetKind::label, "Kind");
            kind.setPrefWidth(110);
            TextField reps = Fields.text(row.reps(), "rx-reps-" + i, 60, showAll);
            TextField load = Fields.text(row.load(), "rx-set-load-" + i, 80, showAll);
            sets.addRow(i + 1, new Label(Integer.toString(i + 1)), reps, kind, load);
            sets.add(new VBox(Fields.message(row.reps(), showAll), Fields.message(row.load(), showAll)), 1, rows.size()
                    + 1 + i, 3, 1);
        }
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-caption");
        return label;
    }

    private VBox endurance() {
        ComboBox<Modality> modality = new ComboBox<>();
        modality.setId("rx-modality");
        modality.getItems().setAll(Modality.values());
        modality.valueProperty().bindBidirectional(form.modalityProperty());
        Fields.cells(modality, Modality::label, "Sport");
        TextField distance = Fields.text(form.distance(), "rx-distance", 80, showAll);
        TextField duration = Fields.text(form.duration(), "rx-duration", 90, showAll);
        duration.promptTextProperty().unbind();
        duration.setPromptText("h:mm:ss");
        HBox amount = new HBox(12, Fields.labelled("Sport", modality),
                Fields.labelled("Distance, " + form.units().distance().symbol(), distance),
                Fields.labelled("Time", duration));
        ToggleGroup group = new ToggleGroup();
        TextField pace = Fields.text(form.pace(), "rx-pace", 80, showAll);
        Label paceUnit = new Label();
        TextField zone = Fields.text(form.zone(), "rx-zone", 50, showAll);
        HBox targets = new HBox();
        for (PrescriptionForm.TargetKind kind : PrescriptionForm.TargetKind.values()) {
            ToggleButton button = new ToggleButton(switch (kind) {
                case NONE -> "By feel";
                case PACE -> "At a pace";
                case ZONE -> "In a zone";
            });
            button.setId("rx-target-" + kind.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(group);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.getStyleClass().add(kind == PrescriptionForm.TargetKind.NONE ? Styles.LEFT_PILL
                    : kind == PrescriptionForm.TargetKind.ZONE ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            button.setSelected(form.targetProperty().get() == kind);
            button.setOnAction(e -> {
                form.targetProperty().set(kind);
                button.setSelected(true);
            });
            targets.getChildren().add(button);
        }
        Runnable showTarget = () -> {
            PrescriptionForm.TargetKind kind = form.targetProperty().get();
            pace.setVisible(kind == PrescriptionForm.TargetKind.PACE);
            pace.setManaged(pace.isVisible());
            paceUnit.setText(Parse.paceUnit(form.modalityProperty().get(), form.units().distance()));
            paceUnit.setVisible(pace.isVisible());
            paceUnit.setManaged(pace.isVisible());
            zone.setVisible(kind == PrescriptionForm.TargetKind.ZONE);
            zone.setManaged(zone.isVisible());
        };
        form.targetProperty().addListener((obs, old, now) -> showTarget.run());
        form.modalityProperty().addListener((obs, old, now) -> showTarget.run());
        showTarget.run();
        HBox target = new HBox(8, targets, pace, paceUnit, zone);
        target.setAlignment(Pos.CENTER_LEFT);
        form.intervals().addListener((ListChangeListener<IntervalInputs>) c -> showIntervals());
        showIntervals();
        Button addInterval = new Button("Repeats", new FontIcon(Feather.PLUS));
        addInterval.setId("rx-add-interval");
        addInterval.setOnAction(e -> form.addInterval());
        return new VBox(10, amount, Fields.message(form.distance(), showAll), Fields.message(form.duration(), showAll),
                Fields.labelled("Pace", target), Fields.message(form.pace(), showAll), Fields.message(form.zone(),
                        showAll), intervals, addInterval);
    }

    private void showIntervals() {
        intervals.getChildren().clear();
        int i = 0;
        for (IntervalInputs row : form.intervals()) {
            TextField repeats = Fields.text(row.repeats(), "rx-repeats-" + i, 50, showAll);
            TextField work = Fields.text(row.workMetres(), "rx-work-m-" + i, 70, showAll);
            TextField workTime = Fields.text(row.workTime(), "rx-work-time-" + i, 70, showAll);
            TextField rest = Fields.text(row.recoveryMetres(), "rx-rest-m-" + i, 70, showAll);
            TextField restTime = Fields.text(row.recoveryTime(), "rx-rest-time-" + i, 70, showAll);
            Button remove = new Button(null, new FontIcon(Feather.X));
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setOnAction(e -> form.removeInterval(row));
            HBox line = new HBox(6, Fields.labelled("Repeats", repeats), Fields.labelled("Work, m", work),
                    Fields.labelled("or time", workTime), Fields.labelled("Recovery, m", rest),
                    Fields.labelled("or time", restTime), remove);
            line.setAlignment(Pos.BOTTOM_LEFT);
            VBox messages = new VBox(2);
            for (Field input : List.of(row.repeats(), row.workMetres(), row.workTime(), row.recoveryMetres(),
                    row.recoveryTime())) {
                messages.getChildren().add(Fields.message(input, showAll));
            }
            intervals.getChildren().addAll(line, messages);
            i++;
        }
    }

    private VBox timed() {
        TextField activity = Fields.text(form.activity(), "rx-activity", 200, showAll);
        activity.promptTextProperty().unbind();
        activity.setPromptText("e.g. yoga, stairs");
        TextField duration = Fields.text(form.duration(), "rx-duration", 90, showAll);
        TextField effort = Fields.text(form.effort(), "rx-effort", 60, showAll);
        return new VBox(8, new HBox(12, Fields.labelled("Activity", activity), Fields.labelled("Time", duration),
                Fields.labelled("Effort (RPE)", effort)), Fields.message(form.activity(), showAll),
                Fields.message(form.duration(), showAll), Fields.message(form.effort(), showAll));
    }

    private void showRule() {
        RuleInputs rule = form.rule();
        String mass = form.units().mass().symbol();
        ruleFields.getChildren().clear();
        RuleInputs.Kind kind = rule.kindProperty().get();
        if (kind == null) {
            return;
        }
        HBox row = new HBox(12);
        switch (kind) {
            case LINEAR -> row.getChildren().addAll(field("Add, " + mass, rule.increment(), "rule-increment"),
                    field("Misses before a deload", rule.failures(), "rule-failures"),
                    field("Deload, %", rule.deloadPercent(), "rule-deload"));
            case DOUBLE -> row.getChildren().addAll(field("Reps from", rule.minReps(), "rule-min"),
                    field("to", rule.maxReps(), "rule-max"), field("then add, " + mass, rule.increment(),
                            "rule-increment"));
            case RPE -> row.getChildren().add(field("Round to, " + mass, rule.increment(), "rule-increment"));
            case TRAINING_MAX -> row.getChildren().addAll(field("Training max, " + mass, rule.trainingMax(),
                    "rule-tm"), field("Raise per cycle, " + mass, rule.increment(), "rule-increment"));
            case CHAIN -> {
                ComboBox<Exercise> next = new ComboBox<>();
                next.setId("rule-next");
                next.getItems().setAll(form.catalogue());
                next.valueProperty().bindBidirectional(rule.nextProperty());
                Fields.cells(next, Exercise::name, "Harder exercise");
                next.setPrefWidth(200);
                ruleFields.getChildren().add(Fields.labelled("Then move to", next));
                row.getChildren().addAll(field("Once sets", rule.chainSets(), "rule-sets"), field("× reps",
                        rule.chainReps(), "rule-reps"), field("@ " + mass, rule.criterion(), "rule-criterion"),
                        field("Climb by, " + mass, rule.increment(), "rule-increment"));
            }
            case ENDURANCE -> row.getChildren().addAll(field("Faster by, %", rule.paceStepPercent(), "rule-pace"),
                    field("or longer by, " + form.units().distance().symbol(), rule.distanceStep(), "rule-distance"));
            default -> ruleFields.getChildren().add(Fields.muted("Stays as written from week to week."));
        }
        if (!row.getChildren().isEmpty()) {
            ruleFields.getChildren().add(row);
            for (Field input : List.of(rule.increment(), rule.failures(), rule.deloadPercent(), rule.minReps(),
                    rule.maxReps(), rule.trainingMax(), rule.chainSets(), rule.chainReps(), rule.criterion(),
                    rule.paceStepPercent(), rule.distanceStep())) {
                ruleFields.getChildren().add(Fields.message(input, showAll));
            }
        }
    }

    private VBox field(String caption, Field input, String id) {
        return Fields.labelled(caption, Fields.text(input, id, 80, showAll));
    }
}

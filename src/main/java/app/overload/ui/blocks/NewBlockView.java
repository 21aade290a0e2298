package app.overload.ui.blocks;

import java.util.Locale;

import app.overload.domain.Exercise;
import app.overload.domain.Modality;
import app.overload.planning.RecentLevels;
import app.overload.ui.Field;
import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
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

/** The New block… form: start, name, goal, dates, current level, then the first week and any warnings. */
public final class NewBlockView extends VBox {

    public static final String ID = "new-block-view";

    private final NewBlockViewModel model;
    private final HBox goalFields = new HBox(10);
    private final GridPane levelRows = new GridPane();
    private final VBox preview = new VBox(3);
    private final VBox warnings = new VBox(6);

    NewBlockView(NewBlockViewModel model) {
        this.model = model;
        setId(ID);
        setSpacing(14);
        setPadding(new Insets(12, 18, 12, 16));
        getStyleClass().add("new-block-view");

        ComboBox<NewBlockViewModel.Start> start = new ComboBox<>(model.starts());
        start.setId("new-block-start");
        start.valueProperty().bindBidirectional(model.startProperty());
        Fields.cells(start, NewBlockViewModel.Start::title, "Choose a template");
        start.setPrefWidth(280);
        Label description = Fields.muted("");
        description.setId("new-block-description");
        description.textProperty().bind(model.descriptionProperty());
        description.setMaxWidth(780);
        description.setMinHeight(Label.USE_PREF_SIZE);

        TextField name = Fields.text(model.name(), "new-block-name", 360, model.showAllProperty());
        name.setMaxWidth(420);
        VBox nameBox = new VBox(3, Fields.labelled("Name", name), Fields.message(model.name(),
                model.showAllProperty()));

        getChildren().setAll(section("Start from", new VBox(6, start, description)), nameBox,
                section("Goal", goal()), section("Dates", dates()), section("Current level", levels()),
                section("First week", preview), warnings, problem());
        model.goal().kindProperty().addListener((obs, old, now) -> showGoal());
        showGoal();
        model.levels().rows().addListener((ListChangeListener<LevelInputs.Row>) c -> showLevels());
        showLevels();
        model.preview().addListener((ListChangeListener<String>) c -> showPreview());
        model.warnings().addListener((ListChangeListener<String>) c -> showWarnings());
        showPreview();
        showWarnings();
    }

    private static VBox section(String title, Node content) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        return new VBox(6, label, content);
    }

    private VBox goal() {
        ToggleGroup group = new ToggleGroup();
        HBox kinds = new HBox();
        for (GoalInputs.Kind kind : GoalInputs.Kind.values()) {
            ToggleButton button = new ToggleButton(kind.label());
            button.setId("goal-kind-" + kind.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(group);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.getStyleClass().add(kind.ordinal() == 0 ? Styles.LEFT_PILL
                    : kind.ordinal() == GoalInputs.Kind.values().length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            button.setOnAction(e -> {
                model.goal().kindProperty().set(kind);
                button.setSelected(true);
            });
            kinds.getChildren().add(button);
        }
        Runnable select = () -> group.getToggles().forEach(t -> t.setSelected(((ToggleButton) t).getId()
                .equals("goal-kind-" + model.goal().kindProperty().get().name().toLowerCase(Locale.ROOT))));
        model.goal().kindProperty().addListener((obs, old, now) -> select.run());
        select.run();
        goalFields.setAlignment(Pos.BOTTOM_LEFT);
        VBox messages = new VBox(2);
        for (Field input : model.goal().inputs()) {
            messages.getChildren().add(Fields.message(input, model.showAllProperty()));
        }
        Label note = Fields.muted("");
        note.setId("new-block-goal-note");
        note.getStyleClass().add("goal-note");
        note.textProperty().bind(model.goalNoteProperty());
        note.setWrapText(true);
        note.setMaxWidth(780);
        note.visibleProperty().bind(model.goalNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        return new VBox(8, kinds, goalFields, note, messages);
    }

    private void showGoal() {
        GoalInputs goal = model.goal();
        var showAll = model.showAllProperty();
        String mass = model.units().mass().symbol();
        goalFields.getChildren().clear();
        switch (goal.kindProperty().get()) {
            case STRENGTH -> goalFields.getChildren().addAll(Fields.labelled("Exercise", exercise()),
                    Fields.labelled("Load, " + mass, Fields.text(goal.load(), "goal-load", 80, showAll)),
                    times(), Fields.labelled("Reps", Fields.text(goal.reps(), "goal-reps", 60, showAll)));
            case ESTIMATED_MAX -> goalFields.getChildren().addAll(Fields.labelled("Exercise", exercise()),
                    Fields.labelled("Estimated 1RM, " + mass, Fields.text(goal.load(), "goal-load", 90, showAll)));
            case ENDURANCE -> {
                ComboBox<Modality> modality = new ComboBox<>();
                modality.setId("goal-modality");
                modality.getItems().setAll(Modality.values());
                modality.valueProperty().bindBidirectional(goal.modalityProperty());
                Fields.cells(modality, Modality::label, "Sport");
                TextField time = Fields.text(goal.time(), "goal-time", 90, showAll);
                time.promptTextProperty().unbind();
                time.setPromptText("h:mm:ss");
                goalFields.getChildren().addAll(Fields.labelled("Sport", modality), Fields.labelled("Distance, "
                        + model.units().distance().symbol(), Fields.text(goal.distance(), "goal-distance", 80,
                                showAll)), Fields.labelled("In a time of", time));
            }
            default -> {
                TextField what = Fields.text(goal.description(), "goal-description", 200, showAll);
                what.promptTextProperty().unbind();
                what.setPromptText("e.g. plank, pull-ups in one set");
                CheckBox higher = new CheckBox("More is better");
                higher.setId("goal-higher");
                higher.selectedProperty().bindBidirectional(goal.higherIsBetterProperty());
                goalFields.getChildren().addAll(Fields.labelled("What", what), Fields.labelled("Target",
                        Fields.text(goal.target(), "goal-target", 80, showAll)), Fields.labelled("Unit",
                                Fields.text(goal.unit(), "goal-unit", 70, showAll)), higher);
            }
        }
    }

    private static Label times() {
        Label x = new Label("×");
        x.setPadding(new Insets(0, 0, 6, 0));
        return x;
    }

    private ComboBox<Exercise> exercise() {
        ComboBox<Exercise> box = new ComboBox<>(model.exercises());
        box.setId("goal-exercise");
        box.valueProperty().bindBidirectional(model.goal().exerciseProperty());
        Fields.cells(box, Exercise::name, "Choose the exercise");
        box.setPrefWidth(220);
        box.setVisibleRowCount(14);
        return box;
    }

    private VBox dates() {
        var showAll = model.showAllProperty();
        TextField start = Fields.text(model.dates().start(), "new-block-start-date", 110, showAll);
        TextField weeks = Fields.text(model.dates().weeks(), "new-block-weeks", 60, showAll);
        TextField goalDate = Fields.text(model.dates().goalDate(), "new-block-goal-date", 110, showAll);
        goalDate.promptTextProperty().unbind();
        goalDate.setPromptText("yyyy-mm-dd");
        ToggleGroup group = new ToggleGroup();
        ToggleButton byWeeks = new ToggleButton("Number of weeks");
        byWeeks.setId("length-weeks");
        byWeeks.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton byDate = new ToggleButton("Goal date");
        byDate.setId("length-goal-date");
        byDate.getStyleClass().add(Styles.RIGHT_PILL);
        byWeeks.setMinWidth(Region.USE_PREF_SIZE);
        byDate.setMinWidth(Region.USE_PREF_SIZE);
        byWeeks.setToggleGroup(group);
        byDate.setToggleGroup(group);
        byWeeks.setOnAction(e -> model.dates().lengthProperty().set(DateInputs.Length.WEEKS));
        byDate.setOnAction(e -> model.dates().lengthProperty().set(DateInputs.Length.GOAL_DATE));
        VBox weeksBox = Fields.labelled("Weeks", weeks);
        VBox dateBox = Fields.labelled("Goal date", goalDate);
        Runnable show = () -> {
            boolean byLength = model.dates().lengthProperty().get() == DateInputs.Length.WEEKS;
            byWeeks.setSelected(byLength);
            byDate.setSelected(!byLength);
            weeksBox.setVisible(byLength);
            weeksBox.setManaged(byLength);
            dateBox.setVisible(!byLength);
            dateBox.setManaged(!byLength);
        };
        model.dates().lengthProperty().addListener((obs, old, now) -> show.run());
        show.run();
        Label derived = Fields.muted("");
        derived.setId("new-block-derived");
        derived.textProperty().bind(model.dates().derivedProperty());
        derived.setMaxWidth(360);
        HBox row = new HBox(14, Fields.labelled("Start", start), Fields.labelled("End by", new HBox(byWeeks, byDate)),
                weeksBox, dateBox, derived);
        row.setAlignment(Pos.BOTTOM_LEFT);
        return new VBox(4, row, Fields.message(model.dates().start(), showAll),
                Fields.message(model.dates().weeks(), showAll), Fields.message(model.dates().goalDate(), showAll));
    }

    private VBox levels() {
        levelRows.setHgap(8);
        levelRows.setVgap(6);
        levelRows.setId("level-rows");
        return new VBox(6, levelRows, Fields.muted("A recent lift or race, filled from your logbook where it has one "
                + "from the last " + RecentLevels.WEEKS + " weeks. A lift left empty moves with "
                + "the ones you give; with none given, the template's own numbers stay."));
    }

    private void showLevels() {
        levelRows.getChildren().clear();
        var showAll = model.showAllProperty();
        String mass = model.units().mass().symbol();
        String km = model.units().distance().symbol();
        int i = 0;
        for (LevelInputs.Row row : model.levels().rows()) {
            VBox messages = new VBox(2);
            Label source = Fields.muted("");
            source.setId("level-source-" + i);
            source.getStyleClass().add("level-source");
            source.textProperty().bind(row.sourceProperty());
            source.managedProperty().bind(row.sourceProperty().isNotEmpty());
            source.setWrapText(true);
            source.setMaxWidth(340);
            messages.getChildren().add(source);
            for (Field input : row.inputs()) {
                messages.getChildren().add(Fields.message(input, showAll));
            }
            if (row.lift()) {
                Label what = new Label(row.exercise().name());
                what.setMinWidth(Region.USE_PREF_SIZE); // the exercise whole, at any text size
                levelRows.addRow(i, what, Fields.text(row.sets(), "level-sets-" + i, 50, showAll), whole("×"),
                        Fields.text(row.reps(), "level-reps-" + i, 50, showAll), whole("@"),
                        Fields.text(row.load(), "level-load-" + i, 80, showAll), whole(mass), messages);
            } else {
                ComboBox<Modality> modality = new ComboBox<>();
                modality.getItems().setAll(Modality.values());
                modality.valueProperty().bindBidirectional(row.modalityProperty());
                Fields.cells(modality, Modality::label, "Sport");
                modality.setMinWidth(150);
                levelRows.addRow(i, modality, Fields.text(row.distance(), "level-distance-" + i, 60, showAll),
                        whole(km), whole("in"), new Label(""),
                        Fields.text(row.time(), "level-time-" + i, 80, showAll), new Label(""), messages);
            }
            i++;
        }
        if (i == 0) {
            levelRows.addRow(0, Fields.muted("Nothing to ask for this goal."));
        }
    }

    private void showPreview() {
        preview.getChildren().clear();
        for (String line : model.preview()) {
            Label label = new Label(line);
            label.setWrapText(true);
            label.setMaxWidth(800);
            preview.getChildren().add(label);
        }
        if (model.preview().isEmpty()) {
            preview.getChildren().add(Fields.muted(model.validProperty().get() ? "Nothing planned in week 1 yet."
                    : "Shown once everything above is valid."));
        }
    }

    private void showWarnings() {
        warnings.getChildren().clear();
        for (String text : model.warnings()) {
            Label label = new Label(text, new FontIcon(Feather.ALERT_TRIANGLE));
            label.setWrapText(true);
            label.setMaxWidth(800);
            label.getStyleClass().add("warning");
            warnings.getChildren().add(label);
        }
        warnings.setId("new-block-warnings");
    }

    private Label problem() {
        Label problem = new Label();
        problem.setId("new-block-message");
        problem.getStyleClass().add("field-message");
        problem.setWrapText(true);
        problem.textProperty().bind(model.messageProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        return problem;
    }

    /** A short word between fields ("×", "kg"), never shortened to "…" when larger text squeezes the row. */
    private static Label whole(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}

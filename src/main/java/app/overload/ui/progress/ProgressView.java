package app.overload.ui.progress;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import app.overload.analysis.ChartResult;
import app.overload.analysis.EnduranceSubject;
import app.overload.analysis.ExerciseSubject;
import app.overload.analysis.TimeRange;
import app.overload.ui.Ems;
import app.overload.ui.TaskExecutor;
import app.overload.ui.UiStyles;
import app.overload.usecase.ChartTopic;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Progress section: a topic picker (with an exercise or endurance chooser where the topic needs one), a time
 * range, and the topic's charts as cards, one under the other.
 */
public final class ProgressView extends BorderPane {

    public static final String ID = "progress";

    private final ProgressViewModel model;
    private final TaskExecutor executor;
    private final VBox cards = new VBox(16);
    private final DoubleBinding em;

    public ProgressView(ProgressViewModel model, TaskExecutor executor) {
        this.model = model;
        this.executor = executor;
        setId(ID);
        getStyleClass().add("progress-view");
        getStylesheets().add(ProgressView.class.getResource("progress.css").toExternalForm());

        Label title = new Label("Progress");
        title.getStyleClass().add(Styles.TITLE_2);
        Label hint = new Label("Is the training working? Hover a point for its exact value and date.");
        hint.getStyleClass().add(UiStyles.MUTED);
        hint.setWrapText(true);
        em = Ems.of(hint);
        VBox header = new VBox(4, title, hint, topics(), subjectAndRange());
        header.setPadding(new Insets(0, 0, 12, 0));
        setTop(header);

        cards.getStyleClass().add("chart-cards");
        cards.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("chart-scroll");
        setCenter(new StackPane(scroll, overlay()));
        model.charts().addListener((ListChangeListener<ChartResult>) change -> showCards());
        showCards();
    }

    /** The topics as joined buttons, which wrap onto a second line where the row is short (large text). */
    private FlowPane topics() {
        HBox joined = segmented(List.of(ChartTopic.values()), model.topicProperty(), ChartTopic::label,
                t -> "topic-" + t.key());
        FlowPane box = new FlowPane(0, 4);
        box.getStyleClass().addAll(joined.getStyleClass());
        for (Node button : List.copyOf(joined.getChildren())) {
            ((Region) button).setMinWidth(Region.USE_PREF_SIZE);
            box.getChildren().add(button);
        }
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private HBox subjectAndRange() {
        ComboBox<ExerciseSubject> exercise = new ComboBox<>(model.exercises());
        exercise.setId("exercise-choice");
        exercise.valueProperty().bindBidirectional(model.exerciseProperty());
        exercise.promptTextProperty().bind(Bindings.when(model.loadingProperty()).then("Loading…")
                .otherwise("No exercises yet"));
        ComboBox<EnduranceSubject> endurance = new ComboBox<>(model.enduranceSubjects());
        endurance.setId("endurance-choice");
        endurance.valueProperty().bindBidirectional(model.enduranceProperty());
        endurance.promptTextProperty().bind(Bindings.when(model.loadingProperty()).then("Loading…")
                .otherwise("No endurance work yet"));
        for (ComboBox<?> box : List.of(exercise, endurance)) {
            box.prefWidthProperty().bind(em.multiply(18.5)); // 240 px at normal text
            box.managedProperty().bind(box.visibleProperty());
        }
        exercise.visibleProperty().bind(model.topicProperty().isEqualTo(ChartTopic.STRENGTH));
        endurance.visibleProperty().bind(model.topicProperty().isEqualTo(ChartTopic.ENDURANCE));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox ranges = segmented(List.of(TimeRange.values()), model.rangeProperty(), TimeRange::label,
                r -> "range-" + r.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        HBox row = new HBox(12, exercise, endurance, spacer, ranges);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(8, 0, 0, 0));
        return row;
    }

    /** Joined toggle buttons bound both ways to {@code property}; one is always selected. */
    private static <T> HBox segmented(List<T> values, ObjectProperty<T> property, Function<T, String> text,
            Function<T, String> id) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.getStyleClass().add("segmented");
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            ToggleButton button = new ToggleButton(text.apply(value));
            button.setId(id.apply(value));
            button.setUserData(value);
            button.setToggleGroup(group);
            button.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == values.size() - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            button.setSelected(value.equals(property.get()));
            box.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // clicking the selected button must not leave none selected
            } else {
                @SuppressWarnings("unchecked")
                T value = (T) now.getUserData();
                property.set(value);
            }
        });
        property.addListener((obs, old, now) -> group.getToggles().stream()
                .filter(t -> t.getUserData().equals(now)).findFirst().ifPresent(group::selectToggle));
        return box;
    }

    /** "Loading…" while charts are read, or the message when there is nothing to chart at all. */
    private StackPane overlay() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(32, 32);
        spinner.visibleProperty().bind(model.loadingProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label text = new Label();
        text.setId("progress-status");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.when(model.messageProperty().isNotEmpty()).then(model.messageProperty())
                .otherwise("Loading…"));
        VBox box = new VBox(10, spinner, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("progress-status");
        box.setMaxSize(520, USE_PREF_SIZE);
        StackPane overlay = new StackPane(box);
        overlay.visibleProperty().bind(model.messageProperty().isNotEmpty()
                .or(model.loadingProperty().and(Bindings.isEmpty(model.charts()))));
        overlay.setPickOnBounds(false);
        return overlay;
    }

    private void showCards() {
        List<ChartCard> built = new ArrayList<>();
        for (ChartResult result : model.charts()) {
            ChartCard card = new ChartCard(result);
            card.saveButton().setOnAction(e -> save(card));
            built.add(card);
        }
        cards.getChildren().setAll(built);
    }

    /** The cards on show, in order (for tests and screenshots). */
    List<ChartCard> cards() {
        return cards.getChildren().stream().map(ChartCard.class::cast).toList();
    }

    private void save(ChartCard card) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save chart as PNG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        chooser.setInitialFileName(model.pictureName(card.result()));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        WritableImage image = PngExport.snapshot(card);
        card.saved("Saving…");
        executor.submit("Saving the chart", progress -> PngExport.write(image, file.toPath()),
                (Path written) -> card.saved("Saved " + written.getFileName()),
                error -> card.saved("Not saved: " + error.getMessage()));
    }
}

package app.overload.ui.summary;

import java.util.List;

import app.overload.ui.AppServices;
import app.overload.ui.Ems;
import app.overload.ui.UiStyles;
import app.overload.ui.summary.TrainingShareViewModel.Range;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "Workout or training?": sessions and time split between the two as numbers and bars, and the purposes trained
 * week by week, over the last 4 or 12 weeks. A compact card for the top of the Blocks section.
 */
public final class TrainingShareView extends VBox {

    public static final String ID = "training-share";

    private final TrainingShareViewModel model;
    private final ShareBar sessionsBar = new ShareBar();
    private final ShareBar timeBar = new ShareBar();
    private final PurposeTable table = new PurposeTable();
    /** The header's least width, in ems, that shows the hint beside the title. */
    private static final double HINT_EMS = 50;

    public TrainingShareView(TrainingShareViewModel model) {
        this.model = model;
        setId(ID);
        getStyleClass().addAll(UiStyles.CARD, "training-share");
        getStylesheets().add(TrainingShareView.class.getResource("summary.css").toExternalForm());
        setSpacing(10);

        // The table goes under the numbers where the card is too narrow for both side by side.
        FlowPane body = new FlowPane(32, 14, numbers(), table);
        body.prefWrapLengthProperty().bind(widthProperty());
        BooleanBinding counted = model.shareProperty().isNotNull().and(model.messageProperty().isEmpty());
        body.visibleProperty().bind(counted);
        body.managedProperty().bind(counted);
        Label message = new Label();
        message.setId("training-share-message");
        message.getStyleClass().add(UiStyles.MUTED);
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(model.messageProperty().isNotEmpty());
        getChildren().addAll(header(), message, body);
        model.shareProperty().addListener((obs, old, now) -> show(now));
        show(model.shareProperty().get());
    }

    /** The summary for the open logbook, reading at once. The Blocks section shows it above its block list. */
    public static Node create(AppServices services) {
        TrainingShareViewModel model = new TrainingShareViewModel(services.logbook(), services.executor(),
                services.clock());
        TrainingShareView view = new TrainingShareView(model);
        model.refresh();
        return view;
    }

    public TrainingShareViewModel model() {
        return model;
    }

    private HBox header() {
        Label title = new Label("Workout or training?");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label("Training: a session in a block, with a purpose. A workout stands alone.");
        hint.getStyleClass().add(UiStyles.MUTED);
        // On a narrow window the hint wraps; the title and the range keep their words.
        hint.setWrapText(true);
        HBox.setHgrow(hint, Priority.SOMETIMES);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(model.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox ranges = ranges();
        ranges.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(12, title, hint, spinner, spacer, ranges);
        row.setAlignment(Pos.CENTER_LEFT);
        // Where the row is short (large text on a small window) the hint would wrap a word a line: the title's
        // tooltip says it instead.
        title.setTooltip(new Tooltip(hint.getText()));
        hint.visibleProperty().bind(row.widthProperty().greaterThanOrEqualTo(Ems.of(hint).multiply(HINT_EMS)));
        hint.managedProperty().bind(hint.visibleProperty());
        return row;
    }

    private HBox ranges() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        List<Range> values = List.of(Range.values());
        for (int i = 0; i < values.size(); i++) {
            Range range = values.get(i);
            ToggleButton button = new ToggleButton(range.label());
            button.setId("share-" + range.weeks() + "-weeks");
            button.setUserData(range);
            button.setToggleGroup(group);
            button.getStyleClass().addAll(i == 0 ? Styles.LEFT_PILL : Styles.RIGHT_PILL, Styles.SMALL);
            button.setSelected(range == model.rangeProperty().get());
            box.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // one range is always chosen
            } else {
                model.rangeProperty().set((Range) now.getUserData());
            }
        });
        return box;
    }

    private GridPane numbers() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("share-numbers");
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE); // "Training", "Workouts" whole; the bars take what is left
        grid.getColumnConstraints().add(names);
        grid.add(key("Training", "training-key"), 0, 0);
        grid.add(bound(model.trainingProperty(), "training-amount"), 1, 0);
        grid.add(key("Workouts", "workout-key"), 0, 1);
        grid.add(bound(model.workoutsProperty(), "workout-amount"), 1, 1);
        grid.add(muted("Sessions"), 0, 2);
        grid.add(sessionsBar, 1, 2);
        grid.add(muted("Time"), 0, 3);
        grid.add(timeBar, 1, 3);
        Label headline = bound(model.headlineProperty(), "share-headline");
        headline.getStyleClass().add(UiStyles.MUTED);
        headline.setWrapText(true);
        grid.add(headline, 0, 4, 2, 1);
        grid.setPadding(new Insets(2, 0, 0, 0));
        return grid;
    }

    private static Label key(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().addAll("share-key", style);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(UiStyles.MUTED);
        return label;
    }

    private static Label bound(ObservableValue<String> text, String id) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        return label;
    }

    private void show(TrainingShare share) {
        if (share == null) {
            return;
        }
        sessionsBar.setShare(share.sessionShare());
        timeBar.setShare(share.timeShare());
        table.show(share);
    }
}

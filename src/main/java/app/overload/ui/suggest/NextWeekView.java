package app.overload.ui.suggest;

import java.util.ArrayList;
import java.util.List;

import app.overload.domain.TrainingBlock;
import app.overload.ui.AppServices;
import app.overload.ui.Ems;
import app.overload.ui.UiStyles;
import app.overload.ui.suggest.NextWeekViewModel.State;
import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The next-week panel of a block: a week picker, the week's suggestions grouped by planned session with Accept and
 * an editable number on each, "Accept all", and the volume checks and insights in a column beside them.
 */
public final class NextWeekView extends BorderPane {

    /** Below this width, in ems, the notes go under the sessions. */
    static final double NOTES_BESIDE_EMS = 60;
    /** Kept: a binding only its own listener refers to would be collected. */
    private DoubleBinding emOfNotes;

    public static final String ID = "next-week";

    private final NextWeekViewModel model;
    private final VBox cards = new VBox(12);

    public NextWeekView(NextWeekViewModel model) {
        this.model = model;
        setId(ID);
        getStyleClass().add("next-week");
        getStylesheets().add(NextWeekView.class.getResource("suggest.css").toExternalForm());

        VBox top = new VBox(6, titleRow(), history(), Banners.ended(model), Banners.missing(model), actions());
        top.setPadding(new Insets(0, 0, 12, 0));
        setTop(top);

        cards.getStyleClass().add("session-cards");
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("suggestion-scroll");
        setCenter(new StackPane(scroll, overlay()));
        NotesColumn notes = new NotesColumn(model);
        BooleanBinding listed = listed();
        notes.visibleProperty().bind(listed);
        notes.managedProperty().bind(listed);
        placeNotes(notes);
        model.sessions().addListener((ListChangeListener<SessionGroup>) c -> showCards());
        showCards();
    }

    /**
     * The volume and warnings beside the sessions, or under them where the panel is narrower than
     * {@value #NOTES_BESIDE_EMS} ems (large text on a small window): beside, they would leave the sessions too
     * narrow for their own buttons.
     */
    private void placeNotes(NotesColumn notes) {
        Label ruler = new Label();
        ruler.setManaged(false);
        ruler.setVisible(false);
        getChildren().add(ruler);
        DoubleBinding em = Ems.of(ruler);
        Runnable place = () -> {
            boolean beside = getWidth() <= 0 || getWidth() >= NOTES_BESIDE_EMS * em.get();
            if (beside && getRight() != notes) {
                setBottom(null);
                notes.maxHeightProperty().unbind();
                notes.setMaxHeight(Region.USE_COMPUTED_SIZE);
                setRight(notes);
            } else if (!beside && getBottom() != notes) {
                setRight(null);
                // Under the sessions, at most 14 ems high, scrolling beyond: the sessions keep most of the room.
                notes.maxHeightProperty().bind(em.multiply(14));
                setBottom(notes);
            }
        };
        // After the layout pass that changed the width, not inside it.
        widthProperty().addListener((obs, old, now) -> Platform.runLater(place));
        em.addListener((obs, old, now) -> Platform.runLater(place));
        emOfNotes = em;
        place.run();
    }

    /**
     * The panel for {@code block}, loading its next week at once. This is what the Blocks section shows for a block;
     * {@code afterAccept} runs once accepted suggestions are saved, so the block view can show the new plan.
     */
    public static Node create(AppServices services, TrainingBlock block, Runnable afterAccept) {
        NextWeekViewModel model = new NextWeekViewModel(services.logbook(), services.executor(), services.clock(),
                services.units(), block);
        model.setAfterAccept(afterAccept);
        NextWeekView view = new NextWeekView(model);
        model.load();
        return view;
    }

    public NextWeekViewModel model() {
        return model;
    }

    private HBox titleRow() {
        Label title = new Label("Next week");
        title.getStyleClass().add(Styles.TITLE_3);
        Label headline = new Label();
        headline.getStyleClass().add("headline");
        headline.textProperty().bind(model.headlineProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ComboBox<Integer> picker = new ComboBox<>(model.weeks());
        picker.setId("week-picker");
        picker.valueProperty().bindBidirectional(model.weekProperty());
        picker.setCellFactory(list -> weekCell());
        picker.setButtonCell(weekCell());
        picker.setPromptText("Pick a week");
        Label caption = new Label("Show");
        caption.getStyleClass().add(UiStyles.MUTED);
        picker.prefWidthProperty().bind(Ems.of(caption).multiply(21.5)); // 280 px at normal text
        picker.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        headline.setWrapText(true);
        caption.setLabelFor(picker);
        HBox row = new HBox(12, title, headline, spacer, caption, picker);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private ListCell<Integer> weekCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "Pick a week" : model.weekLabel(item));
            }
        };
    }

    private Label history() {
        Label note = new Label();
        note.getStyleClass().addAll(UiStyles.MUTED, "history-note");
        note.textProperty().bind(model.historyNoteProperty());
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        return note;
    }

    private HBox actions() {
        Button acceptAll = new Button();
        acceptAll.setId("accept-all");
        acceptAll.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
        acceptAll.getStyleClass().add(Styles.ACCENT);
        acceptAll.textProperty().bind(Bindings.when(model.acceptableCountProperty().isEqualTo(0))
                .then("Nothing to accept").otherwise(Bindings.format("Accept all (%d)",
                        model.acceptableCountProperty())));
        acceptAll.disableProperty().bind(model.acceptableCountProperty().isEqualTo(0).or(model.busyProperty()));
        acceptAll.setOnAction(e -> model.acceptAll());
        acceptAll.visibleProperty().bind(model.endedProperty().isEmpty()); // an ended block has nothing to accept
        acceptAll.managedProperty().bind(acceptAll.visibleProperty());
        Label summary = new Label();
        summary.getStyleClass().add(UiStyles.MUTED);
        summary.textProperty().bind(model.summaryProperty());
        Label message = new Label();
        message.setId("accept-message");
        message.getStyleClass().add("accept-message");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        model.messageIsErrorProperty().addListener((obs, old, error) -> {
            message.getStyleClass().remove("error");
            if (error) {
                message.getStyleClass().add("error");
            }
        });
        HBox row = new HBox(12, acceptAll, summary, message);
        row.setAlignment(Pos.CENTER_LEFT);
        BooleanBinding shown = listed();
        row.visibleProperty().bind(shown);
        row.managedProperty().bind(shown);
        return row;
    }

    /** True while suggestions are listed: the week is shown, or being worked out again after an accept. */
    private BooleanBinding listed() {
        return model.stateProperty().isEqualTo(State.READY).or(model.stateProperty().isEqualTo(State.NOT_ENOUGH_DATA))
                .or(model.stateProperty().isEqualTo(State.LOADING).and(Bindings.isNotEmpty(model.sessions())));
    }

    /** The spinner while a week is worked out, or what the state means when there is nothing to list. */
    private StackPane overlay() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(32, 32);
        spinner.visibleProperty().bind(model.stateProperty().isEqualTo(State.LOADING));
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label text = new Label();
        text.setId("next-week-status");
        text.setWrapText(true);
        text.textProperty().bind(model.stateTextProperty());
        Button retry = new Button("Try again", new FontIcon(Feather.REFRESH_CW));
        retry.setOnAction(e -> model.load());
        retry.visibleProperty().bind(model.stateProperty().isEqualTo(State.FAILED));
        retry.managedProperty().bind(retry.visibleProperty());
        VBox box = new VBox(10, spinner, text, retry);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("state-box");
        box.setMaxSize(480, USE_PREF_SIZE);
        StackPane overlay = new StackPane(box);
        overlay.visibleProperty().bind(model.stateProperty().isEqualTo(State.NOTHING_PLANNED)
                .or(model.stateProperty().isEqualTo(State.ENDED))
                .or(model.stateProperty().isEqualTo(State.FAILED))
                .or(model.stateProperty().isEqualTo(State.LOADING).and(Bindings.isEmpty(model.sessions()))));
        overlay.setPickOnBounds(false);
        return overlay;
    }

    private void showCards() {
        List<SessionCard> built = new ArrayList<>();
        for (SessionGroup group : model.sessions()) {
            built.add(new SessionCard(group, model.busyProperty(), model::accept));
        }
        cards.getChildren().setAll(built);
    }

    /** The rows on show, in order (for tests). */
    List<SuggestionRow> rows() {
        return cards.getChildren().stream().flatMap(c -> ((SessionCard) c).getChildren().stream())
                .filter(SuggestionRow.class::isInstance).map(SuggestionRow.class::cast).toList();
    }
}

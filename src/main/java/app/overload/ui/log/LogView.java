package app.overload.ui.log;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;

import app.overload.domain.UnitPreferences;
import atlantafx.base.theme.Styles;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The log section: the quick-entry box on top, the form on the left, the summary and Save on the right. Keyboard
 * first: Ctrl+L types a whole session in one line, Ctrl+S saves, Esc leaves (asking when something is unsaved),
 * Ctrl+E finds an exercise, Ctrl+R adds a run, Ctrl+T a timed activity, Ctrl+D goes to the date, Ctrl+1 / Ctrl+2
 * choose workout or training.
 */
public final class LogView extends BorderPane {

    public static final String ID = "log";
    /** The draft is written this long after the last keystroke. */
    static final Duration DRAFT_DELAY = Duration.millis(500);

    private final LogViewModel model;
    private final HeaderPane header;
    private final AddBar addBar;
    private final QuickEntryBox quickEntry;
    private final VBox editors = new VBox(12);
    private final Map<EntryModel, Node> editorOf = new IdentityHashMap<>();
    private final Button keepEditing = new Button("Keep editing");
    private final Button restore = new Button("Restore", new FontIcon(Feather.ROTATE_CCW));

    public LogView(LogViewModel model) {
        this.model = model;
        setId(ID);
        getStyleClass().add("log-view");
        getStylesheets().add(LogView.class.getResource("log.css").toExternalForm());

        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_2);
        title.textProperty().bind(model.titleProperty());
        title.setMinWidth(Region.USE_PREF_SIZE); // the hint beside it gives way on a narrow window, not the title
        Label hint = FormFields.muted("Ctrl+S saves · Esc leaves · Ctrl+L quick entry · Ctrl+E exercise · Ctrl+R run · "
                + "Ctrl+T activity · Ctrl+D date");
        header = new HeaderPane(model);
        quickEntry = new QuickEntryBox(model.quickEntry());
        VBox top = new VBox(8, new HBox(16, title, hint), quickEntry, draftOfferBar(), leavePromptBar(),
                plannedOfferBar(), header);
        ((HBox) top.getChildren().get(0)).setAlignment(Pos.BASELINE_LEFT);
        top.setPadding(new Insets(0, 0, 12, 0));
        setTop(top);

        addBar = new AddBar(model, this::focusEntry);
        Label entriesMessage = new Label();
        entriesMessage.getStyleClass().add("field-hint");
        entriesMessage.textProperty().bind(model.form().entriesMessage().errorProperty());
        entriesMessage.managedProperty().bind(entriesMessage.textProperty().isNotEmpty());
        VBox column = new VBox(12, editors, entriesMessage, addBar);
        column.setPadding(new Insets(2, 12, 12, 2));
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("log-scroll");
        setCenter(scroll);

        SummaryPane summary = new SummaryPane(model, model::requestLeave);
        summary.setPrefWidth(300);
        summary.setMaxHeight(Region.USE_PREF_SIZE);
        BorderPane.setMargin(summary, new Insets(0, 0, 0, 16));
        setRight(summary);

        model.form().entries().addListener((ListChangeListener<EntryModel>) c -> layoutEditors());
        model.unitsProperty().addListener((obs, old, now) -> unitsChanged());
        layoutEditors();
        shortcuts();
        keepDraft();
        runRestTimers();
    }

    private HBox draftOfferBar() {
        Label text = new Label();
        text.textProperty().bind(model.draftOfferProperty());
        text.setWrapText(true);
        restore.setId("draft-restore");
        restore.getStyleClass().add(Styles.ACCENT);
        restore.setOnAction(e -> {
            model.restoreDraft();
            addBar.focusSearch();
        });
        Button discard = new Button("Discard");
        discard.setId("draft-discard");
        discard.setOnAction(e -> model.discardDraft());
        HBox bar = banner("draft-offer", text, restore, discard);
        bar.visibleProperty().bind(model.draftOfferProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        model.draftOfferProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                Focus.soon(restore);
            }
        });
        return bar;
    }

    /** A workout typed on a day with a planned session: one click logs it as that planned session instead. */
    private HBox plannedOfferBar() {
        Label text = new Label();
        text.textProperty().bind(model.plannedOfferProperty());
        text.setWrapText(true);
        Button accept = new Button("Log it as training", new FontIcon(Feather.FLAG));
        accept.setId("planned-offer-accept");
        accept.setOnAction(e -> model.acceptPlannedOffer());
        HBox bar = banner("planned-offer", text, accept);
        bar.visibleProperty().bind(model.plannedOfferProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private HBox leavePromptBar() {
        Label text = new Label("This session has unsaved changes. Discard them?");
        keepEditing.setId("leave-cancel");
        keepEditing.setOnAction(e -> model.cancelLeave());
        Button discard = new Button("Discard changes");
        discard.setId("leave-discard");
        discard.getStyleClass().add(Styles.DANGER);
        discard.setOnAction(e -> model.confirmLeave());
        HBox bar = banner("leave-prompt", text, keepEditing, discard);
        bar.visibleProperty().bind(model.leavePromptProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        model.leavePromptProperty().addListener((obs, old, now) -> {
            if (now) {
                Focus.soon(keepEditing);
            }
        });
        return bar;
    }

    private static HBox banner(String id, Label text, Button... buttons) {
        HBox bar = new HBox(10);
        bar.setId(id);
        bar.getStyleClass().add("log-banner");
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        bar.getChildren().add(text);
        bar.getChildren().addAll(buttons);
        return bar;
    }

    private void layoutEditors() {
        editorOf.keySet().retainAll(new HashSet<>(model.form().entries()));
        editors.getChildren().setAll(model.form().entries().stream().map(e -> editorOf.computeIfAbsent(e,
                this::editorFor)).toList());
    }

    private Node editorFor(EntryModel entry) {
        UnitPreferences units = model.units();
        Runnable remove = () -> model.remove(entry);
        var showAll = model.checks().showAllErrorsProperty();
        if (entry instanceof StrengthModel s) {
            return new StrengthEditor(s, units.mass().symbol(), showAll, remove);
        }
        if (entry instanceof EnduranceModel e) {
            return new EnduranceEditor(e, units.distance(), showAll, remove);
        }
        return new TimedEditor((TimedModel) entry, showAll, remove);
    }

    /** A new entry takes the focus at its first field, so typing goes on. */
    private void focusEntry(EntryModel entry) {
        Node editor = editorOf.get(entry);
        if (editor instanceof StrengthEditor s) {
            s.focusFirstSet();
        } else if (editor instanceof EnduranceEditor e) {
            e.focusFirst();
        } else if (editor instanceof TimedEditor t) {
            t.focusFirst();
        }
    }

    private void shortcuts() {
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown()) {
                if (shortcut(e.getCode())) {
                    e.consume();
                }
            } else if (e.getCode() == KeyCode.ESCAPE && !(e.getTarget() instanceof ListView)) {
                if (model.leavePromptProperty().get()) {
                    model.cancelLeave();
                } else {
                    model.requestLeave();
                }
                e.consume();
            }
        });
    }

    private boolean shortcut(KeyCode code) {
        switch (code) {
            case S -> {
                if (quickEntry.holdsText()) {
                    model.quickEntry().save();
                } else {
                    model.save();
                }
            }
            case L -> quickEntry.focus();
            case E -> addBar.focusSearch();
            case R -> focusEntry(model.addEndurance());
            case T -> focusEntry(model.addTimed());
            case D -> header.focusDate();
            case N -> model.newSession();
            case DIGIT1 -> {
                model.form().kindProperty().set(LogForm.Kind.WORKOUT);
                header.focusLabel();
            }
            case DIGIT2 -> {
                model.form().kindProperty().set(LogForm.Kind.TRAINING);
                header.focusBlock();
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Writes the draft {@link #DRAFT_DELAY} after the last change, so a crash loses at most that. */
    private void keepDraft() {
        PauseTransition pause = new PauseTransition(DRAFT_DELAY);
        pause.setOnFinished(e -> model.saveDraft());
        model.changesProperty().addListener((obs, old, now) -> pause.playFromStart());
    }

    private void runRestTimers() {
        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
    }

    /** Where typing starts when the section opens: the offer of a kept draft, else the exercise search. */
    public void focusStart() {
        if (model.draftOfferProperty().get().isEmpty()) {
            addBar.focusSearch();
        } else {
            Focus.soon(restore);
        }
    }

    LogViewModel model() {
        return model;
    }

    /** Rebuilds the entry cards after a change of units, so captions show the new unit. */
    public void unitsChanged() {
        editorOf.clear();
        layoutEditors();
    }
}

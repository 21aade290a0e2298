package app.overload.ui.log;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;

import app.overload.domain.UnitPreferences;
import app.overload.ui.Ems;
import app.overload.ui.Shortcut;
import atlantafx.base.theme.Styles;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The log section: the quick-entry box on top, the form on the left, the summary and Save on the right (under the
 * entries on a narrow window). Keyboard first: Ctrl+L types a whole session in one line, Ctrl+S saves, Esc leaves
 * (asking when something is unsaved), Ctrl+E finds an exercise, Ctrl+R adds a run, Ctrl+T a timed activity, Ctrl+D
 * goes to the date, Ctrl+1 / Ctrl+2 choose workout or training,
 * Ctrl+Enter ticks a set done and moves on, Ctrl+W adds the warm-ups on offer, Ctrl+O opens the routines; the
 * whole list is {@link Shortcut}'s.
 */
public final class LogView extends BorderPane {

    public static final String ID = "log";
    /** Below this width (988 px at normal text) the summary goes under the entries. */
    static final double NARROW_EMS = 76;
    /** Narrower than this many ems, the title row drops its hint of keys (F1 and the tooltips still name them). */
    static final double HINT_EMS = 60;
    /**
     * Shorter than this many ems (large text on a small screen), the form's header scrolls with the entries, which
     * would otherwise get no room at all under it.
     */
    static final double SHORT_EMS = 36;
    /** The summary's width beside the form. */
    static final double SUMMARY_EMS = 23;
    private static final PseudoClass BELOW = PseudoClass.getPseudoClass("below");
    /** The draft is written this long after the last keystroke. */
    static final Duration DRAFT_DELAY = Duration.millis(500);

    private final LogViewModel model;
    private final HeaderPane header;
    private final AddBar addBar;
    private final HBox titleRow;
    private final VBox column;
    private final SummaryPane summary;
    private final BooleanBinding narrow;
    /** Kept in a field for the same reason as {@link #narrow}. */
    private final BooleanBinding low;
    private final VBox top;
    private final VBox formTop;
    private final QuickEntryBox quickEntry;
    private final VBox editors = new VBox(12);
    private final Map<EntryModel, Node> editorOf = new IdentityHashMap<>();
    private final Button keepEditing = new Button("Keep editing");
    private final Button restore = new Button("Restore", new FontIcon(Feather.ROTATE_CCW));
    private final OpeningFocus opening;

    public LogView(LogViewModel model) {
        this.model = model;
        setId(ID);
        getStyleClass().add("log-view");
        getStylesheets().add(LogView.class.getResource("log.css").toExternalForm());

        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_2);
        title.setMinWidth(Region.USE_PREF_SIZE);
        title.textProperty().bind(model.titleProperty());
        title.setMinWidth(Region.USE_PREF_SIZE); // the hint beside it wraps on a narrow window, not the title
        Label hint = FormFields.muted(hintText());
        hint.setWrapText(true);
        HBox.setHgrow(hint, Priority.ALWAYS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        titleRow = new HBox(16, title, hint, spacer);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        header = new HeaderPane(model);
        quickEntry = new QuickEntryBox(model.quickEntry());
        formTop = new VBox(8, quickEntry, draftOfferBar(), leavePromptBar(), plannedOfferBar(), header);
        top = new VBox(8, titleRow);
        top.setPadding(new Insets(0, 0, 12, 0));
        setTop(top);

        addBar = new AddBar(model, this::focusEntry);
        Label entriesMessage = new Label();
        entriesMessage.getStyleClass().add("field-hint");
        entriesMessage.textProperty().bind(model.form().entriesMessage().errorProperty());
        entriesMessage.managedProperty().bind(entriesMessage.textProperty().isNotEmpty());
        column = new VBox(12, editors, entriesMessage, addBar);
        column.setPadding(new Insets(2, 12, 12, 2));
        ScrollPane scroll = new ScrollPane(column);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("log-scroll");
        setCenter(scroll);
        ScrollTo.followFocus(scroll, editors);

        summary = new SummaryPane(model, model::requestLeave, this::openRoutines);
        DoubleBinding em = Ems.of(hint);
        summary.prefWidthProperty().bind(em.multiply(SUMMARY_EMS));
        summary.setMaxHeight(Region.USE_PREF_SIZE);
        BorderPane.setMargin(summary, new Insets(0, 0, 0, 16));
        // Kept in a field: a binding only its own listener refers to is collected, and the layout would stop following.
        narrow = widthProperty().greaterThan(0).and(widthProperty().lessThan(em.multiply(NARROW_EMS)));
        // The text size reaches the em during a CSS pass, which must not see the scene change under it: next turn.
        narrow.addListener((obs, was, is) -> Platform.runLater(() -> placeSummary(narrow.get())));
        placeSummary(narrow.get());
        BooleanBinding roomForHint = widthProperty().isEqualTo(0).or(widthProperty().greaterThanOrEqualTo(
                em.multiply(HINT_EMS)));
        hint.visibleProperty().bind(roomForHint);
        hint.managedProperty().bind(roomForHint);
        low = heightProperty().greaterThan(0).and(heightProperty().lessThan(em.multiply(SHORT_EMS)));
        low.addListener((obs, was, is) -> Platform.runLater(() -> placeHeader(low.get())));
        placeHeader(low.get());

        model.form().entries().addListener((ListChangeListener<EntryModel>) c -> layoutEditors());
        opening = new OpeningFocus(this, model.openingProperty(), this::placeStart);
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

    /** Tall enough: the header stays above the entries. Short: it is the first thing in the scrolling column. */
    private void placeHeader(boolean lowWindow) {
        if (lowWindow) {
            top.getChildren().remove(formTop);
            if (!column.getChildren().contains(formTop)) {
                column.getChildren().add(0, formTop);
            }
        } else {
            column.getChildren().remove(formTop);
            if (!top.getChildren().contains(formTop)) {
                top.getChildren().add(formTop);
            }
        }
    }

    /**
     * Wide: the summary beside the form, Save in it. Narrow: the entries need the whole width (a set row beside the
     * summary would scroll sideways), so the summary follows the entries and Save moves to the title row, in sight.
     */
    private void placeSummary(boolean narrow) {
        summary.placeButtons(narrow ? titleRow : null);
        if (narrow) {
            setRight(null);
            if (!column.getChildren().contains(summary)) {
                column.getChildren().add(summary);
            }
        } else {
            column.getChildren().remove(summary);
            setRight(summary);
        }
        summary.pseudoClassStateChanged(BELOW, narrow);
    }

    /** The hint under the title: the keys used most, and where to find the rest. */
    private static String hintText() {
        return String.join(" · ", Shortcut.SHORTCUTS.keysText() + " shortcuts", Shortcut.SAVE.keysText() + " saves",
                Shortcut.LEAVE.keysText() + " leaves", Shortcut.QUICK_ENTRY.keysText() + " quick entry", Shortcut.FIND_EXERCISE.keysText() + " exercise",
                Shortcut.ADD_ENDURANCE.keysText() + " run", Shortcut.ADD_TIMED.keysText() + " activity",
                Shortcut.GO_DATE.keysText() + " date");
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
            return new StrengthEditor(s, units.mass().symbol(), showAll, remove, () -> focusAfter(entry),
                    this::addWarmUps);
        }
        if (entry instanceof EnduranceModel e) {
            return new EnduranceEditor(e, units.distance(), showAll, remove);
        }
        return new TimedEditor((TimedModel) entry, showAll, remove);
    }

    /** A new entry takes the focus at its first field, so typing goes on. */
    private void focusEntry(EntryModel entry) {
        Node field = firstField(entry);
        if (field != null) {
            Focus.soon(field);
        }
    }

    /** Where typing starts in an entry's card; null for a card not built or a lift without sets. */
    private Node firstField(EntryModel entry) {
        Node editor = editorOf.get(entry);
        if (editor instanceof StrengthEditor s) {
            return s.firstField();
        } else if (editor instanceof EnduranceEditor e) {
            return e.firstField();
        } else if (editor instanceof TimedEditor t) {
            return t.firstField();
        }
        return null;
    }

    /** After the last set of an entry is ticked done: the next entry, or the exercise search after the last. */
    private void focusAfter(EntryModel entry) {
        int at = model.form().entries().indexOf(entry);
        if (at >= 0 && at + 1 < model.form().entries().size()) {
            focusEntry(model.form().entries().get(at + 1));
        } else {
            addBar.focusSearch();
        }
    }

    /** Ctrl+O: the routines, to start one or to save the form as one. */
    public void openRoutines() {
        RoutinesDialog.open(getScene() == null ? null : getScene().getWindow(), model.routines(), model.names());
    }

    /** Ctrl+W: the warm-ups on offer go in before the first heavy lift, whose first warm-up takes the focus. */
    private void addWarmUps() {
        StrengthModel lift = model.addWarmUps();
        if (lift != null) {
            focusEntry(lift);
        }
    }

    private void shortcuts() {
        Map<Shortcut, Shortcut.Action> keys = new EnumMap<>(Shortcut.class);
        // A line typed in the quick-entry box is what Ctrl+S saves while it is there; else the form.
        keys.put(Shortcut.SAVE, Shortcut.Action.of(() -> {
            if (quickEntry.holdsText()) {
                model.quickEntry().save();
            } else {
                model.save();
            }
        }));
        keys.put(Shortcut.QUICK_ENTRY, Shortcut.Action.of(quickEntry::focus));
        keys.put(Shortcut.FIND_EXERCISE, Shortcut.Action.of(addBar::focusSearch));
        keys.put(Shortcut.ADD_ENDURANCE, Shortcut.Action.of(() -> focusEntry(model.addEndurance())));
        keys.put(Shortcut.ADD_TIMED, Shortcut.Action.of(() -> focusEntry(model.addTimed())));
        keys.put(Shortcut.GO_DATE, Shortcut.Action.of(header::focusDate));
        // Starting over drops the field that had the focus; the search takes it, or Keep editing if asked first.
        keys.put(Shortcut.NEW_SESSION, Shortcut.Action.of(() -> {
            model.newSession();
            if (!model.leavePromptProperty().get()) {
                focusStart();
            }
        }));
        keys.put(Shortcut.ADD_WARM_UPS, Shortcut.Action.of(this::addWarmUps));
        keys.put(Shortcut.ROUTINES, Shortcut.Action.of(this::openRoutines));
        keys.put(Shortcut.AS_WORKOUT, Shortcut.Action.of(() -> {
            model.form().kindProperty().set(LogForm.Kind.WORKOUT);
            header.focusLabel();
        }));
        keys.put(Shortcut.AS_TRAINING, Shortcut.Action.of(() -> {
            model.form().kindProperty().set(LogForm.Kind.TRAINING);
            header.focusBlock();
        }));
        // Esc in the list of matches goes back to the search, and in an open list closes it (theirs); else it leaves.
        keys.put(Shortcut.LEAVE, target -> {
            if (target instanceof ListView || target instanceof ComboBoxBase<?> box && box.isShowing()) {
                return false;
            }
            if (model.leavePromptProperty().get()) {
                model.cancelLeave();
            } else {
                model.requestLeave();
            }
            return true;
        });
        Shortcut.install(this, Shortcut.Area.LOG, keys);
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

    /**
     * Where typing starts when the section opens: the offer of a kept draft, the first set of a form filled from the
     * plan or last time, else the exercise search. While the form still reads what fills it, the focus goes there
     * for now and moves to the first set once the form is filled, unless the user has typed or clicked meanwhile.
     */
    public void focusStart() {
        placeStart();
        opening.placeAgainWhenOpened();
    }

    /**
     * Puts the focus at the start at once: the cards are built in the turn that fills the form, so the field is in
     * the scene, and a node in a shown scene takes the focus without waiting for a layout pulse.
     */
    private void placeStart() {
        Node start;
        if (!model.draftOfferProperty().get().isEmpty()) {
            start = restore;
        } else if (!model.form().entries().isEmpty()) {
            // Filled from the plan or last time: the first set, not the exercise search the cards push out of sight.
            start = firstField(model.form().entries().get(0));
        } else {
            start = addBar.searchField();
        }
        Node field = start != null ? start : addBar.searchField();
        if (field.getScene() == null && getScene() != null) {
            // On the first visit the form lies in a scroll pane whose skin, made in the first CSS pass, puts it in
            // the scene; until then a field refuses the focus. Make the skins now, so the field takes it this turn.
            applyCss();
        }
        field.requestFocus();
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

package app.overload.ui.log;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.overload.ui.UiStyles;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** An exercise card: name, last time and target, rest timer, warm-ups on offer, and its sets. */
final class StrengthEditor extends VBox {

    private final StrengthModel model;
    private final ObservableBooleanValue showAll;
    private final VBox rows = new VBox(4);
    private final Map<SetModel, SetRow> rowOf = new HashMap<>();
    private final HBox captions;
    private final Runnable afterLastSet;

    /**
     * @param afterLastSet where the focus goes when the last set is ticked done with Ctrl+Enter
     * @param addWarmUps   adds the warm-ups on offer (Ctrl+W does the same)
     */
    StrengthEditor(StrengthModel model, String loadUnit, ObservableBooleanValue showAll, Runnable remove,
            Runnable afterLastSet, Runnable addWarmUps) {
        this.model = model;
        this.showAll = showAll;
        this.afterLastSet = afterLastSet;
        getStyleClass().addAll("entry-card", "strength-entry");
        setSpacing(6);

        Label name = new Label(model.name());
        name.getStyleClass().addAll(Styles.TITLE_4, "entry-title");
        Label timer = new Label();
        timer.getStyleClass().add("rest-timer");
        timer.textProperty().bind(model.restTimerProperty());
        timer.visibleProperty().bind(model.restTimerProperty().isNotEmpty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button removeButton = new Button(null, new FontIcon(Feather.TRASH_2));
        removeButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        removeButton.setFocusTraversable(false);
        removeButton.setTooltip(new Tooltip("Remove " + model.name() + " from this session"));
        removeButton.setOnAction(e -> remove.run());
        HBox title = new HBox(10, name, timer, spacer, removeButton);
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

        Label offer = new Label();
        offer.getStyleClass().add("warm-up-offer");
        offer.textProperty().bind(model.warmUpOfferProperty());
        offer.setWrapText(true);
        Button addOffered = new Button("Add warm-ups", new FontIcon(Feather.TRENDING_UP));
        addOffered.getStyleClass().addAll(Styles.SMALL, "add-warm-ups");
        addOffered.setMinWidth(Region.USE_PREF_SIZE);
        addOffered.setTooltip(new Tooltip("Put these warm-up sets before the first set (Ctrl+W)"));
        addOffered.setOnAction(e -> addWarmUps.run());
        HBox warmUps = new HBox(10, offer, addOffered);
        warmUps.setAlignment(Pos.CENTER_LEFT);
        warmUps.visibleProperty().bind(model.warmUpOfferProperty().isNotEmpty());
        warmUps.managedProperty().bind(warmUps.visibleProperty());

        captions = SetRow.captions(loadUnit);
        model.sets().addListener((ListChangeListener<SetModel>) c -> layoutRows());
        layoutRows();
        getChildren().addAll(title, last, target, warmUps, captions, rows,
                FormFields.message(model.setsMessage(), showAll));
    }

    StrengthModel model() {
        return model;
    }

    void setLoadUnit(String unit) {
        HBox fresh = SetRow.captions(unit);
        captions.getChildren().setAll(fresh.getChildren());
    }

    private void layoutRows() {
        List<SetModel> sets = model.sets();
        rowOf.keySet().retainAll(sets);
        List<SetRow> shown = sets.stream().map(s -> rowOf.computeIfAbsent(s, k -> new SetRow(model, k, showAll,
                () -> focusAfter(k), () -> doneAndNext(k)))).toList();
        for (int i = 0; i < shown.size(); i++) {
            shown.get(i).number(i + 1);
        }
        rows.getChildren().setAll(shown);
    }

    /** After Enter in a set: the new copy just below it gets the focus, ready for the reps. */
    private void focusAfter(SetModel set) {
        int at = model.sets().indexOf(set);
        if (at >= 0 && at + 1 < model.sets().size()) {
            SetRow next = rowOf.get(model.sets().get(at + 1));
            next.focusReps();
        }
    }

    /** After Ctrl+Enter: the next set not done yet, else whatever follows this exercise. */
    private void doneAndNext(SetModel set) {
        int at = model.sets().indexOf(set);
        for (int i = at + 1; at >= 0 && i < model.sets().size(); i++) {
            if (!model.sets().get(i).doneProperty().get()) {
                rowOf.get(model.sets().get(i)).focusReps();
                return;
            }
        }
        afterLastSet.run();
    }

    /** Where typing starts in this card: the reps of its first set; null while it has none. */
    Node firstField() {
        return model.sets().isEmpty() ? null : rowOf.get(model.sets().get(0)).repsField();
    }
}

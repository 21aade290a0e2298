package app.overload.ui.log;

import app.overload.notation.Problem;
import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The quick-entry box at the top of the log section (Ctrl+L): a session typed in one line, or several pasted. Under
 * it, what the line was understood as, or the line again with the words at fault underlined and what was expected;
 * for an exercise the catalogue lacks, the closest names and, once confirmed, a new one. The form follows a moment
 * after the last key.
 */
final class QuickEntryBox extends VBox {

    /** The form previews the typed session this long after the last key press. */
    static final Duration PREVIEW_DELAY = Duration.millis(150);
    static final int MOST_ROWS = 6;

    private final QuickEntryViewModel model;
    private final TextArea box = new TextArea();

    QuickEntryBox(QuickEntryViewModel model) {
        this.model = model;
        setId("quick-entry-pane");
        getStyleClass().add("quick-entry");
        setSpacing(4);

        box.setId("quick-entry");
        box.setPromptText("Type a session: Back squat 5x5 @ 100 · run 8 km in 40:12 · yoga 45 min   (Ctrl+L)");
        box.setWrapText(true);
        box.setMinHeight(Region.USE_PREF_SIZE);
        box.setTooltip(new Tooltip("One session a line, as the history writes them. Enter puts it into the form, "
                + "Ctrl+S saves; Shift+Enter starts another line, and several lines are saved together."));
        box.textProperty().bindBidirectional(model.textProperty());
        box.textProperty().addListener((obs, old, now) -> fitRows());
        box.widthProperty().addListener((obs, old, now) -> fitRows());
        box.caretPositionProperty().addListener((obs, old, now) -> model.caretAt(now.intValue()));
        box.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        HBox.setHgrow(box, Priority.ALWAYS);
        Label caption = new Label("Quick entry", new FontIcon(Feather.ZAP));
        caption.getStyleClass().add("field-caption");
        caption.setLabelFor(box);
        caption.setMinWidth(Label.USE_PREF_SIZE);

        Label understood = new Label();
        understood.setId("quick-understood");
        understood.getStyleClass().add("quick-understood");
        understood.setGraphic(new FontIcon(Feather.CHECK));
        understood.textProperty().bind(model.understoodProperty());
        understood.setWrapText(true);
        shownWhen(understood, Bindings.isNotEmpty(model.understoodProperty()));

        VBox column = new VBox(4, box, understood, problem(), suggestions(), confirmation());
        HBox.setHgrow(column, Priority.ALWAYS);
        HBox row = new HBox(10, caption, column);
        row.setAlignment(Pos.TOP_LEFT);
        caption.setPadding(new Insets(8, 0, 0, 0));
        getChildren().add(row);
        fitRows();
        previewFollowsTheKeys();
    }

    /** As many rows as the text takes, wrapped lines included, up to {@link #MOST_ROWS}: one for one session. */
    private void fitRows() {
        double width = box.getWidth() - box.getInsets().getLeft() - box.getInsets().getRight() - 24;
        Text probe = new Text();
        probe.setFont(box.getFont());
        int rows = 0;
        for (String line : box.getText().split("\n", -1)) {
            probe.setText(line);
            rows += width <= 0 ? 1 : Math.max(1, (int) Math.ceil(probe.getLayoutBounds().getWidth() / width));
        }
        box.setPrefRowCount(Math.max(1, Math.min(MOST_ROWS, rows)));
    }

    private void keys(KeyEvent e) {
        if (e.getCode() != KeyCode.ENTER || e.isShortcutDown()) {
            return;
        }
        if (e.isShiftDown()) {
            box.replaceSelection("\n");
            e.consume();
        } else if (model.accept() || model.problemProperty().get() != null) {
            e.consume(); // a line with a problem stays one line until it reads
        }
    }

    /** The line again, the words at fault underlined, and what was expected there. */
    private VBox problem() {
        Text before = new Text();
        Text fault = new Text();
        Text after = new Text();
        before.getStyleClass().add("quick-line");
        after.getStyleClass().add("quick-line");
        fault.getStyleClass().addAll("quick-line", "quick-fault");
        fault.setId("quick-fault");
        TextFlow line = new TextFlow(before, fault, after);
        line.setId("quick-problem-line");
        line.getStyleClass().add("quick-problem-line");
        Label message = new Label();
        message.setId("quick-problem");
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        Runnable show = () -> {
            Problem p = model.problemProperty().get();
            String text = model.problemLineProperty().get();
            int from = Math.max(0, Math.min(model.problemFromProperty().get(), text.length()));
            int to = Math.max(from, Math.min(model.problemToProperty().get(), text.length()));
            before.setText(text.substring(0, from));
            // A problem at the very end of the line (something missing) marks the space after it.
            fault.setText(to > from ? text.substring(from, to) : " ");
            after.setText(text.substring(to));
            message.setText(p == null ? "" : (model.sessionsProperty().get() > 1 ? "Line " + p.line() + ": " : "")
                    + p.message());
        };
        model.problemProperty().addListener((obs, old, now) -> show.run());
        model.problemLineProperty().addListener((obs, old, now) -> show.run());
        VBox pane = new VBox(2, line, message);
        pane.getStyleClass().add("quick-problem");
        shownWhen(pane, model.problemProperty().isNotNull());
        return pane;
    }

    /** "Did you mean: Back squat · Front squat · Add “Bak squat” as a new exercise…". */
    private FlowPane suggestions() {
        FlowPane pane = new FlowPane(8, 4);
        pane.setId("quick-suggestions");
        pane.setAlignment(Pos.CENTER_LEFT);
        Label lead = new Label("Did you mean");
        lead.getStyleClass().add("field-caption");
        Button add = new Button();
        add.setId("quick-add-exercise");
        add.getStyleClass().add(Styles.FLAT);
        add.textProperty().bind(Bindings.concat("Add “", model.unknownExerciseProperty(), "” as a new exercise…"));
        add.setOnAction(e -> model.askToAdd());
        Runnable show = () -> {
            pane.getChildren().setAll(lead);
            lead.setText(model.suggestions().isEmpty() ? "Not in the catalogue:" : "Did you mean");
            for (int i = 0; i < model.suggestions().size(); i++) {
                String name = model.suggestions().get(i);
                Button use = new Button(name);
                use.setId("quick-suggestion-" + i);
                use.getStyleClass().add(Styles.SMALL);
                use.setOnAction(e -> {
                    model.useSuggestion(name);
                    box.requestFocus();
                    box.end();
                });
                pane.getChildren().add(use);
            }
            pane.getChildren().add(add);
        };
        model.suggestions().addListener((ListChangeListener<String>) c -> show.run());
        show.run();
        shownWhen(pane, Bindings.isNotEmpty(model.unknownExerciseProperty()).and(model.confirmingNewProperty().not()));
        return pane;
    }

    /** "Add “Bak squat” to the catalogue as a new exercise?" [Add] [Cancel]. */
    private HBox confirmation() {
        Label question = new Label();
        question.textProperty().bind(Bindings.concat("Add “", model.unknownExerciseProperty(),
                "” to the catalogue as a new exercise?"));
        question.setWrapText(true);
        Button yes = new Button("Add exercise", new FontIcon(Feather.PLUS));
        yes.setId("quick-add-confirm");
        yes.getStyleClass().add(Styles.ACCENT);
        yes.setOnAction(e -> {
            model.confirmAdd();
            box.requestFocus();
        });
        Button no = new Button("Cancel");
        no.setId("quick-add-cancel");
        no.setOnAction(e -> {
            model.cancelAdd();
            box.requestFocus();
        });
        HBox bar = new HBox(10, question, yes, no);
        bar.setId("quick-add-prompt");
        bar.getStyleClass().add("log-banner");
        bar.setAlignment(Pos.CENTER_LEFT);
        shownWhen(bar, model.confirmingNewProperty());
        model.confirmingNewProperty().addListener((obs, old, now) -> {
            if (now) {
                Focus.soon(yes);
            }
        });
        return bar;
    }

    /** The form shows the typed session {@link #PREVIEW_DELAY} after the last key, so typing never waits on it. */
    private void previewFollowsTheKeys() {
        PauseTransition pause = new PauseTransition(PREVIEW_DELAY);
        pause.setOnFinished(e -> model.showPreview());
        model.previewProperty().addListener((obs, old, now) -> pause.playFromStart());
    }

    private static void shownWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    void focus() {
        Focus.soon(box);
    }

    boolean holdsText() {
        return !box.getText().isBlank();
    }
}

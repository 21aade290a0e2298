package app.overload.ui.exchange;

import app.overload.ui.UiStyles;
import app.overload.ui.exchange.ImportBlockViewModel.State;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;

/**
 * The import preview: the block and what importing it will do; a new block's plan week by week, or what the file
 * changes in the block already here with a side to choose for each difference; the sessions it logs against the
 * plan; conflicts and warnings with their places; and the outcome once imported (or why not). The middle scrolls,
 * so a long plan never pushes the buttons off the screen.
 */
public final class ImportBlockView extends VBox {

    public static final String ID = "import-block";
    static final double WIDTH = 720;
    /** Room the dialog's title bar, header, status line and buttons need around the scrolling part. */
    private static final double CHROME = 280;

    private final VBox body;
    private final ScrollPane scroll;

    public ImportBlockView(ImportBlockViewModel model) {
        super(12);
        setId(ID);
        getStyleClass().add("block-exchange");
        // Dialogs are scenes of their own: they do not inherit the main window's stylesheet.
        getStylesheets().addAll(UiStyles.class.getResource("overload.css").toExternalForm(),
                ImportBlockView.class.getResource("exchange.css").toExternalForm());
        setPrefWidth(WIDTH);

        Label title = new Label("Import block");
        title.getStyleClass().add(Styles.TITLE_3);
        Label source = wrapped(new Label());
        source.textProperty().bind(model.sourceProperty());
        source.getStyleClass().add(UiStyles.MUTED);
        VBox header = new VBox(2, title, source);

        Label name = wrapped(new Label());
        name.setId("import-block-name");
        name.textProperty().bind(model.blockNameProperty());
        name.getStyleClass().add(Styles.TITLE_4);
        Label change = new Label();
        change.setId("import-block-change");
        change.textProperty().bind(model.changeProperty());
        change.getStyleClass().addAll(UiStyles.BADGE, UiStyles.TRAINING);
        change.setMinWidth(Region.USE_PREF_SIZE);
        HBox heading = new HBox(10, name, change);
        heading.setAlignment(Pos.CENTER_LEFT);
        Label renamed = wrapped(new Label());
        renamed.setId("import-block-renamed");
        renamed.textProperty().bind(model.renamedProperty());
        renamed.getStyleClass().add(UiStyles.MUTED);
        showWhen(renamed, Bindings.isNotEmpty(model.renamedProperty()));
        VBox card = new VBox(10, new VBox(2, heading, renamed), new BulletList(model.details()));
        card.getStyleClass().add(UiStyles.CARD);
        showWhen(card, Bindings.isNotEmpty(model.blockNameProperty()));

        PlanChangesView changes = new PlanChangesView(model);
        showWhen(changes, Bindings.isNotEmpty(model.detailChanges()).or(Bindings.isNotEmpty(model.plannedChanges())));

        // Conflicts and warnings first: a long plan below must not hide them.
        body = new VBox(12, card, section("Conflicts", "conflicts", model.conflicts()),
                section("Read with warnings", "warnings", model.warnings()), changes,
                new PlanOutlineView(model.outline()),
                section("Sessions logged against the plan", "logged", model.logged()),
                section("Exercises the file describes otherwise", "exercises", model.exercises()));
        body.getStyleClass().add("import-body");
        // Inside the scroll pane nothing is squeezed: a section that does not fit scrolls instead.
        body.getChildren().forEach(section -> ((Region) section).setMinHeight(Region.USE_PREF_SIZE));
        scroll = new ScrollPane(body);
        scroll.setId("import-block-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(20, 20);
        working.visibleProperty().bind(model.stateProperty().isEqualTo(State.READING)
                .or(model.stateProperty().isEqualTo(State.IMPORTING)));
        working.managedProperty().bind(working.visibleProperty());
        Label outcome = wrapped(new Label());
        outcome.setId("import-block-outcome");
        outcome.textProperty().bind(model.outcomeProperty());
        model.stateProperty().addListener((obs, old, now) -> {
            styleOutcome(outcome, now);
            fitScroll();
        });
        styleOutcome(outcome, model.stateProperty().get());
        HBox status = new HBox(8, working, outcome);
        status.setAlignment(Pos.CENTER_LEFT);
        // Outside the scrolling part, next to the buttons it disables, so it is seen.
        Label refusal = wrapped(new Label());
        refusal.setId("import-block-refusal");
        refusal.textProperty().bind(model.refusalProperty());
        refusal.getStyleClass().add(Styles.DANGER);
        showWhen(refusal, Bindings.isNotEmpty(model.refusalProperty()));

        getChildren().addAll(header, scroll, refusal, status);
        fitScroll();
    }

    /**
     * Asks for as much height as the preview needs, up to what the screen has room for; a window smaller than that
     * still shrinks the scrolling part, never the status line or the buttons.
     */
    private void fitScroll() {
        body.applyCss();
        double needed = body.prefHeight(WIDTH - 30);
        double room = Screen.getPrimary().getVisualBounds().getHeight() - CHROME;
        scroll.setPrefViewportHeight(Math.max(120, Math.min(needed, room)));
    }

    private static VBox section(String title, String styleClass, ObservableList<String> items) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        VBox section = new VBox(6, heading, new BulletList(items));
        section.getStyleClass().addAll("exchange-section", styleClass);
        showWhen(section, Bindings.isNotEmpty(items));
        return section;
    }

    static void showWhen(Region node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static void styleOutcome(Label outcome, State state) {
        outcome.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, UiStyles.MUTED);
        outcome.getStyleClass().add(state == State.DONE ? Styles.SUCCESS
                : state == State.FAILED ? Styles.DANGER : UiStyles.MUTED);
    }
}

package app.overload.ui.exchange;

import app.overload.ui.UiStyles;
import app.overload.ui.exchange.ImportBlockViewModel.State;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The import preview: the block and what importing it will do, conflicts and how they are resolved, warnings
 * from the file with their places, and the outcome once imported (or why not).
 */
public final class ImportBlockView extends VBox {

    public static final String ID = "import-block";
    static final double WIDTH = 580;

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
        change.textProperty().bind(model.changeProperty());
        change.getStyleClass().addAll(UiStyles.BADGE, UiStyles.TRAINING);
        change.setMinWidth(Region.USE_PREF_SIZE);
        HBox heading = new HBox(10, name, change);
        heading.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(10, heading, new BulletList(model.details()));
        card.getStyleClass().add(UiStyles.CARD);
        showWhen(card, Bindings.isNotEmpty(model.blockNameProperty()));

        VBox conflicts = section("Conflicts", "conflicts", model.conflicts());
        VBox warnings = section("Read with warnings", "warnings", model.warnings());

        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(20, 20);
        working.visibleProperty().bind(model.stateProperty().isEqualTo(State.READING)
                .or(model.stateProperty().isEqualTo(State.IMPORTING)));
        working.managedProperty().bind(working.visibleProperty());
        Label outcome = wrapped(new Label());
        outcome.setId("import-block-outcome");
        outcome.textProperty().bind(model.outcomeProperty());
        model.stateProperty().addListener((obs, old, now) -> styleOutcome(outcome, now));
        styleOutcome(outcome, model.stateProperty().get());
        HBox status = new HBox(8, working, outcome);
        status.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(header, card, conflicts, warnings, status);
    }

    private static VBox section(String title, String styleClass, ObservableList<String> items) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        VBox section = new VBox(6, heading, new BulletList(items));
        section.getStyleClass().addAll("exchange-section", styleClass);
        showWhen(section, Bindings.isNotEmpty(items));
        return section;
    }

    private static void showWhen(Region node, javafx.beans.value.ObservableBooleanValue condition) {
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

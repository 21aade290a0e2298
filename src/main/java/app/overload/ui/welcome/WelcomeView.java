package app.overload.ui.welcome;

import app.overload.ui.Ems;
import app.overload.ui.Focus;
import app.overload.ui.UiStyles;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.DoubleBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Shown on an empty logbook: what the app is about, and two ways to begin. */
public final class WelcomeView extends StackPane {

    public static final String ID = "welcome";

    public WelcomeView(WelcomeViewModel model, Button... firstSteps) {
        setId(ID);
        Label title = new Label("Welcome to Overload");
        title.getStyleClass().add(Styles.TITLE_1);
        Label idea = new Label("A workout stands on its own: a spin class, a fun run, a swim. Training is a series "
                + "of sessions with a goal and a date, each with a purpose, each building on the last. Overload logs "
                + "both, keeps them apart, and turns your training history into next week's numbers.");
        idea.setWrapText(true);
        title.setWrapText(true);
        Label ask = new Label("Your logbook is empty. How would you like to start?");
        ask.getStyleClass().add(UiStyles.MUTED);
        ask.setWrapText(true);

        Button sample = new Button("Load the sample logbook", new FontIcon(Feather.DATABASE));
        sample.setId("load-sample");
        sample.getStyleClass().add(Styles.ACCENT);
        sample.setDefaultButton(firstSteps.length == 0);
        sample.disableProperty().bind(model.busyProperty());
        sample.setOnAction(e -> model.loadSample());
        Label sampleNote = new Label("A year of training to explore the app with: 5×5, hypertrophy and 5/3/1 "
                + "strength blocks, half-marathon and 5 km blocks, and the one-off workouts in between.");
        sampleNote.getStyleClass().add(UiStyles.MUTED);
        sampleNote.setWrapText(true);
        // Widths in ems (560 and 640 px at normal text), so larger text gets a wider card, not a cut one.
        DoubleBinding em = Ems.of(ask);
        idea.maxWidthProperty().bind(em.multiply(43));
        sampleNote.maxWidthProperty().bind(em.multiply(43));

        // The buttons stack where the card is narrow.
        FlowPane buttons = new FlowPane(12, 10);
        buttons.getChildren().addAll(firstSteps);
        buttons.getChildren().add(sample);
        buttons.setAlignment(Pos.CENTER_LEFT);

        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(22, 22);
        working.visibleProperty().bind(model.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        Label message = new Label();
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        HBox status = new HBox(8, working, message);
        status.managedProperty().bind(model.messageProperty().isNotEmpty());
        status.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(14, title, idea, ask, buttons, sampleNote, status);
        card.getStyleClass().add(UiStyles.CARD);
        card.maxWidthProperty().bind(em.multiply(49));
        for (Button step : firstSteps) {
            step.setMinWidth(USE_PREF_SIZE);
        }
        sample.setMinWidth(USE_PREF_SIZE);
        card.setMaxHeight(USE_PREF_SIZE);
        card.setPadding(new Insets(28));
        getChildren().add(card);
        setAlignment(Pos.CENTER);
        // The first way to start has the focus as the welcome shows: Space or Enter takes it at once.
        Button first = firstSteps.length > 0 ? firstSteps[0] : sample;
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                Focus.soon(first);
            }
        });
    }
}

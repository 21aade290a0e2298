package app.overload.ui.suggest;

import app.overload.ui.suggest.NextWeekViewModel.State;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The two banners above the suggestions: a block that has ended, and what the engine has no data for. */
final class Banners {

    private Banners() {
    }

    /** Shown while a week of an ended block is looked at (with no week picked, the state box says it instead). */
    static Node ended(NextWeekViewModel model) {
        Label text = new Label();
        text.textProperty().bind(model.endedProperty());
        text.setWrapText(true);
        HBox banner = new HBox(10, new FontIcon(Feather.FLAG), text);
        banner.setId("ended-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().addAll("banner", "info");
        BooleanBinding shown = model.endedProperty().isNotEmpty().and(model.stateProperty().isNotEqualTo(State.ENDED));
        banner.visibleProperty().bind(shown);
        banner.managedProperty().bind(shown);
        return banner;
    }

    /** "Not enough data …" with one line per thing the engine lacks. */
    static Node missing(NextWeekViewModel model) {
        Label heading = new Label();
        heading.getStyleClass().add("banner-heading");
        heading.setWrapText(true);
        heading.textProperty().bind(Bindings.when(model.stateProperty().isEqualTo(State.NOT_ENOUGH_DATA))
                .then(model.stateTextProperty())
                .otherwise("Not enough data for some prescriptions; they stay as planned."));
        VBox lines = new VBox(2);
        model.missing().addListener((ListChangeListener<String>) c -> lines.getChildren().setAll(
                model.missing().stream().map(m -> {
                    Label line = new Label("Needs " + m + ".");
                    line.setWrapText(true);
                    return line;
                }).toList()));
        VBox text = new VBox(4, heading, lines);
        HBox banner = new HBox(10, new FontIcon(Feather.HELP_CIRCLE), text);
        banner.setId("missing-banner");
        banner.getStyleClass().addAll("banner", "warning");
        BooleanBinding shown = Bindings.isNotEmpty(model.missing());
        banner.visibleProperty().bind(shown);
        banner.managedProperty().bind(shown);
        return banner;
    }
}

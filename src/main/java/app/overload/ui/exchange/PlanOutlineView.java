package app.overload.ui.exchange;

import app.overload.exchange.BlockPreviewText.Week;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A new block's plan, week by week, each planned session with its day and what it asks for. */
final class PlanOutlineView extends VBox {

    static final String ID = "import-block-outline";

    private final VBox weeks = new VBox(8);

    PlanOutlineView(ObservableList<Week> outline) {
        super(8);
        setId(ID);
        getStyleClass().addAll("exchange-section", "outline");
        Label heading = new Label("The plan, week by week");
        heading.getStyleClass().add("section-title");
        getChildren().addAll(heading, weeks);
        ImportBlockView.showWhen(this, Bindings.isNotEmpty(outline));
        outline.addListener((ListChangeListener<Week>) c -> rebuild(outline));
        rebuild(outline);
    }

    private void rebuild(ObservableList<Week> outline) {
        weeks.getChildren().clear();
        for (Week week : outline) {
            Label heading = new Label(week.heading());
            heading.getStyleClass().add("week-heading");
            VBox box = new VBox(2, heading);
            for (String session : week.sessions()) {
                Label line = ImportBlockView.wrapped(new Label(session));
                line.getStyleClass().add("week-session");
                box.getChildren().add(line);
            }
            weeks.getChildren().add(box);
        }
    }
}

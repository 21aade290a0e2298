package app.overload.ui.suggest;

import java.util.function.Consumer;

import app.overload.ui.UiStyles;
import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A planned session of the week with one row per prescription: "Mon 30 Nov  Workout B  [Heavy strength]". */
final class SessionCard extends VBox {

    SessionCard(SessionGroup group, ObservableBooleanValue busy, Consumer<SuggestionItem> accept) {
        getStyleClass().add("session-card");
        Label day = new Label(group.day());
        day.getStyleClass().addAll(Styles.TITLE_4, "session-day");
        Label title = new Label(group.title());
        title.getStyleClass().addAll(Styles.TITLE_4, "session-title");
        HBox header = new HBox(10, day, title);
        header.setAlignment(Pos.BASELINE_LEFT);
        if (group.purpose() != null && !group.purpose().label().equals(group.title())) {
            Label purpose = new Label(group.purpose().label());
            purpose.getStyleClass().addAll(UiStyles.BADGE, UiStyles.TRAINING, "session-purpose");
            header.getChildren().add(purpose);
        }
        getChildren().add(header);
        for (SuggestionItem item : group.items()) {
            getChildren().add(new SuggestionRow(item, busy, accept));
        }
    }
}

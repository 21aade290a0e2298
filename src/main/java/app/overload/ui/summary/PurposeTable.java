package app.overload.ui.summary;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

import app.overload.domain.Purpose;
import app.overload.ui.Ems;
import app.overload.ui.TextSize;
import app.overload.ui.UiStyles;
import javafx.beans.binding.DoubleBinding;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Weeks across, purposes down: how many sessions of each purpose every week, and the workouts beneath them.
 * Empty cells show a dot, so a week without tempo runs reads as a gap rather than as missing data.
 */
final class PurposeTable extends GridPane {

    private static final double WEEK_WIDTH = 48;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    PurposeTable() {
        getStyleClass().add("purpose-table");
        setHgap(2);
        setVgap(2);
    }

    void show(TrainingShare share) {
        getChildren().clear();
        getColumnConstraints().clear();
        List<TrainingShare.Week> weeks = share.weeks();
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(USE_PREF_SIZE);
        getColumnConstraints().add(names);
        Label caption = new Label("Week of");
        // In ems of the table's text (48 and 84 px at normal text), so "28 Sep" stays whole at 200 %.
        DoubleBinding em = Ems.of(caption).divide(TextSize.BASE_PX);
        for (int i = 0; i <= weeks.size(); i++) {
            // Wide enough for "28 Sep"; four weeks spread out to use the card's width.
            ColumnConstraints c = new ColumnConstraints(WEEK_WIDTH, WEEK_WIDTH, 84, Priority.ALWAYS, HPos.CENTER,
                    true);
            c.minWidthProperty().bind(em.multiply(WEEK_WIDTH));
            c.prefWidthProperty().bind(em.multiply(WEEK_WIDTH));
            c.maxWidthProperty().bind(em.multiply(84));
            getColumnConstraints().add(c);
        }
        caption.getStyleClass().addAll(UiStyles.MUTED, "table-caption");
        add(caption, 0, 0);
        for (int i = 0; i < weeks.size(); i++) {
            Label head = new Label(WEEK.format(weeks.get(i).start()));
            head.getStyleClass().addAll(UiStyles.MUTED, "week-head");
            add(head, i + 1, 0);
        }
        Label total = new Label("All");
        total.getStyleClass().addAll(UiStyles.MUTED, "week-head");
        add(total, weeks.size() + 1, 0);
        int row = 1;
        for (Purpose purpose : share.purposes()) {
            addRow(row++, purpose.label(), "training-row", weeks, w -> w.count(purpose));
        }
        addRow(row, "Workouts", "workout-row", weeks, TrainingShare.Week::workouts);
    }

    private void addRow(int row, String name, String style, List<TrainingShare.Week> weeks,
            ToIntFunction<TrainingShare.Week> count) {
        Label label = new Label(name);
        label.getStyleClass().addAll("row-name", style);
        add(label, 0, row);
        int sum = 0;
        for (int i = 0; i < weeks.size(); i++) {
            int n = count.applyAsInt(weeks.get(i));
            sum += n;
            Label cell = new Label(n == 0 ? "·" : Integer.toString(n));
            cell.getStyleClass().addAll("count", n == 0 ? "zero" : style);
            cell.setMaxWidth(Double.MAX_VALUE);
            cell.setTooltip(new Tooltip(name + ", week of " + WEEK.format(weeks.get(i).start()) + ": " + n
                    + (n == 1 ? " session" : " sessions")));
            add(cell, i + 1, row);
        }
        Label all = new Label(Integer.toString(sum));
        all.getStyleClass().addAll("count", "sum");
        all.setMaxWidth(Double.MAX_VALUE);
        add(all, weeks.size() + 1, row);
    }
}

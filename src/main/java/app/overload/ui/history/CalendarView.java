package app.overload.ui.history;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import app.overload.ui.UiStyles;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The loaded weeks as a calendar: one row per week, seven day columns from Monday with the sessions as chips, and
 * the week's totals under it. A chip opens its session in the log form.
 */
final class CalendarView extends ScrollPane {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final HistoryViewModel model;
    private final VBox weeks = new VBox(10);
    /** The weeks changed while the calendar was not on screen; it is rebuilt when it is shown again. */
    private boolean stale = true;

    CalendarView(HistoryViewModel model) {
        this.model = model;
        setId("calendar");
        getStyleClass().add("calendar");
        setFitToWidth(true);
        setContent(weeks);
        weeks.getStyleClass().add("calendar-weeks");
        // Building the week grids is the costliest part of showing the history; while the list is shown instead,
        // the calendar only notes that it is out of date.
        model.calendar().addListener((ListChangeListener<CalendarWeek>) c -> {
            stale = true;
            if (getScene() != null) {
                rebuild();
            }
        });
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null && stale) {
                rebuild();
            }
        });
    }

    private void rebuild() {
        stale = false;
        weeks.getChildren().clear();
        for (CalendarWeek week : model.calendar()) {
            weeks.getChildren().add(week(week));
        }
    }

    private VBox week(CalendarWeek week) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("calendar-week");
        grid.setHgap(6);
        grid.setVgap(4);
        for (int d = 0; d < 7; d++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 7);
            column.setHgrow(Priority.ALWAYS);
            column.setHalignment(HPos.LEFT);
            grid.getColumnConstraints().add(column);
            DayOfWeek dow = DayOfWeek.of(d + 1);
            Label head = new Label(dow.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                    + DAY.format(week.weekStart().plusDays(d)));
            head.getStyleClass().add("calendar-day");
            // "Mon" over "23 Nov" in a narrow day, as the chips under it wrap, rather than "Mon 2…".
            head.setWrapText(true);
            head.setMinHeight(Region.USE_PREF_SIZE);
            VBox day = new VBox(4, head);
            day.getStyleClass().add("calendar-cell");
            day.setMaxWidth(Double.MAX_VALUE);
            for (CalendarWeek.Chip chip : week.days().get(d)) {
                day.getChildren().add(chip(chip));
            }
            grid.add(day, d, 0);
        }
        Label title = new Label(week.title());
        title.getStyleClass().add("calendar-title");
        Label totals = new Label(week.totals());
        totals.getStyleClass().add(UiStyles.MUTED);
        totals.setWrapText(true);
        VBox box = new VBox(4, title, grid, totals);
        box.getStyleClass().add("calendar-row");
        return box;
    }

    private Button chip(CalendarWeek.Chip chip) {
        Button button = new Button((chip.flagged() ? "⚠ " : "") + chip.label());
        button.getStyleClass().addAll("calendar-chip", chip.training() ? UiStyles.TRAINING : UiStyles.WORKOUT);
        button.setMaxWidth(Double.MAX_VALUE);
        // A narrow day (a small window, large text) takes the label on two lines rather than cut it.
        button.setWrapText(true);
        button.setMinHeight(Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip((chip.training() ? "Training: " : "Workout: ") + chip.detail()
                + (chip.flagged() ? "\nHeavy sets with short rest." : "") + "\nEnter or click to edit."));
        button.setOnAction(e -> model.edit(chip.id()));
        return button;
    }
}

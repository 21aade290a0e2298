package app.overload.ui.exchange;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import app.overload.ui.UiStyles;
import app.overload.ui.exchange.ExportHistoryViewModel.State;
import app.overload.usecase.ExportHistory;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Export history…: which kind of file, which days, and where the file went. */
public final class ExportHistoryView extends VBox {

    public static final String ID = "export-history";

    public ExportHistoryView(ExportHistoryViewModel model) {
        super(12);
        setId(ID);
        getStyleClass().add("block-exchange");
        // Dialogs are scenes of their own: they do not inherit the main window's stylesheet.
        getStylesheets().addAll(UiStyles.class.getResource("overload.css").toExternalForm(),
                ExportHistoryView.class.getResource("exchange.css").toExternalForm());
        setPrefWidth(ImportBlockView.WIDTH);

        Label title = new Label("Export history");
        title.getStyleClass().add(Styles.TITLE_3);
        Label what = ImportBlockView.wrapped(new Label("Your sessions go into one file that stays yours. Nothing "
                + "in the logbook changes."));
        what.getStyleClass().add(UiStyles.MUTED);

        ToggleGroup kinds = new ToggleGroup();
        VBox csv = choice(kinds, "export-format-csv", "CSV for other apps",
                "Strong's layout, which other training apps import: every set, run and note, with the unit on "
                        + "every row. Blocks, purposes and session RPE have no column there.",
                ExportHistory.Format.CSV, model);
        VBox json = choice(kinds, "export-format-json", "Everything, as JSON",
                "Every session, entry, set, interval and note, with the blocks your training sessions belong to. "
                        + "Overload reads it back whole: Logbook → Import history…, or drop it on the window.",
                ExportHistory.Format.JSON, model);

        DatePicker from = datePicker("export-from", "First session");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = datePicker("export-to", "Last session");
        to.valueProperty().bindBidirectional(model.toProperty());
        GridPane range = new GridPane();
        range.setHgap(10);
        range.setVgap(6);
        range.addRow(0, new Label("From"), from, new Label("to"), to);
        Label rangeHint = Fields.muted("Leave a day empty to start at the first session or end at the last.");

        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(20, 20);
        working.visibleProperty().bind(model.stateProperty().isEqualTo(State.EXPORTING));
        working.managedProperty().bind(working.visibleProperty());
        Label outcome = ImportBlockView.wrapped(new Label());
        outcome.setId("export-history-outcome");
        outcome.textProperty().bind(model.outcomeProperty());
        model.stateProperty().addListener((obs, old, now) -> {
            outcome.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            if (now == State.DONE || now == State.FAILED) {
                outcome.getStyleClass().add(now == State.DONE ? Styles.SUCCESS : Styles.DANGER);
            }
        });
        HBox status = new HBox(8, working, outcome);
        status.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(title, what, csv, json, range, rangeHint, status);
    }

    private static VBox choice(ToggleGroup group, String id, String label, String explanation,
            ExportHistory.Format format, ExportHistoryViewModel model) {
        RadioButton button = new RadioButton(label);
        button.setId(id);
        button.setToggleGroup(group);
        button.setSelected(model.formatProperty().get() == format);
        button.selectedProperty().addListener((obs, old, now) -> {
            if (now) {
                model.formatProperty().set(format);
            }
        });
        button.disableProperty().bind(model.stateProperty().isEqualTo(State.EXPORTING));
        Label text = ImportBlockView.wrapped(new Label(explanation));
        text.getStyleClass().add(UiStyles.MUTED);
        text.setPadding(new Insets(0, 0, 0, 26));
        return new VBox(2, button, text);
    }

    private static DatePicker datePicker(String id, String prompt) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setPrefWidth(150);
        // ISO days, as the command line and the rest of the app write them; text that is no day is put back.
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : day.toString();
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip());
                } catch (DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        });
        return picker;
    }

    /** Small muted helper text, as elsewhere in the dialogs. */
    private static final class Fields {
        static Label muted(String text) {
            Label label = ImportBlockView.wrapped(new Label(text));
            label.getStyleClass().add(UiStyles.MUTED);
            return label;
        }
    }
}

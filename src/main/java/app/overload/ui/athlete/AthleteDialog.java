package app.overload.ui.athlete;

import java.util.List;
import java.util.function.Function;

import app.overload.domain.LoadMeasure;
import app.overload.domain.TrimpCurve;
import app.overload.ui.Dialogs;
import app.overload.ui.Ems;
import app.overload.ui.Field;
import app.overload.ui.UiStyles;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Athlete and heart-rate zones…": the athlete's heart rates and threshold pace, each with how to find it, the five
 * zones in bpm as they are typed, and the load that drives fitness and fatigue. Enter saves, Esc closes unsaved.
 */
public final class AthleteDialog extends Dialog<Void> {

    public static final String ID = "athlete-settings";
    private static final double FIELD = 80;

    private final TextField first;
    private static final String NOTE_ROW = "athlete-note-row";
    private static final String OWN_ROW = "athlete-own-row";
    /** The grid's least width, in ems, with the notes beside the fields. */
    static final double NOTES_BESIDE_EMS = 50;

    public AthleteDialog(Window owner, AthleteViewModel model) {
        initOwner(owner);
        setTitle("Athlete settings");
        setHeaderText("Your heart and your threshold: each is optional, and each one you give puts more to work.");
        setResizable(true);
        getDialogPane().setId(ID);
        getDialogPane().getStylesheets().add(AthleteDialog.class.getResource("/app/overload/ui/overload.css")
                .toExternalForm());
        getDialogPane().getStyleClass().add("athlete-dialog");

        GridPane heart = grid();
        first = field(model.maxHeartRate(), "athlete-max-hr");
        row(heart, 0, "Maximum heart rate", first, "bpm", model.maxHeartRate(), "The highest you see in an all-out "
                + "effort: after a good warm-up, three hard 3-minute climbs, the last flat out. 220 − age can be "
                + "15 beats off either way.");
        row(heart, 1, "Resting heart rate", field(model.restingHeartRate(), "athlete-resting-hr"), "bpm",
                model.restingHeartRate(), "Count it on waking, before you get up, on a few mornings; take the lowest.");
        row(heart, 2, "Threshold heart rate (LTHR)", field(model.thresholdHeartRate(), "athlete-threshold-hr"),
                "bpm", model.thresholdHeartRate(), "Run 30 minutes alone as hard as you can hold evenly: your average "
                + "over the last 20 minutes is about your LTHR (Friel).");
        row(heart, 3, "Threshold pace", field(model.thresholdPace(), "athlete-threshold-pace"), model.paceUnit(),
                model.thresholdPace(), "Your average pace in that same test, or what you could race for about an "
                + "hour. Without it, your best recent run stands in.");

        Label basis = new Label();
        basis.setId("athlete-zone-basis");
        basis.getStyleClass().add(UiStyles.MUTED);
        basis.textProperty().bind(model.basisProperty());
        basis.setWrapText(true);
        Hyperlink reset = new Hyperlink("Reset zones");
        reset.setId("athlete-reset-zones");
        reset.setOnAction(e -> model.resetZones());
        reset.setMinWidth(Region.USE_PREF_SIZE);
        HBox zonesHead = new HBox(10, heading("Zones"), basis, reset);
        zonesHead.setAlignment(Pos.BASELINE_LEFT);
        GridPane zones = grid();
        for (AthleteViewModel.ZoneRow z : model.zones()) {
            Label name = new Label("Zone " + z.zone());
            Node from;
            if (z.from() == null) {
                from = new Label("below zone 2");
                from.getStyleClass().add(UiStyles.MUTED);
            } else {
                TextField percent = field(z.from(), "athlete-zone-" + z.zone());
                percent.disableProperty().bind(model.zonesEditableProperty().not());
                Label unit = new Label("% and up");
                unit.getStyleClass().add(UiStyles.MUTED);
                from = new HBox(6, percent, unit);
                ((HBox) from).setAlignment(Pos.CENTER_LEFT);
                name.setLabelFor(percent);
            }
            Label bpm = new Label();
            bpm.setId("athlete-zone-" + z.zone() + "-bpm");
            bpm.textProperty().bind(z.bpm());
            VBox beats = z.from() == null ? new VBox(bpm) : new VBox(2, bpm, message(z.from()));
            beats.setAlignment(Pos.CENTER_LEFT);
            zones.addRow(z.zone() - 1, name, from, beats);
        }

        ComboBox<LoadMeasure> measure = new ComboBox<>();
        measure.setId("athlete-load-measure");
        measure.getItems().setAll(LoadMeasure.values());
        measure.valueProperty().bindBidirectional(model.loadMeasureProperty());
        measure.setButtonCell(cell(LoadMeasure::label));
        measure.setCellFactory(list -> cell(LoadMeasure::label));
        measure.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<TrimpCurve> curve = new ComboBox<>();
        curve.setId("athlete-trimp-curve");
        curve.getItems().setAll(TrimpCurve.values());
        curve.valueProperty().bindBidirectional(model.trimpCurveProperty());
        curve.setButtonCell(cell(TrimpCurve::label));
        curve.setCellFactory(list -> cell(TrimpCurve::label));
        curve.setMinWidth(Region.USE_PREF_SIZE);
        Label measureNote = new Label();
        measureNote.setId("athlete-measure-note");
        measureNote.setWrapText(true);
        measureNote.getStyleClass().add(Styles.WARNING);
        measureNote.textProperty().bind(model.measureNoteProperty());
        measureNote.managedProperty().bind(model.measureNoteProperty().isNotEmpty());
        GridPane load = grid();
        Label measureLabel = new Label("Load for fitness and fatigue");
        measureLabel.setLabelFor(measure);
        Label curveLabel = new Label("TRIMP weighting");
        curveLabel.setLabelFor(curve);
        load.addRow(0, measureLabel, measure);
        load.addRow(1, curveLabel, curve);
        Label loadHint = hint("Fitness, fatigue, form, the acute:chronic ratio, monotony and strain follow it. A "
                + "session without heart rate counts its RPE × minutes instead, marked as such on the charts. "
                + "Banister fitted the TRIMP weighting to men's and to women's blood lactate.");

        Label message = new Label();
        message.setId("athlete-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.DANGER);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(model.messageProperty().isNotEmpty());

        VBox content = new VBox(10, heading("Heart rate and pace"), heart, zonesHead, zones,
                heading("Training load"), load, measureNote, loadHint, message);
        content.setPadding(new Insets(4, 8, 4, 0));
        content.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        scroll.setPrefViewportHeight(430); // with the header and buttons, the dialog fits a 1024 × 640 screen
        getDialogPane().setContent(scroll);

        ButtonType saveType = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(saveType, ButtonType.CANCEL);
        Button save = (Button) getDialogPane().lookupButton(saveType);
        save.setId("athlete-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.validProperty().not().or(model.busyProperty()));
        // Saving is in the background: the dialog stays until the write is done, and stays open with the reason if
        // it fails.
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.save(this::close);
        });
        // Room for the notes beside the fields: 780 px at normal text, in ems so larger text gets a wider dialog, and
        // never wider than its window (fitOwner). The dialog sizes itself from its minimum here: its content
        // (wrapping notes in a scroll pane) asks for little width of its own.
        DoubleBinding em = Ems.of(basis);
        getDialogPane().minWidthProperty().bind(Bindings.createDoubleBinding(() -> Math.min(60 * em.get(),
                owner == null || owner.getWidth() <= 0 ? Double.MAX_VALUE : owner.getWidth() - 24), em));
        notesUnderWhenNarrow(heart, em);
        Dialogs.fitOwner(this);
        Dialogs.focusFirstField(this);
        model.load();
    }

    /** The field that has focus when the dialog opens. */
    public TextField firstField() {
        return first;
    }

    /**
     * The notes beside their fields, or under them where the grid is narrower than {@value #NOTES_BESIDE_EMS} ems
     * (200 % text on a small window), rather than squeezed to a word a line.
     */
    private static void notesUnderWhenNarrow(GridPane grid, DoubleBinding em) {
        Runnable place = () -> {
            boolean under = grid.getWidth() > 0 && grid.getWidth() < NOTES_BESIDE_EMS * em.get();
            for (Node n : List.copyOf(grid.getChildren())) {
                if (n.getProperties().get(NOTE_ROW) instanceof Integer row) {
                    GridPane.setConstraints(n, under ? 1 : 2, under ? 2 * row + 1 : row, under ? 2 : 1, 1);
                } else {
                    // A caption or a field: its own row, every other row while the notes sit under them.
                    int row = (Integer) n.getProperties().computeIfAbsent(OWN_ROW, k -> GridPane.getRowIndex(n));
                    GridPane.setRowIndex(n, under ? 2 * row : row);
                }
            }
        };
        grid.widthProperty().addListener((obs, old, now) -> Platform.runLater(place));
        em.addListener((obs, old, now) -> Platform.runLater(place));
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        ColumnConstraints label = new ColumnConstraints();
        // As wide as its longest caption, at any text size ("Threshold heart rate (LTHR)" whole at 200 %).
        label.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints value = new ColumnConstraints();
        value.setMinWidth(FIELD + 50); // the field and its unit, never elided
        ColumnConstraints rest = new ColumnConstraints();
        rest.setHgrow(Priority.ALWAYS);
        rest.setFillWidth(true);
        grid.getColumnConstraints().addAll(label, value, rest);
        return grid;
    }

    private static void row(GridPane grid, int index, String caption, TextField field, String unit, Field model,
            String howToFind) {
        Label label = new Label(caption);
        label.setLabelFor(field);
        Label unitLabel = new Label(unit);
        unitLabel.getStyleClass().add(UiStyles.MUTED);
        HBox input = new HBox(6, field, unitLabel);
        input.setAlignment(Pos.BASELINE_LEFT);
        input.setMinWidth(HBox.USE_PREF_SIZE);
        Label how = hint(howToFind);
        VBox right = new VBox(2, message(model), how);
        grid.add(label, 0, index);
        grid.add(input, 1, index);
        grid.add(right, 2, index);
        right.getProperties().put(NOTE_ROW, index);
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setValignment(input, VPos.TOP);
        GridPane.setValignment(right, VPos.TOP);
        label.setPadding(new Insets(5, 0, 10, 0));
    }

    private static TextField field(Field model, String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(5);
        field.setPrefWidth(FIELD);
        field.textProperty().bindBidirectional(model.textProperty());
        model.errorProperty().addListener((obs, old, now) -> field.pseudoClassStateChanged(Styles.STATE_DANGER,
                !now.isEmpty()));
        return field;
    }

    private static Label message(Field model) {
        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add(Styles.DANGER);
        message.textProperty().bind(model.errorProperty());
        message.managedProperty().bind(model.errorProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        return message;
    }

    private static Label hint(String text) {
        Label hint = new Label(text);
        hint.setWrapText(true);
        hint.getStyleClass().add(UiStyles.MUTED);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        return hint;
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setMinWidth(Region.USE_PREF_SIZE);
        return heading;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}

package app.overload.ui.imports;

import java.io.File;
import java.util.List;

import app.overload.domain.MassUnit;
import app.overload.ui.Ems;
import app.overload.ui.TextSize;
import app.overload.ui.UiStyles;
import app.overload.ui.imports.MappingRow.ExerciseChoice;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/**
 * Import history: pick or drop files, see what they hold and how their exercises map to the catalogue, fix a
 * mapping, then import. Built in code like the rest of the app.
 */
public final class ImportHistoryView extends BorderPane {

    public static final String ID = "import-history";
    private static final String DETECT = "Tell from the loads";
    /** The height of a one-line message in the problem and warning lists, as the theme pads it. */
    private static final double ROW = 40;
    private static final String KILOGRAMS = "Kilograms";
    private static final String POUNDS = "Pounds";

    private final ImportHistoryViewModel model;
    private final TableView<MappingRow> table = new TableView<>();
    private final Button importButton = new Button("Import");
    private final Button closeButton = new Button("Close");

    public ImportHistoryView(ImportHistoryViewModel model, Runnable afterImport) {
        this.model = model;
        setId(ID);
        getStyleClass().add("import-history-view");
        getStylesheets().add(ImportHistoryView.class.getResource("imports.css").toExternalForm());
        setPadding(new Insets(16));

        Label title = new Label("Import history");
        title.getStyleClass().add(Styles.TITLE_3);
        Label hint = new Label("Strong or Hevy CSV exports, GPX, TCX or FIT activities, or an Overload history file "
                + "(JSON, on its own). Add files or a folder, or drop them here. Sessions already in the logbook are "
                + "skipped.");
        hint.getStyleClass().add(UiStyles.MUTED);
        hint.setWrapText(true);
        setTop(new VBox(4, title, hint, pickers()));

        Label exercises = new Label("Exercises");
        buildMappingTable();
        // An Overload history file brings its own exercises: nothing to map, so no table.
        for (Node n : List.of(exercises, table)) {
            n.visibleProperty().bind(model.ownFormatProperty().not());
            n.managedProperty().bind(n.visibleProperty());
        }
        VBox center = new VBox(8, filesList(), unitQuestion(), summary(), exercises, table, sessions(), warnings(),
                problems());
        center.setPadding(new Insets(12, 0, 12, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        // In a small window the question, the warnings and the problems may not all fit: the page scrolls rather
        // than squeezing a list to nothing. In a large one the table takes the room that is left.
        ScrollPane page = new ScrollPane(center);
        page.setFitToWidth(true);
        page.setFitToHeight(true);
        page.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        page.getStyleClass().add("import-page");
        setCenter(page);
        setBottom(footer(afterImport));
    }

    private HBox pickers() {
        Button addFiles = new Button("Add files…");
        addFiles.setId("add-files");
        addFiles.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import history");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("History files", "*.csv", "*.gpx", "*.tcx", "*.fit", "*.json"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            List<File> picked = chooser.showOpenMultipleDialog(getScene().getWindow());
            if (picked != null) {
                model.addFiles(picked.stream().map(File::toPath).toList());
            }
        });
        Button addFolder = new Button("Add folder…");
        addFolder.setOnAction(e -> {
            File folder = new DirectoryChooser().showDialog(getScene().getWindow());
            if (folder != null) {
                model.addFiles(List.of(folder.toPath()));
            }
        });
        ChoiceBox<String> unit = new ChoiceBox<>();
        unit.setId("import-unit");
        unit.getItems().addAll(DETECT, KILOGRAMS, POUNDS);
        unit.setValue(choiceOf(model.unitProperty().get()));
        unit.valueProperty().addListener((obs, old, now) -> model.unitProperty().set(
                KILOGRAMS.equals(now) ? MassUnit.KG : POUNDS.equals(now) ? MassUnit.LB : null));
        // the unit question's buttons set the unit too: the choice box shows what was chosen
        model.unitProperty().addListener((obs, old, now) -> unit.setValue(choiceOf(now)));
        Label unitLabel = new Label("Weights in Strong files without units:");
        unitLabel.getStyleClass().add(UiStyles.MUTED);
        // With large text on a small window the buttons keep their words and the caption wraps instead.
        unitLabel.setWrapText(true);
        for (Control fixed : List.of(addFiles, addFolder, unit)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        // the unit is a question for Strong files only: an Overload history file says its units
        for (Node n : List.of(unitLabel, unit)) {
            n.visibleProperty().bind(model.ownFormatProperty().not());
        }
        HBox row = new HBox(8, addFiles, addFolder, spacer(), unitLabel, unit);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(8, 0, 0, 0));
        row.disableProperty().bind(model.busyProperty());
        return row;
    }

    /** One wrapping line per file: the unit note is long and must be read, not scrolled to. */
    private ScrollPane filesList() {
        VBox lines = new VBox(2);
        lines.setId("import-files");
        Label empty = new Label("No files yet: add some or drop them onto this window.");
        empty.getStyleClass().add(UiStyles.MUTED);
        Runnable refill = () -> {
            lines.getChildren().clear();
            if (model.fileLines().isEmpty()) {
                lines.getChildren().add(empty);
            }
            for (String line : model.fileLines()) {
                Label label = new Label(line);
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
                lines.getChildren().add(label);
            }
        };
        refill.run();
        model.fileLines().addListener((ListChangeListener<String>) change -> refill.run());
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(84);
        scroll.setMaxHeight(110);
        scroll.setMinHeight(60); // two lines at least: the file a question is about must show
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("import-files");
        return scroll;
    }

    private static String choiceOf(MassUnit unit) {
        return unit == MassUnit.KG ? KILOGRAMS : unit == MassUnit.LB ? POUNDS : DETECT;
    }

    /**
     * Asks for the weight unit when a file does not say it and its loads do not tell: nothing of that file is
     * imported until it is answered, and the answer reads the files again.
     */
    private VBox unitQuestion() {
        Label question = new Label();
        question.setId("unit-question");
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        question.textProperty().bind(model.unitQuestionProperty());
        Button kilograms = new Button("Kilograms and km");
        kilograms.setId("unit-kg");
        kilograms.setOnAction(e -> model.unitProperty().set(MassUnit.KG));
        Button pounds = new Button("Pounds and miles");
        pounds.setId("unit-lb");
        pounds.setOnAction(e -> model.unitProperty().set(MassUnit.LB));
        HBox answers = new HBox(8, kilograms, pounds);
        answers.disableProperty().bind(model.busyProperty());
        VBox box = new VBox(6, question, answers);
        box.setId("unit-question-box");
        box.getStyleClass().add("unit-question");
        box.visibleProperty().bind(model.unitQuestionProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Label summary() {
        Label summary = new Label();
        summary.setId("import-summary");
        summary.getStyleClass().add("import-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.summaryProperty());
        return summary;
    }

    private TableView<MappingRow> buildMappingTable() {
        table.setId("import-mappings");
        table.setItems(model.mappings());
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label("The exercises in the files show here, with where they go.");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        // Column widths in ems (as many pixels at normal text), so "Sets" stays whole at 200 % text.
        DoubleBinding em = Ems.of(placeholder).divide(TextSize.BASE_PX);
        table.setPrefHeight(200);
        table.setMinHeight(120);
        TableColumn<MappingRow, String> source = new TableColumn<>("In the file");
        source.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sourceName()));
        source.prefWidthProperty().bind(em.multiply(220));
        TableColumn<MappingRow, String> sets = new TableColumn<>("Sets");
        sets.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(Integer.toString(c.getValue().sets())));
        sets.prefWidthProperty().bind(em.multiply(60));
        sets.minWidthProperty().bind(em.multiply(50));
        sets.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<MappingRow, ExerciseChoice> target = new TableColumn<>("In Overload");
        target.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().target()));
        target.setCellFactory(ComboBoxTableCell.forTableColumn(model.choices()));
        target.setOnEditCommit(e -> model.choose(e.getRowValue().sourceName(), e.getNewValue()));
        target.setEditable(true);
        target.prefWidthProperty().bind(em.multiply(220));
        TableColumn<MappingRow, String> how = new TableColumn<>("How");
        how.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().how()));
        how.prefWidthProperty().bind(em.multiply(220));
        table.getColumns().setAll(List.of(source, sets, target, how));
        return table;
    }

    /** For an Overload history file, in the table's place: the sessions it adds, as the history lists them. */
    private VBox sessions() {
        Label heading = new Label("Sessions to add");
        ListView<String> list = messages(model.sessionLines(), "import-sessions", 5);
        list.setMinHeight(ROW * 2);
        VBox box = new VBox(4, heading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox.setVgrow(box, Priority.ALWAYS);
        box.visibleProperty().bind(model.ownFormatProperty().and(Bindings.isNotEmpty(model.sessionLines())));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private VBox problems() {
        Label heading = new Label();
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.ownFormatProperty().get()
                ? "The file cannot be imported" : model.problems().size()
                + (model.problems().size() == 1 ? " row or point" : " rows or points") + " could not be read",
                model.problems(), model.ownFormatProperty()));
        heading.getStyleClass().add(Styles.DANGER);
        ListView<String> list = messages(model.problems(), "import-problems", 3);
        CheckBox skip = new CheckBox("Import the rest and leave these out");
        skip.setId("skip-problems");
        skip.selectedProperty().bindBidirectional(model.skipProblemsProperty());
        // an Overload history file is imported whole or not at all
        skip.visibleProperty().bind(model.ownFormatProperty().not());
        skip.managedProperty().bind(skip.visibleProperty());
        VBox box = new VBox(4, heading, list, skip);
        box.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /**
     * A list of messages that wrap to the list's width, so a long one is read whole rather than scrolled sideways;
     * at least one message always shows.
     */
    private static ListView<String> messages(ObservableList<String> items, String id, int rows) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.setCellFactory(view -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(view.widthProperty().subtract(24));
                setMaxWidth(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        list.setPrefHeight(ROW * rows + 4);
        list.setMinHeight(ROW + 4);
        return list;
    }

    /** What was changed on the way in: read before importing, but nothing to accept. */
    private VBox warnings() {
        Label heading = new Label();
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.warnings().size()
                + (model.warnings().size() == 1 ? " change" : " changes") + " made to what the files say",
                model.warnings()));
        heading.getStyleClass().add(Styles.WARNING);
        ListView<String> list = messages(model.warnings(), "import-warnings", 2);
        VBox box = new VBox(4, heading, list);
        box.visibleProperty().bind(Bindings.isNotEmpty(model.warnings()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private VBox footer(Runnable afterImport) {
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.progressProperty().bind(model.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.getStyleClass().add(UiStyles.MUTED);
        status.textProperty().bind(model.statusProperty());
        Label result = new Label();
        result.setId("import-result");
        result.setWrapText(true);
        result.getStyleClass().add(Styles.SUCCESS);
        result.textProperty().bind(model.resultProperty());
        importButton.setId("import-now");
        importButton.getStyleClass().add(Styles.ACCENT);
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(model.canImportProperty().not());
        importButton.setOnAction(e -> model.importNow(afterImport));
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> getScene().getWindow().hide());
        HBox buttons = new HBox(8, result, spacer(), importButton, closeButton);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(result, Priority.SOMETIMES);
        HBox progressRow = new HBox(8, bar, status);
        HBox.setHgrow(bar, Priority.ALWAYS);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        progressRow.managedProperty().bind(model.busyProperty()); // no empty band when nothing runs
        return new VBox(8, progressRow, buttons);
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    public TableView<MappingRow> mappingTable() {
        return table;
    }
}

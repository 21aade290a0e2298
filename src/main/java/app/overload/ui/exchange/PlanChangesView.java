package app.overload.ui.exchange;

import java.util.Locale;

import app.overload.exchange.BlockPreviewText.PlannedLine;
import app.overload.exchange.ImportChoices.Side;
import app.overload.ui.UiStyles;
import atlantafx.base.theme.Styles;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "What the file changes": the block's own fields, then each planned session the file adds, removes or changes,
 * each in words with a choice of side.
 */
final class PlanChangesView extends VBox {

    static final String ID = "import-block-changes";

    private final ImportBlockViewModel model;
    private final VBox rows = new VBox(8);

    PlanChangesView(ImportBlockViewModel model) {
        super(8);
        this.model = model;
        setId(ID);
        getStyleClass().addAll("exchange-section", "changes");

        Label heading = new Label("What the file changes");
        heading.getStyleClass().add("section-title");
        Label explain = ImportBlockView.wrapped(new Label("Each difference takes the file's version unless you keep "
                + "yours. Sessions you logged stay either way."));
        explain.getStyleClass().add(UiStyles.MUTED);
        Button takeAll = new Button("Take all from the file");
        takeAll.setId("import-take-all");
        takeAll.setOnAction(e -> model.takeAllFromFile());
        Button keepAll = new Button("Keep all mine");
        keepAll.setId("import-keep-all");
        keepAll.setOnAction(e -> model.keepAllMine());
        takeAll.getStyleClass().add(Styles.SMALL);
        keepAll.getStyleClass().add(Styles.SMALL);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, heading, gap, takeAll, keepAll);
        top.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(top, explain, rows);
        model.detailChanges().addListener((ListChangeListener<String>) c -> rebuild());
        model.plannedChanges().addListener((ListChangeListener<PlannedChoice>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        rows.getChildren().clear();
        if (!model.detailChanges().isEmpty()) {
            rows.getChildren().add(row("details", "Block", "The block's details", model.detailChanges(),
                    new SideToggle(model.detailsSideProperty(), "details",
                            side -> side == Side.FILE ? "Take the file's" : "Keep mine"), ""));
        }
        for (PlannedChoice choice : model.plannedChanges()) {
            PlannedLine line = choice.line();
            String kind = switch (line.kind()) {
                case ADDED -> "Added";
                case REMOVED -> "Removed";
                case CHANGED -> "Changed";
            };
            rows.getChildren().add(row(line.kind().name().toLowerCase(Locale.ROOT), kind, line.heading(),
                    FXCollections.observableArrayList(line.changes()),
                    new SideToggle(choice.sideProperty(), line.ref(), choice::label), line.logged()));
        }
    }

    private static HBox row(String kindClass, String kindText, String heading,
            ObservableList<String> changes, SideToggle toggle, String logged) {
        Label badge = new Label(kindText);
        badge.getStyleClass().addAll(UiStyles.BADGE, "change-" + kindClass);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Label title = ImportBlockView.wrapped(new Label(heading));
        title.getStyleClass().add("change-heading");
        HBox titleLine = new HBox(8, badge, title);
        titleLine.setAlignment(Pos.CENTER_LEFT);
        VBox text = new VBox(4, titleLine, new BulletList(changes));
        if (!logged.isEmpty()) {
            Label note = ImportBlockView.wrapped(new Label(Character.toUpperCase(logged.charAt(0))
                    + logged.substring(1) + "."));
            note.getStyleClass().add(UiStyles.MUTED);
            text.getChildren().add(note);
        }
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        HBox row = new HBox(12, text, toggle);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("change-row");
        return row;
    }
}

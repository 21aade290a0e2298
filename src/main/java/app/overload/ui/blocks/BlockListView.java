package app.overload.ui.blocks;

import java.util.Locale;
import java.util.function.Supplier;

import app.overload.domain.BlockStatus;
import app.overload.ui.Ems;
import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.DoubleBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The blocks, grouped by where they stand (active, planned, finished, archived), with New block… on top. */
public final class BlockListView extends BorderPane {

    public static final String ID = "block-list";

    private final BlockListViewModel model;
    private final Supplier<Node> summary;
    private final VBox summarySlot = new VBox();
    private final VBox groups = new VBox(18);
    /** A card's what, when and progress side by side need about this many ems (their least widths, and gaps). */
    static final double CARD_ROW_EMS = 52;
    private final DoubleBinding em;
    private boolean stacked;

    BlockListView(BlockListViewModel model, Supplier<Node> summary, Runnable newBlock, Runnable importBlock) {
        this.model = model;
        this.summary = summary;
        setId(ID);
        Label title = new Label("Blocks");
        title.getStyleClass().add(Styles.TITLE_2);
        Label tagline = Fields.muted("A goal with a date, and weeks of sessions that each have a purpose.");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button importButton = new Button("Import block…", new FontIcon(Feather.FILE_PLUS));
        importButton.setId("import-block-button");
        importButton.setOnAction(e -> importBlock.run());
        Button create = new Button("New block…", new FontIcon(Feather.PLUS));
        create.setId("new-block");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> newBlock.run());
        HBox top = new HBox(12, new VBox(2, title, tagline), spacer, importButton, create);
        top.setAlignment(Pos.CENTER_LEFT);
        // The buttons keep their words; the tagline wraps beside them where the row is short.
        tagline.setWrapText(true);
        importButton.setMinWidth(Region.USE_PREF_SIZE);
        create.setMinWidth(Region.USE_PREF_SIZE);
        summarySlot.setId("blocks-summary");
        summarySlot.getStyleClass().add("summary-slot");
        Label message = new Label();
        message.getStyleClass().add("field-message");
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        VBox head = new VBox(12, top, summarySlot, message);
        head.getStyleClass().add("list-head");
        // The summary scrolls away with the list, so a short window (large text on a small laptop) still shows
        // blocks under it.
        ScrollPane scroll = new ScrollPane(new VBox(12, head, groups));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("blocks-scroll");
        setCenter(scroll);
        model.rows().addListener((ListChangeListener<BlockListViewModel.Row>) c -> show());
        // Below CARD_ROW_EMS a card's three parts stack instead of standing side by side.
        em = Ems.of(tagline);
        Runnable restack = () -> {
            boolean narrow = scroll.getWidth() > 0 && scroll.getWidth() < CARD_ROW_EMS * em.get();
            if (narrow != stacked) {
                stacked = narrow;
                showGroups();
            }
        };
        scroll.widthProperty().addListener((obs, old, now) -> Platform.runLater(restack));
        em.addListener((obs, old, now) -> Platform.runLater(restack));
        show();
    }

    private void show() {
        summarySlot.getChildren().setAll(summary.get());
        showGroups();
    }

    private void showGroups() {
        groups.getChildren().clear();
        if (model.rows().isEmpty()) {
            Label none = new Label("No blocks yet.");
            none.getStyleClass().add(Styles.TITLE_4);
            groups.getChildren().add(new VBox(6, none, Fields.muted("Start one from a template (5×5, 5/3/1, a 5 km "
                    + "or a half marathon…) or from scratch with New block…. Sessions you log against its plan show "
                    + "up in it as done; the ones you skip as missed.")));
            return;
        }
        for (BlockStatus status : new BlockStatus[] {BlockStatus.ACTIVE, BlockStatus.PLANNED, BlockStatus.FINISHED,
                BlockStatus.ARCHIVED}) {
            var rows = model.in(status);
            if (rows.isEmpty()) {
                continue;
            }
            Label header = new Label(Texts.status(status) + " (" + rows.size() + ")");
            header.getStyleClass().addAll(Styles.TITLE_4, "group-title");
            VBox group = new VBox(8, header);
            group.setId("group-" + status.name().toLowerCase(Locale.ROOT));
            rows.forEach(r -> group.getChildren().add(card(r)));
            groups.getChildren().add(group);
        }
    }

    /** A block as a card: click it, or focus it and press Enter, to open the block. */
    private Pane card(BlockListViewModel.Row row) {
        Label name = new Label(row.name());
        name.getStyleClass().add("block-name");
        name.setWrapText(true); // a long name takes two lines rather than losing its end
        Label goal = new Label(row.goal());
        Label dates = Fields.muted(row.dates());
        VBox left = new VBox(3, name, goal, dates);
        left.getStyleClass().add("card-what"); // widths in ems, in blocks.css
        Label when = new Label(row.when());
        when.getStyleClass().add("block-when");
        Label compliance = Fields.muted(row.compliance());
        VBox middle = new VBox(3, when, compliance);
        middle.getStyleClass().add("card-when");
        Label progress = new Label(row.progress());
        progress.setWrapText(true);
        VBox right = new VBox(6, progress);
        if (row.fraction() >= 0 && row.status() != BlockStatus.PLANNED && row.status() != BlockStatus.ARCHIVED) {
            ProgressBar bar = new ProgressBar(row.fraction());
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.getStyleClass().add("goal-bar");
            // A control's skin takes the clicks on it; the card must get them, wherever it is clicked.
            bar.setMouseTransparent(true);
            right.getChildren().add(bar);
        }
        right.getStyleClass().add("card-progress");
        HBox.setHgrow(right, Priority.ALWAYS);
        Pane card;
        if (stacked) {
            card = new VBox(8, left, middle, right);
        } else {
            HBox row3 = new HBox(18, left, middle, right);
            row3.setAlignment(Pos.CENTER_LEFT);
            card = row3;
        }
        card.getStyleClass().addAll("block-card", row.status().name().toLowerCase(Locale.ROOT));
        card.setId("block-" + row.id());
        card.setFocusTraversable(true);
        card.setOnMouseClicked(e -> model.open(row.id()));
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                model.open(row.id());
            }
        });
        return card;
    }
}

package app.overload.ui.blocks;

import app.overload.ui.Ems;
import atlantafx.base.theme.Tweaks;
import javafx.application.Platform;
import javafx.beans.binding.DoubleBinding;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * How a block's plan, the day's panel and the goal summary share a small window (large text on a small laptop),
 * rather than scroll sideways. Below {@value #COMPACT_EMS} ems the weeks' compliance moves into their first cells
 * (no Done column); while a day is open, its panel takes the plan's place instead of standing beside it when that
 * would leave the plan less than {@value #BESIDE_EMS} ems (Esc or its close button brings the plan back); and the
 * summary and the plan scroll together, the plan keeping at least {@value #PLAN_MIN_EMS} ems of height. Widths in
 * ems of the plan's text, so larger text changes the layout sooner; chosen from the snapshots of the 5×5 and
 * running blocks (a day's chips need about 4.5 ems, a rest day 3, the week column 5.8 and the Done column 5).
 */
final class PlanRoom {

    static final double COMPACT_EMS = 40;
    static final double BESIDE_EMS = 36;
    static final double PLAN_MIN_EMS = 16;
    private static final PseudoClass ALONE = PseudoClass.getPseudoClass("alone");

    private final BlockViewModel model;
    private final PlanGrid grid;
    private final PlanEditorView editor;
    private final ScrollPane gridScroll;
    private final HBox body;
    /** The em the layout follows, kept: a binding only its own listener refers to would be collected. */
    private final DoubleBinding em;

    /** @param ruler a plain label of the plan, whose font sets the em */
    PlanRoom(BlockViewModel model, PlanGrid grid, PlanEditorView editor, ScrollPane gridScroll, Labeled ruler) {
        this.model = model;
        this.grid = grid;
        this.editor = editor;
        this.gridScroll = gridScroll;
        this.em = Ems.of(ruler);
        editor.visibleProperty().bind(model.selectedDayProperty().isNotNull());
        editor.managedProperty().bind(editor.visibleProperty());
        body = new HBox(14, gridScroll, editor);
        // After the layout pass that changed the room, not inside it.
        body.widthProperty().addListener((obs, old, now) -> Platform.runLater(this::arrange));
        model.selectedDayProperty().addListener((obs, old, now) -> arrange());
        em.addListener((obs, old, now) -> Platform.runLater(this::arrange));
        arrange();
    }

    /** The plan beside the day's panel, or the panel alone. */
    HBox body() {
        return body;
    }

    /** The summary over the tabs, scrolling together where the window is short. */
    ScrollPane page(Node top, TabPane tabs) {
        tabs.minHeightProperty().bind(em.multiply(PLAN_MIN_EMS));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        ScrollPane page = new ScrollPane(new VBox(top, tabs));
        page.setFitToWidth(true);
        page.setFitToHeight(true);
        page.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        page.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, "block-page");
        // A day opened on a short page brings the plan, where its panel is, into sight.
        model.selectedDayProperty().addListener((obs, old, now) -> {
            if (now != null) {
                Platform.runLater(() -> reveal(page, tabs));
            }
        });
        // A layout asked for inside the page while the page is being laid out is lost (the scroll pane's viewport
        // and the tab pane's content region, both unmanaged, sit between), and the day's panel would stay unsized
        // after it opens or fills: ask again, all the way up, once the pass is over.
        for (Parent asking : new Parent[] {editor, body}) {
            asking.needsLayoutProperty().addListener((obs, was, is) -> {
                if (is) {
                    Platform.runLater(() -> {
                        for (Parent p = asking; p != null; p = p.getParent()) {
                            p.requestLayout();
                        }
                    });
                }
            });
        }
        return page;
    }

    private void arrange() {
        double room = body.getWidth();
        if (room <= 0) {
            return;
        }
        boolean dayOpen = model.selectedDayProperty().get() != null;
        double beside = room - editor.minWidth(-1) - body.getSpacing();
        boolean alone = dayOpen && beside < BESIDE_EMS * em.get();
        double forGrid = dayOpen && !alone ? beside : room;
        grid.setCompact(forGrid < COMPACT_EMS * em.get());
        editor.pseudoClassStateChanged(ALONE, alone);
        // The plan leaves the row, rather than being hidden in it, so the row lays the panel out anew.
        if (alone && body.getChildren().contains(gridScroll)) {
            body.getChildren().setAll(editor);
        } else if (!alone && !body.getChildren().contains(gridScroll)) {
            body.getChildren().setAll(gridScroll, editor);
        }
        HBox.setHgrow(editor, alone ? Priority.ALWAYS : null);
    }

    /** Scrolls the page so that the plan's tabs start at its top, when the page scrolls at all. */
    private static void reveal(ScrollPane page, TabPane tabs) {
        page.layout();
        double overflow = page.getContent().getLayoutBounds().getHeight() - page.getViewportBounds().getHeight();
        if (overflow > 0) {
            page.setVvalue(Math.min(1, tabs.getBoundsInParent().getMinY() / overflow));
        }
    }
}

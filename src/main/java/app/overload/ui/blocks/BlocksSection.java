package app.overload.ui.blocks;

import java.util.function.Function;
import java.util.function.Supplier;

import app.overload.domain.BlockId;
import app.overload.domain.TrainingBlock;
import app.overload.ui.AppServices;
import app.overload.ui.Section;
import app.overload.ui.exchange.BlockExchangeActions;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Blocks entry of the sidebar: the list of blocks and, once one is opened, its view. Two panels come from
 * outside, so whoever builds the section decides what fills them: the "Next week" tab of a block, and the summary
 * at the top of the list.
 */
public final class BlocksSection implements Section {

    public static final String ID = "blocks";

    private final BlockListViewModel listModel;
    private final BlockListView list;
    private final BlockView block;
    private final StackPane view = new StackPane();

    /**
     * @param nextWeek builds the "Next week" tab of a block; called each time that tab is shown for a block, so it
     *                 may read fresh data
     * @param summary  builds the panel at the top of the blocks list; called each time the list is read again
     */
    public BlocksSection(AppServices services, Function<TrainingBlock, Node> nextWeek, Supplier<Node> summary) {
        BlockData data = new BlockData(services.logbook());
        listModel = new BlockListViewModel(data, services.executor(), services.clock(), services.units());
        BlockViewModel blockModel = new BlockViewModel(data, services.executor(), services.clock(), services.units());
        list = new BlockListView(listModel, summary, () -> NewBlockDialog.open(view.getScene().getWindow(),
                new NewBlockViewModel(data, services.executor(), services.clock(), services.units().get()),
                created -> {
                    listModel.refresh();
                    open(created.id(), blockModel);
                }), () -> BlockExchangeActions.importBlock(view.getScene().getWindow(),
                        services, listModel::refresh));
        block = new BlockView(blockModel, nextWeek, services);
        view.setId(ID);
        view.getStyleClass().add("blocks-section");
        view.getStylesheets().add(BlocksSection.class.getResource("blocks.css").toExternalForm());
        listModel.setOnOpen(id -> open(id, blockModel));
        block.setOnBack(this::showList);
        blockModel.setOnChanged(listModel::refresh);
        blockModel.setOnDeleted(() -> {
            listModel.refresh();
            showList();
        });
        view.getChildren().setAll(list);
    }

    private void open(BlockId id, BlockViewModel model) {
        model.selectedDayProperty().set(null);
        model.load(id);
        view.getChildren().setAll(block);
        block.showPlan();
    }

    private void showList() {
        view.getChildren().setAll(list);
    }

    /** The list of blocks (for tests and screenshots). */
    public BlockListView list() {
        return list;
    }

    /** The view of the open block (for tests and screenshots). */
    public BlockView blockView() {
        return block;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Blocks";
    }

    @Override
    public Ikon icon() {
        return Feather.FLAG;
    }

    @Override
    public Node view() {
        return view;
    }

    /** Every visit reads the blocks again: sessions may have been logged since; an open block too. */
    @Override
    public void shown() {
        listModel.refresh();
        if (view.getChildren().contains(block)) {
            block.model().reload();
        }
    }
}

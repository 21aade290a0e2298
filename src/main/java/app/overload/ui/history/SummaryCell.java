package app.overload.ui.history;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * The Summary column's cell. A session is one line, shortened when too long, its whole text in a tooltip (and in
 * the form, one Enter away). A week's totals wrap onto as many lines as the column's width needs: they are what
 * the week row is for, and "46.4 k…" says nothing.
 */
public final class SummaryCell extends TableCell<HistoryRow, HistoryRow> {

    static final String WRAPPED = "week-totals";
    /** The style class of a session's one line, which may be shortened. */
    public static final String SESSION = "session-summary";

    private final Text wrapped = new Text();
    /** Made on first need: a tooltip is a popup window, too costly to make for every cell at start-up. */
    private Tooltip tip;

    SummaryCell(TableColumn<HistoryRow, HistoryRow> column) {
        wrapped.getStyleClass().add(WRAPPED);
        // The cell's padding stays clear of the text on both sides.
        wrapped.wrappingWidthProperty().bind(column.widthProperty().subtract(20));
    }

    @Override
    protected void updateItem(HistoryRow item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().remove(SESSION);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
        } else if (item instanceof HistoryRow.Week week) {
            wrapped.setText(week.totals());
            setText(null);
            setGraphic(wrapped);
            setTooltip(null);
        } else {
            String summary = ((HistoryRow.Entry) item).summary();
            getStyleClass().add(SESSION);
            setGraphic(null);
            setText(summary);
            if (summary.length() < 40) {
                setTooltip(null);
                return;
            }
            if (tip == null) {
                tip = new Tooltip();
                // A long day of lifting runs to hundreds of characters: wrap it rather than run off the screen.
                tip.setWrapText(true);
                tip.setMaxWidth(560);
            }
            tip.setText(summary);
            setTooltip(tip);
        }
    }
}

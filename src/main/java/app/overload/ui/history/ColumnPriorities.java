package app.overload.ui.history;

import java.util.List;

import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Columns that give way on a narrow table, least needed first, so the one that matters most keeps a readable
 * width; they come back when there is room again. Each column is kept at least its minimum width, so what shows is
 * never cut short.
 */
final class ColumnPriorities {

    /** The vertical scroll bar's room, which the columns cannot use. */
    private static final double SCROLL_BAR = 16;

    private ColumnPriorities() {
    }

    /**
     * @param flexible   the column that takes the room left over; it keeps at least {@code minEms}
     * @param em         the size of an em in pixels
     * @param giveWayFirst the columns that may go, the first to go first
     */
    static <S> void giveWay(TableView<S> table, TableColumn<S, ?> flexible, double minEms, ObservableDoubleValue em,
            List<? extends TableColumn<S, ?>> giveWayFirst) {
        InvalidationListener fit = o -> {
            if (table.getWidth() <= 0) {
                return;
            }
            double room = table.getWidth() - SCROLL_BAR;
            double need = minEms * em.get();
            for (TableColumn<S, ?> c : table.getColumns()) {
                if (c != flexible) {
                    need += c.getMinWidth();
                }
            }
            for (TableColumn<S, ?> c : giveWayFirst) {
                boolean goes = need > room;
                c.setVisible(!goes);
                if (goes) {
                    need -= c.getMinWidth();
                }
            }
        };
        table.widthProperty().addListener(fit);
        em.addListener(fit);
        fit.invalidated(null);
    }
}

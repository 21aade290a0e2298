package app.overload.ui;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;

/**
 * The sidebar narrows to its icons on a narrow window, so the section beside it keeps its room; each entry then
 * names itself in its tooltip. Measured in ems, so larger text narrows it sooner.
 */
final class CompactSidebar {

    /**
     * Below this width (1200 px at normal text) the sidebar shows icons only. Chosen from the screens: at 1024 px
     * the History's columns and the Log's set rows beside its summary need the 130 px the names take.
     */
    static final double BREAKPOINT_EMS = 92;
    static final String COMPACT = "compact";
    static final String TEXT_CLASS = "text-";

    private final BooleanBinding compact;

    /**
     * @param window   whose width decides
     * @param sidebar  takes the style class {@value #COMPACT} while narrow
     * @param names    hidden while narrow (the app's name and tagline)
     * @param textSize the text size, which sets what an em is
     */
    CompactSidebar(Region window, Region sidebar, List<Node> names, ObservableValue<TextSize> textSize) {
        // The icons' size follows the text size through a style class per size (overload.css): an icon font's size
        // in ems would be taken of its own font, which that size sets, and grow without end.
        Runnable iconSize = () -> {
            sidebar.getStyleClass().removeIf(c -> c.startsWith(TEXT_CLASS));
            sidebar.getStyleClass().add(TEXT_CLASS + textSize.getValue().percent());
        };
        textSize.addListener((obs, old, now) -> iconSize.run());
        iconSize.run();
        compact = Bindings.createBooleanBinding(() -> window.getWidth() > 0
                && window.getWidth() < BREAKPOINT_EMS * textSize.getValue().fontSize(), window.widthProperty(),
                textSize);
        Runnable apply = () -> {
            boolean narrow = compact.get();
            sidebar.getStyleClass().remove(COMPACT);
            if (narrow) {
                sidebar.getStyleClass().add(COMPACT);
            }
            for (Node name : names) {
                name.setVisible(!narrow);
                name.setManaged(!narrow);
            }
        };
        compact.addListener((obs, was, is) -> apply.run());
        apply.run();
    }

    /** Shows only {@code entry}'s icon while the sidebar is narrow; its tooltip must name it. */
    void iconOnlyWhenNarrow(Labeled entry) {
        entry.contentDisplayProperty().bind(Bindings.when(compact).then(ContentDisplay.GRAPHIC_ONLY)
                .otherwise(ContentDisplay.LEFT));
    }

    boolean isCompact() {
        return compact.get();
    }
}

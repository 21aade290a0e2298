package app.overload.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * What every window of the app shares, dialogs included: the app's stylesheet (which keeps the keyboard focus in
 * sight) and the chosen text size. Dialogs are separate scenes, so each gets them as it opens.
 */
public final class WindowLook {

    static final String STYLESHEET = WindowLook.class.getResource("overload.css").toExternalForm();

    private final ObservableValue<TextSize> textSize;

    private WindowLook(ObservableValue<TextSize> textSize) {
        this.textSize = textSize;
    }

    /**
     * From now on, every window that opens, and every one open now, takes the look as it shows (before it is laid
     * out and sized); a new text size reaches them all. Meant to be called once, by the application; returns what
     * stops it (for tests, which share one JVM).
     */
    public static Runnable followAllWindows(ObservableValue<TextSize> textSize) {
        WindowLook look = new WindowLook(textSize);
        Window.getWindows().forEach(look::follow);
        ListChangeListener<Window> opened = change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(look::follow);
            }
        };
        Window.getWindows().addListener(opened);
        ChangeListener<TextSize> resized = (obs, old, now) -> Window.getWindows()
                .forEach(w -> apply(w.getScene(), now));
        textSize.addListener(resized);
        return () -> {
            Window.getWindows().removeListener(opened);
            textSize.removeListener(resized);
        };
    }

    private void follow(Window window) {
        apply(window.getScene(), textSize.getValue());
        window.sceneProperty().addListener((obs, old, now) -> apply(now, textSize.getValue()));
    }

    /** Gives {@code scene} the app's stylesheet and sets the text size on its root. */
    public static void apply(Scene scene, TextSize size) {
        if (scene == null) {
            return;
        }
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        if (scene.getRoot() != null) {
            scene.getRoot().setStyle(size.rootStyle());
        }
    }
}

package app.overload.ui;

import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The main window on a test's stage, in the light theme, with in-memory preferences and no logbook yet. */
public final class ShellStage {

    private ShellStage() {
    }

    /** Shows the shell at the given size (call from a TestFX {@code @Start} method) and returns it. */
    public static MainWindow show(Stage stage, double width, double height) {
        Theme.LIGHT.apply();
        MainWindow window = new MainWindow(UiPreferences.inMemory(), new SimpleStringProperty(""),
                new SimpleDoubleProperty());
        stage.setScene(new Scene(window, width, height));
        stage.show();
        return window;
    }
}

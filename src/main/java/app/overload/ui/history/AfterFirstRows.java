package app.overload.ui.history;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;

/**
 * Holds work until a layout pulse has laid out a table with rows, then runs what it held and, from then on, runs
 * work at once. The history starts its personal-record lookups through it, so that at start-up they do not take the
 * processor from the first frame of the history.
 */
final class AfterFirstRows implements Consumer<Runnable> {

    private final TableView<?> table;
    private final List<Runnable> held = new ArrayList<>();
    private final Runnable afterLayout = this::laidOut;
    private boolean shown;

    /** @param owner the node whose scene's layout pulses are watched: the table or a parent of it */
    AfterFirstRows(Node owner, TableView<?> table) {
        this.table = table;
        owner.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (now != null && !shown) {
                now.addPostLayoutPulseListener(afterLayout);
            }
        });
    }

    @Override
    public void accept(Runnable work) {
        if (shown) {
            work.run();
        } else {
            held.add(work);
        }
    }

    private void laidOut() {
        if (shown || table.getItems().isEmpty()) {
            return;
        }
        shown = true;
        Scene scene = table.getScene();
        if (scene != null) {
            // Not removed while the scene is running its listeners: on the next turn instead.
            Platform.runLater(() -> scene.removePostLayoutPulseListener(afterLayout));
        }
        List<Runnable> now = List.copyOf(held);
        held.clear();
        now.forEach(Runnable::run);
    }
}

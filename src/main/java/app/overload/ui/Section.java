package app.overload.ui;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** A part of the app reached from the sidebar: History, Log, Blocks, Progress. */
public interface Section {

    /** Stable id, also the node id of the sidebar button ({@code nav-<id>}). */
    String id();

    String title();

    Ikon icon();

    /** The section's view; created once and kept. */
    Node view();

    /** Called each time the section is brought to the front, e.g. to refresh its data. */
    default void shown() {
    }

    /**
     * Called once after the logbook has opened and the first view shows: the log section looks here for a session
     * left unsaved by a crash and offers it back.
     */
    default void logbookOpened() {
    }
}

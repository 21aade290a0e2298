package app.overload.ui;

import java.util.List;

import org.kordamp.ikonli.feather.Feather;

import app.overload.ui.history.HistoryView;
import app.overload.ui.history.HistoryViewModel;
import app.overload.ui.progress.ProgressSection;
import javafx.scene.Node;

/** Builds the sidebar's sections for an open logbook, in the order they appear. */
public final class Sections {

    private Sections() {
    }

    public static List<Section> create(AppServices services) {
        HistoryViewModel history = new HistoryViewModel(services.logbook(), services.executor(), services.units());
        HistoryView historyView = new HistoryView(history);
        return List.of(section("history", "History", Feather.LIST, historyView, history::refresh),
                ProgressSection.create(services));
    }

    private static Section section(String id, String title, Feather icon, Node view, Runnable shown) {
        return new Section() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String title() {
                return title;
            }

            @Override
            public org.kordamp.ikonli.Ikon icon() {
                return icon;
            }

            @Override
            public Node view() {
                return view;
            }

            @Override
            public void shown() {
                shown.run();
            }
        };
    }
}

package app.overload.ui;

import java.util.List;
import java.util.function.Consumer;

import org.kordamp.ikonli.feather.Feather;

import app.overload.ui.blocks.BlocksSection;
import app.overload.ui.history.HistoryView;
import app.overload.ui.history.HistoryViewModel;
import app.overload.ui.log.LogView;
import app.overload.ui.log.LogViewModel;
import app.overload.ui.progress.ProgressSection;
import javafx.scene.Node;

/** Builds the sidebar's sections for an open logbook, in the order they appear. */
public final class Sections {

    private Sections() {
    }

    /**
     * @param show brings a section to the front by id; the history opens the log form with it, and the log goes
     *             back to the history after a save
     */
    public static List<Section> create(AppServices services, Consumer<String> show) {
        HistoryViewModel history = new HistoryViewModel(services.logbook(), services.executor(), services.units());
        HistoryView historyView = new HistoryView(history);
        LogViewModel log = new LogViewModel(services.logbook(), services.executor(), services.clock(),
                services.units());
        LogView logView = new LogView(log);
        log.setOnSaved(saved -> show.accept("history"));
        log.setOnLeave(() -> show.accept("history"));
        history.setOnNewSession(() -> {
            show.accept("log");
            log.newSession();
        });
        history.setOnEdit(id -> {
            show.accept("log");
            log.edit(id);
        });
        Section logSection = section("log", "Log", Feather.EDIT_3, logView, () -> {
            log.open();
            logView.focusStart();
        }, () -> log.checkForDraft(() -> show.accept("log")));
        return List.of(section("history", "History", Feather.LIST, historyView, history::refresh, () -> { }),
                logSection, new BlocksSection(services, BlocksSection.pendingNextWeek(),
                        BlocksSection.pendingSummary()), ProgressSection.create(services));
    }

    private static Section section(String id, String title, Feather icon, Node view, Runnable shown,
            Runnable opened) {
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

            @Override
            public void logbookOpened() {
                opened.run();
            }
        };
    }
}

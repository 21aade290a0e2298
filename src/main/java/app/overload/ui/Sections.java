package app.overload.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import app.overload.ui.blocks.BlocksSection;
import app.overload.ui.history.HistoryView;
import app.overload.ui.history.HistoryViewModel;
import app.overload.ui.log.LogView;
import app.overload.ui.log.LogViewModel;
import app.overload.ui.progress.ProgressSection;
import app.overload.ui.suggest.NextWeekView;
import app.overload.ui.summary.TrainingShareView;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** Builds the sidebar's sections for an open logbook, in the order they appear. */
public final class Sections {

    private Sections() {
    }

    /**
     * @param show brings a section to the front by id; the history opens the log form with it, and the log goes
     *             back to the history after a save
     */
    public static List<Section> create(AppServices services, Consumer<String> show) {
        return create(services, show, null);
    }

    /** @param firstPage the history's first page read ahead while the window was built, or null */
    public static List<Section> create(AppServices services, Consumer<String> show,
            HistoryViewModel.FirstPage firstPage) {
        HistoryViewModel history = new HistoryViewModel(services.logbook(), services.executor(), services.units());
        HistoryView historyView = new HistoryView(history);
        LogViewModel log = new LogViewModel(services.logbook(), services.executor(), services.clock(),
                services.units(), services.plates());
        // Views other than the first are built on their first visit, so start-up only pays for the history.
        Supplier<LogView> logView = once(() -> new LogView(log));
        log.setOnSaved(saved -> {
            history.announce(log.savedNoticeProperty().get());
            show.accept("history");
        });
        log.setOnBackgroundProblem(services::reportProblem);
        log.setOnLeave(() -> show.accept("history"));
        history.setOnNewSession(() -> {
            show.accept("log");
            log.newSession();
        });
        history.setOnEdit(id -> {
            show.accept("log");
            log.edit(id);
        });
        Section logSection = section("log", "Log", Feather.EDIT_3, logView::get, () -> {
            log.open();
            logView.get().focusStart();
        }, () -> log.checkForDraft(() -> show.accept("log")));
        Runnable showHistory = firstPage == null ? history::refresh : new Runnable() {
            private boolean used;

            @Override
            public void run() {
                if (used) {
                    history.refresh();
                } else {
                    used = true;
                    history.show(firstPage);
                }
            }
        };
        // Blocks and its panels are built on the first visit, like the log and the charts.
        Section blocks = lazy(BlocksSection.ID, "Blocks", Feather.FLAG, () -> new BlocksSection(services,
                block -> NextWeekView.create(services, block, () -> { }), () -> TrainingShareView.create(services)));
        return List.of(section("history", "History", Feather.LIST, () -> historyView, showHistory, () -> { }),
                logSection, blocks, ProgressSection.create(services));
    }

    /** A section made on its first visit; until then only its place in the sidebar exists. */
    private static Section lazy(String id, String title, Feather icon, Supplier<Section> make) {
        Supplier<Section> real = once(make);
        return new Entry(id, title, icon, () -> real.get().view(), () -> real.get().shown(), () -> { });
    }

    /** A supplier that makes its value on the first call and keeps it (FX thread only). */
    static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    private static Section section(String id, String title, Feather icon, Supplier<? extends Node> view,
            Runnable shown, Runnable opened) {
        return new Entry(id, title, icon, view, shown, opened);
    }

    /** A sidebar entry made of its parts: what the view is, and what happens when it shows or the logbook opens. */
    private record Entry(String id, String title, Ikon icon, Supplier<? extends Node> makeView, Runnable onShown,
            Runnable onOpened) implements Section {

        @Override
        public Node view() {
            return makeView.get();
        }

        @Override
        public void shown() {
            onShown.run();
        }

        @Override
        public void logbookOpened() {
            onOpened.run();
        }
    }
}

package app.overload.ui.progress;

import app.overload.ui.AppServices;
import app.overload.ui.Section;
import app.overload.usecase.ChartData;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The Progress entry of the sidebar: its view and model built from the open logbook's services. */
public final class ProgressSection implements Section {

    private final ProgressViewModel model;
    private final AppServices services;
    private ProgressView view;

    private ProgressSection(AppServices services) {
        model = new ProgressViewModel(new ChartData(services.logbook()), services.executor(), services.clock(),
                services.units());
        this.services = services;
    }

    public static Section create(AppServices services) {
        return new ProgressSection(services);
    }

    @Override
    public String id() {
        return "progress";
    }

    @Override
    public String title() {
        return "Progress";
    }

    @Override
    public Ikon icon() {
        return Feather.TRENDING_UP;
    }

    /** Built on the first visit: charts are not needed to start the app. */
    @Override
    public Node view() {
        if (view == null) {
            view = new ProgressView(model, services.executor());
        }
        return view;
    }

    /** Every visit re-reads the logbook: sessions may have been logged since. */
    @Override
    public void shown() {
        model.refresh();
    }
}

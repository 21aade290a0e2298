package app.overload.ui.blocks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import app.overload.domain.BlockId;
import app.overload.domain.BlockStatus;
import app.overload.domain.UnitPreferences;
import app.overload.planning.BlockReport;
import app.overload.planning.GoalText;
import app.overload.ui.LatestOnly;
import app.overload.ui.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The list of blocks, grouped by where they stand today (active, planned, finished, archived), each with its goal,
 * current week, compliance and progress. Read in the background every time the section shows.
 */
public final class BlockListViewModel {

    /** One block as the list shows it. */
    public record Row(BlockId id, String name, BlockStatus status, String goal, String when, String dates,
            String compliance, String progress, double fraction) {
    }

    private final BlockData data;
    /** A refresh replaces the one still on its way, so an older overview never shows after a newer one. */
    private final LatestOnly reads;
    private final Clock clock;
    private final ObjectProperty<UnitPreferences> units;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading", false);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObjectProperty<BlockData.Overview> overview = new SimpleObjectProperty<>(this, "overview");
    private Consumer<BlockId> onOpen = id -> { };

    BlockListViewModel(BlockData data, TaskExecutor executor, Clock clock, ObjectProperty<UnitPreferences> units) {
        this.data = data;
        this.reads = new LatestOnly(executor);
        this.clock = clock;
        this.units = units;
        units.addListener((obs, old, now) -> show());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** Why the list could not be read, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public void setOnOpen(Consumer<BlockId> action) {
        onOpen = action;
    }

    public void open(BlockId id) {
        onOpen.accept(id);
    }

    public void refresh() {
        loading.set(true);
        reads.submit("Reading the training blocks", p -> data.overview(LocalDate.now(clock)), read -> {
            loading.set(false);
            message.set("");
            overview.set(read);
            show();
        }, error -> {
            loading.set(false);
            message.set("The blocks could not be read: " + error.getMessage());
        });
    }

    private void show() {
        BlockData.Overview read = overview.get();
        if (read == null) {
            return;
        }
        GoalText text = new GoalText(units.get(), read.catalogue().names());
        rows.setAll(read.summaries().stream().map(s -> row(s, text)).toList());
    }

    private static Row row(BlockReport s, GoalText text) {
        String progress = s.status() == BlockStatus.ARCHIVED
                ? (s.block().outcome().goalMet() ? "Goal met. " : "Goal not met. ") + s.block().outcome().summary()
                : s.status() == BlockStatus.PLANNED ? text.start(s.progress()) : text.line(s.progress());
        String compliance = s.status() == BlockStatus.PLANNED ? s.compliance().planned() + " sessions planned"
                : s.complianceText();
        double fraction = s.progress().measured() ? s.progress().fraction() : -1;
        return new Row(s.block().id(), s.block().name(), s.status(), text.target(s.block().goal()), s.when(),
                Texts.dates(s.block()), compliance, progress, fraction);
    }

    /** The rows of one status, in list order. */
    public List<Row> in(BlockStatus status) {
        return rows.stream().filter(r -> r.status() == status).toList();
    }
}

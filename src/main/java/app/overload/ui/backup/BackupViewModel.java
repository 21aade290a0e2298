package app.overload.ui.backup;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import app.overload.store.Backups;
import app.overload.ui.LogbookFileActions;
import app.overload.ui.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Backups of the open logbook: the list with what each holds, "Back up now", and a restore that first says what
 * it would replace with what.
 */
public final class BackupViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm",
            Locale.ENGLISH);

    /** One line of the list, ready to show. */
    public record Row(Backups.Backup backup, String when, String kind, String contents, boolean healthy) {
    }

    private final LogbookFileActions actions;
    private final TaskExecutor executor;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper("");

    public BackupViewModel(LogbookFileActions actions, TaskExecutor executor) {
        this.actions = actions;
        this.executor = executor;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What the logbook holds now, to compare with a backup before restoring it. */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public void refresh(Path logbookFile) {
        busy.set(true);
        executor.submit("Listing backups", progress -> new Listing(rows(actions.backups().list()),
                Backups.contents(logbookFile).map(Backups.Contents::describe).orElse("unknown")), listing -> {
                    busy.set(false);
                    rows.setAll(listing.rows());
                    current.set(listing.current());
                    if (listing.rows().isEmpty()) {
                        message.set("No backups yet. Overload makes one every day it opens.");
                    }
                }, this::failed);
    }

    private record Listing(List<Row> rows, String current) {
    }

    private static List<Row> rows(List<Backups.Backup> backups) {
        return backups.stream().map(b -> {
            var contents = Backups.contents(b.file());
            return new Row(b, WHEN.format(b.taken()), label(b.kind()), contents.map(Backups.Contents::describe)
                    .orElse("damaged or unreadable"), contents.isPresent());
        }).toList();
    }

    static String label(Backups.Kind kind) {
        return switch (kind) {
            case DAILY -> "Daily";
            case MANUAL -> "Made by you";
            case BEFORE_UPGRADE -> "Before an upgrade";
            case REPLACED -> "Replaced by a restore";
            case DAMAGED -> "Damaged file kept";
        };
    }

    public void backUpNow(Path logbookFile) {
        busy.set(true);
        message.set("Backing up…");
        executor.submit("Backing up", progress -> actions.backUpNow(), made -> {
            busy.set(false);
            message.set("Backed up to " + made.file().getFileName() + ".");
            refresh(logbookFile);
        }, this::failed);
    }

    /** The sentence a restore is confirmed with: what is there now, what comes back, where the current file goes. */
    public String confirmation(Row row) {
        return "Now: " + current.get() + ".\nAfter: " + row.contents() + " (the " + row.kind().toLowerCase(Locale.ROOT)
                + " backup of " + row.when() + ").\nThe current logbook is kept in the backups folder.";
    }

    /** Starts restoring {@code row}; false, with the reason as the message, when that cannot be done now. */
    public boolean restore(Row row) {
        if (!row.healthy()) {
            message.set("That backup is damaged; choose another.");
            return false;
        }
        Optional<String> refused = actions.restore(row.backup());
        refused.ifPresent(message::set);
        return refused.isEmpty();
    }

    private void failed(Throwable error) {
        busy.set(false);
        message.set(error.getMessage());
    }
}

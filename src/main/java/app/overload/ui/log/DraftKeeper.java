package app.overload.ui.log;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import app.overload.domain.Session;
import app.overload.store.DraftRepository;
import app.overload.store.SessionRepository;
import app.overload.ui.TaskExecutor;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Keeps the form's draft in the logbook while the user types, offers it back after a crash, and drops it when the
 * session is saved or discarded. Writes run in the background; they are ordered so that a draft written late never
 * outlives the session it became.
 */
final class DraftKeeper {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    private final DraftRepository drafts;
    private final SessionRepository sessions;
    private final TaskExecutor executor;
    private final Consumer<String> onError;
    private final StringProperty offer = new SimpleStringProperty(this, "offer", "");
    /** The latest draft text waiting to be written; null once saved or discarded, so a late write is skipped. */
    private final AtomicReference<String> pending = new AtomicReference<>();
    /** Orders draft writes against the session save. */
    private final Object writeOrder = new Object();

    DraftKeeper(DraftRepository drafts, SessionRepository sessions, TaskExecutor executor,
            Consumer<String> onError) {
        this.drafts = drafts;
        this.sessions = sessions;
        this.executor = executor;
        this.onError = onError;
    }

    /** Non-empty while a draft from an earlier run waits to be restored or discarded. */
    StringProperty offer() {
        return offer;
    }

    /** Looks for a draft left by an earlier run; {@code onFound} runs on the UI thread when there is one. */
    void check(Runnable onFound) {
        executor.submit("Looking for an unsaved session", p -> drafts.find(LogViewModel.DRAFT_SLOT), found -> {
            if (found.isPresent()) {
                offer.set("A session you had not saved was kept (last typed " + WHEN.format(found.get().updatedAt())
                        + "). Restore it?");
                onFound.run();
            }
        }, error -> onError.accept(error.getMessage()));
    }

    /** The stored draft; call in the background. */
    Optional<DraftRepository.Draft> find() {
        return drafts.find(LogViewModel.DRAFT_SLOT);
    }

    void keep(String payload, LocalDateTime at) {
        pending.set(payload);
        executor.submit("Keeping the unsaved session", p -> {
            synchronized (writeOrder) {
                String latest = pending.get();
                if (latest != null) {
                    drafts.save(LogViewModel.DRAFT_SLOT, latest, at);
                }
            }
            return null;
        }, ok -> { }, error -> onError.accept("The unsaved session could not be kept: " + error.getMessage()));
    }

    void discard() {
        offer.set("");
        pending.set(null);
        executor.submit("Discarding the unsaved session", p -> {
            synchronized (writeOrder) {
                drafts.delete(LogViewModel.DRAFT_SLOT);
            }
            return null;
        }, ok -> { }, error -> onError.accept(error.getMessage()));
    }

    /** Stops pending draft writes; the session is being saved. Call on the UI thread before {@link #save}. */
    void stop() {
        pending.set(null);
    }

    /** Saves the session and drops the draft in one transaction; call in the background. */
    void save(Session session) {
        synchronized (writeOrder) {
            sessions.saveAndDropDraft(session, LogViewModel.DRAFT_SLOT);
        }
    }
}

package app.overload.ui.log;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import app.overload.domain.BlockStatus;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.TrainingBlock;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What a training session can belong to on the form's date: the active blocks, the chosen block's planned sessions
 * that week, and today's planned session pre-filled on a fresh form. An unplanned session during a block stays a
 * workout unless the user attaches it to the block.
 */
final class TrainingChoices {

    /** What the choices need from the view model. */
    interface Host {
        boolean filling();

        /** Runs changes that are not the user's (no dirty flag, no draft, no pre-fill). */
        void quietly(Runnable work);

        void revalidate();

        /** Adds the planned session's prescriptions to the form. */
        void prefill(TrainingBlock block, PlannedSession planned);
    }

    private final LogForm form;
    private final Supplier<LocalDate> today;
    private final Host host;
    private final ObservableList<TrainingBlock> blocks = FXCollections.observableArrayList();
    private final ObservableList<PlannedSession> planned = FXCollections.observableArrayList();
    private List<TrainingBlock> allBlocks = List.of();
    private final Set<PlannedSessionId> done = new HashSet<>();
    private final ReadOnlyObjectWrapper<Offer> offer = new ReadOnlyObjectWrapper<>(this, "offer");

    /** A planned session of an active block on the form's date, not done yet: offered to a workout being typed. */
    record Offer(TrainingBlock block, PlannedSession planned) {
    }

    TrainingChoices(LogForm form, Supplier<LocalDate> today, Host host) {
        this.form = form;
        this.today = today;
        this.host = host;
        form.date().textProperty().addListener((obs, old, now) -> refresh());
        form.kindProperty().addListener((obs, old, now) -> {
            kindChanged();
            refreshOffer();
        });
        form.blockProperty().addListener((obs, old, now) -> refreshPlanned());
        form.plannedProperty().addListener((obs, old, now) -> plannedChanged(now));
    }

    ObservableList<TrainingBlock> blocks() {
        return blocks;
    }

    ObservableList<PlannedSession> planned() {
        return planned;
    }

    List<TrainingBlock> all() {
        return allBlocks;
    }

    void setAll(List<TrainingBlock> all) {
        allBlocks = List.copyOf(all);
        refresh();
    }

    /** The planned sessions a logged session already fulfils: they are not offered or chosen again. */
    void setDone(Set<PlannedSessionId> fulfilled) {
        done.clear();
        done.addAll(fulfilled);
        refreshOffer();
    }

    /** The planned sessions a logged session fulfils, as far as the form knows. */
    Set<PlannedSessionId> done() {
        return Collections.unmodifiableSet(done);
    }

    void markDone(PlannedSessionId planned) {
        done.add(planned);
        refreshOffer();
    }

    ReadOnlyObjectProperty<Offer> offer() {
        return offer.getReadOnlyProperty();
    }

    /** Logs the offered planned session as training: the form switches over and fills from its prescriptions. */
    void acceptOffer() {
        Offer chosen = offer.get();
        if (chosen == null) {
            return;
        }
        form.kindProperty().set(LogForm.Kind.TRAINING);
        form.blockProperty().set(chosen.block());
        form.plannedProperty().set(chosen.planned());
    }

    private void refreshOffer() {
        offer.set(form.kindProperty().get() == LogForm.Kind.WORKOUT && !form.editing() ? todays().orElse(null) : null);
    }

    /** The first planned session of an active block on the form's date that nothing fulfils yet. */
    private Optional<Offer> todays() {
        LocalDate day = formDate();
        for (TrainingBlock block : blocks) {
            Optional<PlannedSession> todays = block.weekOf(day).map(block::plannedIn).orElse(List.of()).stream()
                    .filter(p -> block.dateOf(p).equals(day) && !done.contains(p.id())).findFirst();
            if (todays.isPresent()) {
                return Optional.of(new Offer(block, todays.get()));
            }
        }
        return Optional.empty();
    }

    private LocalDate formDate() {
        return form.day();
    }

    /**
     * Lists the blocks active on the form's date (and the form's own block). A combo box clears its value when its
     * items are replaced, so the chosen block and planned session are put back quietly afterwards.
     */
    void refresh() {
        LocalDate day = formDate();
        TrainingBlock chosen = form.blockProperty().get();
        PlannedSession plan = form.plannedProperty().get();
        host.quietly(() -> {
            blocks.setAll(allBlocks.stream().filter(b -> b.status(day) == BlockStatus.ACTIVE
                    || chosen != null && b.id().equals(chosen.id())).toList());
            form.blockProperty().set(chosen);
            refreshPlanned();
            form.plannedProperty().set(plan);
        });
        refreshOffer();
        host.revalidate();
    }

    private void refreshPlanned() {
        TrainingBlock block = form.blockProperty().get();
        LocalDate day = formDate();
        List<PlannedSession> week = block == null ? List.of()
                : block.weekOf(day).map(block::plannedIn).orElse(List.of());
        PlannedSession chosen = form.plannedProperty().get();
        if (chosen != null && !week.contains(chosen)) {
            week = new ArrayList<>(week);
            week.add(0, chosen);
        }
        List<PlannedSession> shown = week;
        host.quietly(() -> {
            planned.setAll(shown);
            form.plannedProperty().set(chosen);
        });
    }

    /**
     * On a fresh form: today's planned session of an active block, if one is not done yet, pre-filled. A second
     * session that day starts as a workout.
     */
    void autoPlan() {
        todays().ifPresent(o -> {
            form.kindProperty().set(LogForm.Kind.TRAINING);
            form.blockProperty().set(o.block());
            form.plannedProperty().set(o.planned());
        });
    }

    private void kindChanged() {
        if (!host.filling() && form.kindProperty().get() == LogForm.Kind.TRAINING
                && form.blockProperty().get() == null && blocks.size() == 1) {
            form.blockProperty().set(blocks.get(0));
        }
    }

    /** Choosing a planned session sets the purpose and pre-fills what is not in the form yet. */
    private void plannedChanged(PlannedSession chosen) {
        if (host.filling() || chosen == null) {
            return;
        }
        form.purposeProperty().set(chosen.purpose());
        host.prefill(form.blockProperty().get(), chosen);
    }
}

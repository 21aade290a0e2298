package app.overload.ui.log;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import app.overload.domain.BlockStatus;
import app.overload.domain.PlannedSession;
import app.overload.domain.TrainingBlock;
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

    TrainingChoices(LogForm form, Supplier<LocalDate> today, Host host) {
        this.form = form;
        this.today = today;
        this.host = host;
        form.date().textProperty().addListener((obs, old, now) -> refresh());
        form.kindProperty().addListener((obs, old, now) -> kindChanged());
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

    private LocalDate formDate() {
        try {
            return Inputs.date(form.date().text());
        } catch (IllegalArgumentException e) {
            return today.get();
        }
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

    /** On a fresh form: today's planned session of an active block, if there is one, pre-filled. */
    void autoPlan() {
        LocalDate day = formDate();
        for (TrainingBlock block : blocks) {
            Optional<PlannedSession> todays = block.weekOf(day).map(block::plannedIn).orElse(List.of()).stream()
                    .filter(p -> block.dateOf(p).equals(day)).findFirst();
            if (todays.isPresent()) {
                form.kindProperty().set(LogForm.Kind.TRAINING);
                form.blockProperty().set(block);
                form.plannedProperty().set(todays.get());
                return;
            }
        }
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

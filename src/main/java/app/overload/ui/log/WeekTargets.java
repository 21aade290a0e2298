package app.overload.ui.log;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import app.overload.domain.BlockStatus;
import app.overload.domain.ExerciseNames;
import app.overload.domain.PlannedSession;
import app.overload.domain.Prescription;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.progression.PrescriptionText;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;

/**
 * "This week's target" beside each exercise and endurance entry: the prescription of the planned session being
 * logged, or else of this week's planned session (in a block active on the form's date) that asks for the same
 * exercise or modality, with that session named. Written as the suggestions write prescriptions, in the user's
 * units; %TM sets are worked out to plates. The plans are in memory already, so no read is needed.
 */
final class WeekTargets {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final LogForm form;
    private final Supplier<List<TrainingBlock>> blocks;
    private final ObjectProperty<UnitPreferences> units;
    private final Supplier<LocalDate> today;

    WeekTargets(LogForm form, Supplier<List<TrainingBlock>> blocks, ObjectProperty<UnitPreferences> units,
            Supplier<LocalDate> today) {
        this.form = form;
        this.blocks = blocks;
        this.units = units;
        this.today = today;
        form.entries().addListener((ListChangeListener<EntryModel>) change -> {
            while (change.next()) {
                change.getAddedSubList().stream().filter(EnduranceModel.class::isInstance)
                        .map(EnduranceModel.class::cast)
                        .forEach(e -> e.modalityProperty().addListener((obs, old, now) -> update()));
            }
            update();
        });
        form.kindProperty().addListener((obs, old, now) -> update());
        form.blockProperty().addListener((obs, old, now) -> update());
        form.plannedProperty().addListener((obs, old, now) -> update());
        form.date().textProperty().addListener((obs, old, now) -> update());
        units.addListener((obs, old, now) -> update());
    }

    /** Sets every entry's target from the plans as they are now. */
    void update() {
        LocalDate day = formDate();
        PrescriptionText text = new PrescriptionText(units.get(), ExerciseNames.keysOnly());
        for (EntryModel entry : form.entries()) {
            entry.targetProperty().set(entry instanceof TimedModel ? "" : target(entry, day, text));
        }
    }

    private String target(EntryModel entry, LocalDate day, PrescriptionText text) {
        PlannedSession logging = form.kindProperty().get() == LogForm.Kind.TRAINING ? form.plannedProperty().get()
                : null;
        Prescription own = logging == null ? null : find(logging, entry);
        entry.prescribed(own);
        if (own != null) {
            return describe(own, text);
        }
        PlannedSession best = null;
        TrainingBlock bestBlock = null;
        for (TrainingBlock block : candidates(day)) {
            for (PlannedSession planned : block.weekOf(day).map(block::plannedIn).orElse(List.of())) {
                if (find(planned, entry) != null && (best == null || closer(block, planned, bestBlock, best, day))) {
                    best = planned;
                    bestBlock = block;
                }
            }
        }
        if (best == null) {
            return "";
        }
        entry.prescribed(find(best, entry));
        return describe(find(best, entry), text) + " (" + best.displayName() + ", "
                + DAY.format(bestBlock.dateOf(best)) + ")";
    }

    /** The blocks active on the day, the one chosen in the form first. */
    private List<TrainingBlock> candidates(LocalDate day) {
        TrainingBlock chosen = form.blockProperty().get();
        List<TrainingBlock> active = new ArrayList<>();
        for (TrainingBlock b : blocks.get()) {
            if (b.status(day) == BlockStatus.ACTIVE) {
                active.add(chosen != null && b.id().equals(chosen.id()) ? 0 : active.size(), b);
            }
        }
        return active;
    }

    /** The session planned nearest the form's date wins; on a tie the first found (chosen block, plan order). */
    private static boolean closer(TrainingBlock block, PlannedSession planned, TrainingBlock bestBlock,
            PlannedSession best, LocalDate day) {
        return Math.abs(ChronoUnit.DAYS.between(day, block.dateOf(planned)))
                < Math.abs(ChronoUnit.DAYS.between(day, bestBlock.dateOf(best)));
    }

    /** The first prescription of the planned session for this exercise, or for this modality. */
    private static Prescription find(PlannedSession planned, EntryModel entry) {
        for (Prescription rx : planned.prescriptions()) {
            if (entry instanceof StrengthModel s && rx instanceof Prescription.Strength p
                    && p.exercise().equals(s.exercise())) {
                return rx;
            }
            if (entry instanceof EnduranceModel e && rx instanceof Prescription.Endurance p
                    && p.modality() == e.modalityProperty().get()) {
                return rx;
            }
        }
        return null;
    }

    private static String describe(Prescription rx, PrescriptionText text) {
        return rx instanceof Prescription.Strength s ? text.sets(s) : text.endurance((Prescription.Endurance) rx);
    }

    private LocalDate formDate() {
        return form.day();
    }
}

package app.overload.ui.log;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import app.overload.domain.ExerciseNames;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.PrescriptionText;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.progression.WeekTarget;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;

/**
 * "This week's target" beside each exercise and endurance entry: the prescription of the planned session being
 * logged, or else of the week's next planned session not done yet that asks for the same exercise or modality (and
 * has the purpose of the session being logged, if it has one), with that session named ({@link WeekTarget}). Written
 * as the suggestions write prescriptions, in the user's units; %TM sets are worked out to plates. The plans and the
 * sessions already done are in memory, so no read is needed.
 */
final class WeekTargets {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final LogForm form;
    private final Supplier<List<TrainingBlock>> blocks;
    private final Supplier<Set<PlannedSessionId>> done;
    private final ObjectProperty<UnitPreferences> units;
    private final Supplier<LocalDate> today;

    WeekTargets(LogForm form, Supplier<List<TrainingBlock>> blocks, Supplier<Set<PlannedSessionId>> done,
            ObjectProperty<UnitPreferences> units, Supplier<LocalDate> today) {
        this.form = form;
        this.blocks = blocks;
        this.done = done;
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
        form.purposeProperty().addListener((obs, old, now) -> update());
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
        boolean training = form.kindProperty().get() == LogForm.Kind.TRAINING;
        PlannedSession logging = training ? form.plannedProperty().get() : null;
        Predicate<Prescription> asks = asks(entry);
        if (asks == null) {
            entry.prescribed(null);
            return "";
        }
        Prescription own = logging == null ? null
                : logging.prescriptions().stream().filter(asks).findFirst().orElse(null);
        entry.prescribed(own);
        if (own != null) {
            return describe(own, text);
        }
        TrainingBlock chosen = form.blockProperty().get();
        Optional<WeekTarget.Found> next = WeekTarget.next(blocks.get(), chosen == null ? null : chosen.id(), day,
                training ? form.purposeProperty().get() : null, done.get(), asks);
        entry.prescribed(next.map(WeekTarget.Found::prescription).orElse(null));
        return next.map(f -> describe(f.prescription(), text) + " (" + f.planned().displayName() + ", "
                + DAY.format(f.block().dateOf(f.planned())) + ")").orElse("");
    }

    /** Which prescriptions the entry carries out: its exercise, or its modality; null when it has neither. */
    private static Predicate<Prescription> asks(EntryModel entry) {
        if (entry instanceof StrengthModel s) {
            return WeekTarget.exercise(s.exercise());
        }
        if (entry instanceof EnduranceModel e && e.modalityProperty().get() != null) {
            return WeekTarget.modality(e.modalityProperty().get());
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

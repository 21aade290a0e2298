package app.overload.ui.log;

import java.util.List;
import java.util.Map;

import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.PlannedSession;
import app.overload.domain.Prescription;
import app.overload.domain.TrainingBlock;

/**
 * Adds a planned session's prescriptions to the form. What the user already has in the form stays: an exercise,
 * modality or activity that is there already is not added twice, and nothing typed is replaced.
 */
final class PlanFiller {

    private final LogForm form;
    private final Prefill prefill;
    private final Map<ExerciseId, Exercise> catalogue;

    PlanFiller(LogForm form, Prefill prefill, Map<ExerciseId, Exercise> catalogue) {
        this.form = form;
        this.prefill = prefill;
        this.catalogue = catalogue;
    }

    /** @return the entries it added */
    List<EntryModel> fill(TrainingBlock block, PlannedSession planned) {
        List<EntryModel> before = List.copyOf(form.entries());
        for (Prescription rx : planned.prescriptions()) {
            if (rx instanceof Prescription.Strength s && !hasExercise(s.exercise())) {
                form.entries().add(prefill.strength(s, catalogue.getOrDefault(s.exercise(),
                        Prefill.unknown(s.exercise()))));
            } else if (rx instanceof Prescription.Endurance e && !hasModality(e)) {
                form.entries().add(prefill.endurance(e));
            } else if (rx instanceof Prescription.Timed t && !hasActivity(t.activity())) {
                form.entries().add(prefill.timed(t));
            }
        }
        if (form.notes().isBlank() && !planned.notes().isBlank()) {
            form.notes().hintProperty().set("Plan: " + planned.notes());
        }
        return form.entries().stream().filter(e -> !before.contains(e)).toList();
    }

    private boolean hasExercise(ExerciseId id) {
        return form.entries().stream().anyMatch(e -> e instanceof StrengthModel s && s.exercise().equals(id));
    }

    private boolean hasModality(Prescription.Endurance rx) {
        return form.entries().stream().anyMatch(e -> e instanceof EnduranceModel en
                && en.modalityProperty().get() == rx.modality());
    }

    private boolean hasActivity(String activity) {
        return form.entries().stream().anyMatch(e -> e instanceof TimedModel t
                && t.activity().text().equalsIgnoreCase(activity));
    }
}

package app.overload.ui.log;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import app.overload.domain.BodyRegion;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.LoadTarget;
import app.overload.domain.Mass;
import app.overload.domain.MovementPattern;
import app.overload.domain.PaceTarget;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Rpe;
import app.overload.domain.SetKind;
import app.overload.domain.UnitPreferences;

/**
 * Turns a planned session's prescriptions into form entries: fixed loads as a weight the lifter can load in their
 * unit (a 95 kg plan reads 210 lb, and 210 lb is what a save then logs), percentages of a training max worked out
 * as the plan's target text does and rounded down to plates, RPE-based loads left for the lifter with the RPE shown
 * as a hint.
 */
final class Prefill {

    private final UnitPreferences units;
    private final Runnable onChange;
    private final Supplier<Instant> now;

    Prefill(UnitPreferences units, Runnable onChange, Supplier<Instant> now) {
        this.units = units;
        this.onChange = onChange;
        this.now = now;
    }

    StrengthModel strength(Prescription.Strength rx, Exercise exercise) {
        StrengthModel model = new StrengthModel(exercise, onChange, now);
        fill(model, rx);
        return model;
    }

    /**
     * Replaces the sets of {@code model} with the prescription's, as values to lift and tick off. A set to do at an
     * RPE gets that RPE as its value and its load left to the lifter.
     */
    void fill(StrengthModel model, Prescription.Strength rx) {
        model.sets().clear();
        for (PrescribedSet p : rx.sets()) {
            SetModel set = model.addSet();
            set.reps().set(Integer.toString(p.reps()));
            set.kindProperty().set(p.kind());
            LoadTarget load = p.load();
            if (load instanceof LoadTarget.Fixed fixed) {
                set.load().set(units.targetNumber(fixed.load()));
            } else if (load instanceof LoadTarget.PercentOfTrainingMax percent
                    && rx.rule() instanceof ProgressionRule.TrainingMax) {
                set.load().set(units.targetNumber(PrescribedLoads.of(p, rx.rule(), units.mass())));
                set.load().hintProperty().set(Math.round(percent.fraction() * 100) + " % TM");
            } else if (load instanceof LoadTarget.AtRpe atRpe) {
                set.load().hintProperty().set("@ RPE " + atRpe.rpe());
                set.rpe().set(atRpe.rpe().toString());
            }
            Rpe cap = p.rpeCap();
            if (cap != null) {
                set.rpe().hintProperty().set("≤ " + cap);
            }
            if (p.kind() == SetKind.AMRAP) {
                set.reps().hintProperty().set(p.reps() + "+");
            }
        }
    }

    EnduranceModel endurance(Prescription.Endurance rx) {
        EnduranceModel model = new EnduranceModel(rx.modality(), onChange, () -> units);
        if (rx.distance() != null) {
            model.distance().set(UnitPreferences.number(rx.distance().in(units.distance()), 2));
        }
        if (rx.duration() != null) {
            model.duration().set(Inputs.durationText(rx.duration()));
        }
        if (rx.target() instanceof PaceTarget.AtPace atPace) {
            // Typing the pace after the distance makes the duration follow it.
            model.pace().set(Inputs.paceText(atPace.pace(), rx.modality(), units.distance()));
        } else if (rx.target() instanceof PaceTarget.InZone zone) {
            model.pace().hintProperty().set("zone " + zone.zone());
        }
        if (!rx.intervals().isEmpty()) {
            model.intervals().set(IntervalText.format(rx.intervals(), units));
        }
        return model;
    }

    TimedModel timed(Prescription.Timed rx) {
        TimedModel model = new TimedModel(onChange);
        model.activity().set(rx.activity());
        model.duration().set(Inputs.durationText(rx.duration()));
        model.effort().set(rx.effort() == null ? "" : rx.effort().toString());
        return model;
    }

    /** A catalogue entry for an exercise the catalogue does not know, so a prescription still shows. */
    static Exercise unknown(ExerciseId id) {
        return new Exercise(id, id.value().replace('-', ' '), MovementPattern.OTHER,
                BodyRegion.FULL, Mass.ZERO, Duration.ofSeconds(90), null);
    }
}

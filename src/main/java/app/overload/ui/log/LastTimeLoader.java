package app.overload.ui.log;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import app.overload.domain.ExerciseId;
import app.overload.domain.ExerciseNames;
import app.overload.domain.Modality;
import app.overload.domain.Purpose;
import app.overload.domain.SessionSummary;
import app.overload.domain.StrengthSet;
import app.overload.domain.UnitPreferences;
import app.overload.progression.ShortRest;
import app.overload.store.LastTimeQueries;
import app.overload.store.LastTimeQueries.LastEndurance;
import app.overload.store.LastTimeQueries.LastStrength;
import app.overload.ui.LatestOnly;
import app.overload.ui.TaskExecutor;
import javafx.beans.property.ObjectProperty;

/**
 * Fills "last time" beside the form's entries: for an exercise its last entry before this session, for a run the
 * last session of the same purpose (training) or the same modality (workout). One background read per refresh,
 * one indexed step per entry.
 */
final class LastTimeLoader {

    /** How far back the e1RM for the heavy-set flag looks. */
    static final int RECENT_DAYS = 182;

    private final LastTimeQueries queries;
    /** A newer form state replaces a lookup still on its way, so last time never shows for an older date. */
    private final LatestOnly lookups;
    private final ObjectProperty<UnitPreferences> units;
    private final LogForm form;
    private final Runnable afterwards;
    private final Consumer<String> onProblem;
    /** Runs changes that are the form's, not the user's: proposing last time's sets. */
    private final Consumer<Runnable> quietly;

    LastTimeLoader(LastTimeQueries queries, TaskExecutor executor, ObjectProperty<UnitPreferences> units,
            LogForm form, Runnable afterwards, Consumer<String> onProblem, Consumer<Runnable> quietly) {
        this.queries = queries;
        this.lookups = new LatestOnly(executor);
        this.units = units;
        this.form = form;
        this.afterwards = afterwards;
        this.onProblem = onProblem;
        this.quietly = quietly;
    }

    private record Found(List<ExerciseId> asked, Map<ExerciseId, LastStrength> strength,
            Map<EnduranceModel, Optional<LastEndurance>> runs, Purpose purpose) {
    }

    void refresh(List<? extends EntryModel> models) {
        if (models.isEmpty()) {
            return;
        }
        LocalDateTime before = start();
        Purpose purpose = form.kindProperty().get() == LogForm.Kind.TRAINING ? form.purposeProperty().get() : null;
        List<ExerciseId> exercises = new ArrayList<>();
        List<EnduranceModel> runs = new ArrayList<>();
        for (EntryModel m : models) {
            if (m instanceof StrengthModel s) {
                exercises.add(s.exercise());
            } else if (m instanceof EnduranceModel e) {
                runs.add(e);
            }
        }
        Map<EnduranceModel, Modality> modalities = new HashMap<>();
        runs.forEach(r -> modalities.put(r, r.modalityProperty().get()));
        lookups.submit("Looking up last time", p -> {
            Map<ExerciseId, LastStrength> strength = exercises.isEmpty() ? Map.of()
                    : queries.lastStrength(exercises, before, before.minusDays(RECENT_DAYS));
            Map<EnduranceModel, Optional<LastEndurance>> found = new HashMap<>();
            for (EnduranceModel run : runs) {
                Modality modality = modalities.get(run);
                found.put(run, purpose != null ? queries.lastOfPurpose(purpose, modality, before)
                        : queries.lastOfModality(modality, before));
            }
            return new Found(exercises, strength, found, purpose);
        }, this::apply, error -> onProblem.accept("Last time could not be looked up: " + (error.getMessage() == null
                ? error.toString() : error.getMessage())));
    }

    private void apply(Found found) {
        SessionSummary summary = new SessionSummary(units.get(), ExerciseNames.keysOnly());
        for (EntryModel m : form.entries()) {
            if (m instanceof StrengthModel s && found.strength().containsKey(s.exercise())) {
                LastStrength last = found.strength().get(s.exercise());
                s.setLastTime(LastTimeText.strength(last, summary));
                List<StrengthSet> recent = new ArrayList<>(last.recentSets());
                recent.addAll(last.entry().sets());
                s.knownMax(ShortRest.bestEstimate(recent).orElse(null));
                if (s.fillsFromLastTime() && s.untouched()) {
                    quietly.accept(() -> s.proposeAgain(last.entry().sets(), units.get()));
                }
                s.fillFromLastTime(false);
                hintFirstSet(s, LastTimeText.topSet(last.entry()));
            } else if (m instanceof StrengthModel s && found.asked().contains(s.exercise())) {
                s.fillFromLastTime(false);
                s.setLastTime("First time: no earlier entry of this exercise.");
            } else if (m instanceof EnduranceModel e && found.runs().containsKey(e)) {
                e.setLastTime(found.runs().get(e).map(last -> LastTimeText.endurance(last, found.purpose(), summary))
                        .orElse(""));
            }
        }
        afterwards.run();
    }

    /** An untouched first set shows last time's top set as its placeholder, so the numbers are in sight. */
    private void hintFirstSet(StrengthModel model, StrengthSet top) {
        if (model.sets().isEmpty()) {
            return;
        }
        SetModel first = model.sets().get(0);
        if (first.reps().isBlank() && first.reps().hintProperty().get().isEmpty()) {
            first.reps().hintProperty().set(Integer.toString(top.reps()));
        }
        if (first.load().isBlank() && first.load().hintProperty().get().isEmpty()) {
            first.load().hintProperty().set(LastTimeText.hintLoad(top, units.get()));
        }
    }

    private LocalDateTime start() {
        return form.start();
    }
}

package app.overload.ui.log;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import app.overload.domain.BodyRegion;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.MovementPattern;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Finding an exercise by typing a few letters: names that start with them first, then names with a word starting
 * with them, then names containing them. "squ" finds Back squat before Bulgarian split squat.
 */
public final class ExerciseSearch {

    static final int MAX_MATCHES = 6;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Exercise> matches = FXCollections.observableArrayList();
    private List<Exercise> catalogue = new ArrayList<>();

    ExerciseSearch() {
        query.addListener((obs, old, now) -> update());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Exercise> matches() {
        return matches;
    }

    void setCatalogue(List<Exercise> exercises) {
        catalogue = new ArrayList<>(exercises);
        update();
    }

    void add(Exercise exercise) {
        catalogue.add(exercise);
    }

    Optional<Exercise> best() {
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
    }

    /** A catalogue exercise named as typed, when nothing matches: the user's own movement. */
    Optional<Exercise> newExercise() {
        String name = query.get() == null ? "" : query.get().strip();
        if (name.length() < 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Exercise(ExerciseId.fromName(name), name, MovementPattern.OTHER, BodyRegion.FULL,
                    Mass.kilograms(2.5), Duration.ofSeconds(90), null));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void update() {
        String q = query.get() == null ? "" : query.get().strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            matches.clear();
            return;
        }
        matches.setAll(catalogue.stream().filter(e -> rank(e, q) < 3)
                .sorted(Comparator.comparingInt((Exercise e) -> rank(e, q)).thenComparing(Exercise::name))
                .limit(MAX_MATCHES).toList());
    }

    private static int rank(Exercise e, String q) {
        String name = e.name().toLowerCase(Locale.ROOT);
        if (name.startsWith(q)) {
            return 0;
        }
        if (name.contains(" " + q) || name.contains("-" + q)) {
            return 1;
        }
        return name.contains(q) ? 2 : 3;
    }
}

package app.overload.ui.blocks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.CurrentLevel;
import app.overload.domain.Distance;
import app.overload.domain.Durations;
import app.overload.domain.Exercise;
import app.overload.domain.LiftLevel;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.RaceLevel;
import app.overload.domain.UnitPreferences;
import app.overload.ui.Field;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Where the athlete stands now, as rows of a form: a recent lift (sets × reps @ load) or a recent race (distance in
 * a time). A row left empty is skipped; a template then keeps its own numbers for it.
 */
public final class LevelInputs {

    /** One level: a lift of a fixed exercise, or a race. */
    public static final class Row {
        private final boolean lift;
        private final Exercise exercise;
        private final ObjectProperty<Modality> modality = new SimpleObjectProperty<>(this, "modality", Modality.RUN);
        private final Field sets = new Field();
        private final Field reps = new Field();
        private final Field load = new Field();
        private final Field distance = new Field();
        private final Field time = new Field();
        private final StringProperty source = new SimpleStringProperty(this, "source", "");

        private Row(boolean lift, Exercise exercise) {
            this.lift = lift;
            this.exercise = exercise;
        }

        public boolean lift() {
            return lift;
        }

        /** The exercise of a lift row. */
        public Exercise exercise() {
            return exercise;
        }

        public ObjectProperty<Modality> modalityProperty() {
            return modality;
        }

        public Field sets() {
            return sets;
        }

        public Field reps() {
            return reps;
        }

        public Field load() {
            return load;
        }

        public Field distance() {
            return distance;
        }

        public Field time() {
            return time;
        }

        /** Where the row's values came from ("From your 5×5 @ 100 kg on Tue 3 Nov."); empty once typed over. */
        public StringProperty sourceProperty() {
            return source;
        }

        boolean empty() {
            return lift ? load.isBlank() : time.isBlank();
        }

        List<Field> inputs() {
            return List.of(sets, reps, load, distance, time);
        }
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    public ObservableList<Row> rows() {
        return rows;
    }

    /** A lift row with the template's sets and reps, and its load as the hint. */
    Row lift(Exercise exercise, int sets, int reps, String hint) {
        Row row = new Row(true, exercise);
        row.sets.set(Integer.toString(sets));
        row.reps.set(Integer.toString(reps));
        row.load.hintProperty().set(hint);
        return row;
    }

    /** A race row of a distance, with the template's time as the hint. */
    Row race(Modality modality, Distance distance, UnitPreferences units, String hint) {
        Row row = new Row(false, null);
        row.modality.set(modality);
        row.distance.set(UnitPreferences.number(distance.in(units.distance()), 3));
        row.time.hintProperty().set(hint);
        return row;
    }

    static String hint(CurrentLevel level, UnitPreferences units) {
        if (level instanceof LiftLevel l) {
            return "e.g. " + units.targetNumber(l.load());
        }
        return "e.g. " + Durations.clock(((RaceLevel) level).time());
    }

    /** The levels typed in; rows left empty are skipped, a half-filled row is refused at its field. */
    List<CurrentLevel> build(UnitPreferences units, Check check) {
        List<CurrentLevel> levels = new ArrayList<>();
        for (Row row : rows) {
            if (row.empty()) {
                row.inputs().forEach(i -> i.setError(""));
                continue;
            }
            if (row.lift) {
                Integer sets = check.field(row.sets, () -> Parse.whole(row.sets.value(), "sets"));
                Integer reps = check.field(row.reps, () -> Parse.whole(row.reps.value(), "reps"));
                Mass load = check.field(row.load, () -> Parse.mass(row.load, units.mass(), "load"));
                if (sets != null && reps != null && load != null) {
                    CurrentLevel level = check.field(row.sets, () -> new LiftLevel(row.exercise.id(), sets, reps,
                            load));
                    if (level != null) {
                        levels.add(level);
                    }
                }
            } else {
                Distance d = check.field(row.distance, () -> Parse.distance(row.distance.value(), units.distance(),
                        "race distance"));
                Duration t = check.field(row.time, () -> Parse.duration(row.time.value(), "race time"));
                if (d != null && t != null) {
                    CurrentLevel level = check.field(row.time, () -> new RaceLevel(row.modality.get(), d, t));
                    if (level != null) {
                        levels.add(level);
                    }
                }
            }
        }
        return levels;
    }
}

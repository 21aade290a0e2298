package app.overload.ui.imports;

import app.overload.domain.ExerciseId;

/**
 * One line of the mapping table: a name from the other app, how many sets use it, and where it goes.
 *
 * @param target the chosen catalogue exercise, or {@link ExerciseChoice#CREATE_NEW}
 */
public record MappingRow(String sourceName, int sets, ExerciseChoice target, String how) {

    /** An entry of the "In Overload" list: a catalogue exercise, or the choice to create a new one. */
    public record ExerciseChoice(ExerciseId id, String label) {

        public static final ExerciseChoice CREATE_NEW = new ExerciseChoice(null, "New exercise");

        public boolean createsNew() {
            return id == null;
        }

        @Override
        public String toString() {
            return label;
        }
    }
}

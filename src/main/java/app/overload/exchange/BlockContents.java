package app.overload.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import app.overload.domain.ActivityEntry;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.InvalidValueException;
import app.overload.domain.Routine;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;

/**
 * What one block file carries, as domain values: the block with its plan, the exercises it names (enough to
 * recreate any the receiver lacks), the sessions logged against it (none when exported without them), and the
 * units its author works in (loads are written in them where they are round numbers there), and the sender's
 * routines (none unless asked for). Exercises are kept in key order, sessions in time order and routines in name
 * order, so the same contents always write the same file.
 */
public record BlockContents(TrainingBlock block, List<Exercise> exercises, List<TrainingSession> sessions,
        UnitPreferences units, List<Routine> routines) {

    /** Contents written by an author in kilograms and kilometres, without routines. */
    public BlockContents(TrainingBlock block, List<Exercise> exercises, List<TrainingSession> sessions) {
        this(block, exercises, sessions, UnitPreferences.METRIC, List.of());
    }

    /** Contents written by an author in {@code units}, without routines. */
    public BlockContents(TrainingBlock block, List<Exercise> exercises, List<TrainingSession> sessions,
            UnitPreferences units) {
        this(block, exercises, sessions, units, List.of());
    }

    /** Contents in kilograms and kilometres with the sender's routines. */
    public BlockContents(TrainingBlock block, List<Exercise> exercises, List<TrainingSession> sessions,
            List<Routine> routines) {
        this(block, exercises, sessions, UnitPreferences.METRIC, routines);
    }

    public BlockContents {
        if (block == null) {
            throw new InvalidValueException("block", "A block file needs a block.");
        }
        units = units == null ? UnitPreferences.METRIC : units;
        exercises = new ArrayList<>(exercises == null ? List.of() : exercises);
        exercises.sort(Comparator.comparing(e -> e.id().value()));
        exercises = List.copyOf(exercises);
        sessions = new ArrayList<>(sessions == null ? List.of() : sessions);
        sessions.sort(Comparator.comparing(TrainingSession::start).thenComparing(s -> s.id().value()));
        sessions = List.copyOf(sessions);
        Set<SessionId> ids = new HashSet<>();
        for (TrainingSession s : sessions) {
            if (!s.block().equals(block.id())) {
                throw new InvalidValueException("sessions", "Session " + s.id() + " belongs to another block.");
            }
            if (!ids.add(s.id())) {
                throw new InvalidValueException("sessions", "Session " + s.id() + " appears twice.");
            }
        }
        routines = new ArrayList<>(routines == null ? List.of() : routines);
        routines.sort(Comparator.comparing((Routine r) -> r.name().toLowerCase(Locale.ROOT))
                .thenComparing(r -> r.id().value()));
        routines = List.copyOf(routines);
    }

    /** Every exercise the block and its sessions name, in the order first met. */
    public Set<ExerciseId> exercisesUsed() {
        Set<ExerciseId> used = new LinkedHashSet<>(block.exercises());
        for (TrainingSession s : sessions) {
            for (ActivityEntry e : s.entries()) {
                if (e instanceof StrengthEntry strength) {
                    used.add(strength.exercise());
                }
            }
        }
        for (Routine r : routines) {
            for (ActivityEntry e : r.entries()) {
                if (e instanceof StrengthEntry strength) {
                    used.add(strength.exercise());
                }
            }
        }
        return used;
    }
}

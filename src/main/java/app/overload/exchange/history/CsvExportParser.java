package app.overload.exchange.history;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.overload.domain.Checks;
import app.overload.domain.DistanceUnit;
import app.overload.domain.ExerciseId;
import app.overload.domain.InvalidValueException;
import app.overload.domain.MassUnit;
import app.overload.domain.Workout;
import app.overload.exchange.history.RawRows.RawCardio;
import app.overload.exchange.history.RawRows.RawRow;
import app.overload.exchange.history.RawRows.RawSet;

/**
 * What reading a Strong and a Hevy export have in common: the header first, then one row at a time, each bad row
 * reported with its line and the rest kept, a file cut off losing only the workout it broke in, and every row filed
 * the same way as a lifted set, a carry or hold, or cardio. The subclasses know their columns.
 */
abstract class CsvExportParser {

    protected final String file;
    protected final WorkoutDrafts drafts = new WorkoutDrafts();
    protected final List<Problem> problems = new ArrayList<>();
    protected final Changes changes;
    private boolean headerRead;
    private long lastLine;

    protected CsvExportParser(String file) {
        this.file = file;
        this.changes = new Changes(file);
    }

    abstract HistoryFormat format();

    /** Reads the header row; throws {@link HeaderProblem} when it is not this app's. */
    abstract void header(List<String> cells);

    /** Reads one data row into {@link #drafts}; throws on a value it cannot read, naming it. */
    abstract void record(long line, List<String> cells);

    /** The columns of a workout's start and title, or null before the header was read. */
    abstract Integer startColumn();

    abstract Integer titleColumn();

    /** The parsed file, once every row was read: settles the units and builds the workouts. */
    abstract ParsedHistory finish();

    final ParsedHistory run(InputStream in) {
        try {
            CsvRows.read(in, this::row, drafts::broken, changes);
            if (drafts.brokeOff()) {
                problems.add(Problems.endsMidRow(file, drafts.brokenLine(), dropBroken()));
            }
        } catch (HeaderProblem e) {
            return ParsedHistory.unreadable(file, format(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            problems.add(Problems.damagedAfter(file, lastLine, Problems.csvDamage(e), dropBroken()));
        }
        if (!headerRead) {
            return ParsedHistory.unreadable(file, format(), "The file is empty.");
        }
        return finish();
    }

    /** The workouts in {@code mass} and {@code distance} (for rows that name no unit), with all that was noted. */
    protected final ParsedHistory build(MassUnit mass, DistanceUnit distance, String unitNote, boolean needsUnit) {
        Map<ExerciseId, String> names = new LinkedHashMap<>();
        List<Workout> workouts = new ArrayList<>();
        for (WorkoutDraft draft : drafts.all()) {
            Workout w = draft.build(file, mass, distance, names, problems, changes);
            if (w != null) {
                workouts.add(w);
            }
        }
        return new ParsedHistory(file, format(), workouts, names, problems, unitNote, changes.list(), needsUnit);
    }

    private void row(long line, List<String> cells) {
        lastLine = line;
        if (!headerRead) {
            headerRead = true;
            header(cells);
            return;
        }
        if (cells.stream().allMatch(Texts::blank)) {
            return;
        }
        try {
            record(line, cells);
        } catch (NumberFormatException | DateTimeParseException | InvalidValueException e) {
            problems.add(Problem.atLine(file, line, Problems.sentence(e.getMessage())));
        }
    }

    /** Leaves out the workout the file broke off in; see {@link WorkoutDrafts#dropBroken}. */
    private String dropBroken() {
        return headerRead ? drafts.dropBroken(startColumn(), titleColumn()) : null;
    }

    /**
     * Files a row by what it holds, the same for both apps. Reps make a lifted set; a load with a distance or a
     * time and no reps is a carry or hold (a farmer's walk, a weighted plank), never a failed set; distance or
     * time without a load is cardio. A load alone holds nothing the logbook can count, so it is left out with a
     * warning. Nothing in these exports says that a set failed.
     *
     * @return true when the row became a set with a load, whose weight tells something about the file's unit
     */
    protected final boolean add(WorkoutDraft draft, RawRow row) {
        boolean hasReps = row.reps() != null && row.reps() > 0;
        boolean hasWeight = row.weight() != null && row.weight() > 0;
        boolean hasDistance = row.distance() != null && row.distance() > 0;
        boolean hasTime = row.time() != null;
        if (row.reps() != null && row.reps() < 0) {
            throw new InvalidValueException("reps", "Reps must not be negative (were " + row.reps() + ").");
        }
        if (hasReps || (hasWeight && (hasDistance || hasTime))) {
            draft.addSet(row.exercise(), row.setNumber(), new RawSet(row.line(), hasWeight ? row.weight() : 0,
                    row.weightUnit(), hasReps ? row.reps() : 0, row.rpe(), row.kind(), null,
                    hasDistance ? row.distance() : null, row.distanceUnit(), row.time()), row.notes(), changes);
            return hasWeight;
        }
        if (hasWeight) {
            changes.at(row.line(), "The set of \"" + row.exercise() + "\" has a load of "
                    + UnitEvidence.plain(row.weight()) + " but no reps, distance or time, so it holds nothing to"
                    + " count; it was left out.");
            return false;
        }
        if (hasDistance || hasTime) {
            draft.addCardio(new RawCardio(row.line(), row.exercise(), hasDistance ? row.distance() : null,
                    row.distanceUnit(), row.time(), row.rpe(), row.notes()));
            return false;
        }
        throw new InvalidValueException("set", "The set of \"" + row.exercise()
                + "\" has no reps, weight, distance or time.");
    }

    /**
     * A time in seconds, as both apps write it; null for a blank or zero cell. More than the day a set or session
     * may last, or less than nothing, is refused with the column's name.
     */
    static Duration seconds(String cell, String column) {
        Double seconds = Texts.decimal(cell, column);
        if (seconds == null || seconds == 0) {
            return null;
        }
        if (seconds < 0) {
            throw new InvalidValueException("duration", column + " must not be negative (was "
                    + UnitEvidence.plain(seconds) + ").");
        }
        if (seconds > Checks.MAX_DURATION.toSeconds()) {
            throw new InvalidValueException("duration", column + " is " + String.format(Locale.ROOT, "%,.0f",
                    Math.min(seconds, 1e15)) + (seconds > 1e15 ? "+" : "") + " seconds, longer than the 24 hours a set"
                    + " or session may last.");
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** A distance as written, null for a blank or zero cell; less than nothing is refused. */
    static Double distance(String cell, String column) {
        Double value = Texts.decimal(cell, column);
        if (value != null && value < 0) {
            throw new InvalidValueException("distance", column + " must not be negative (was "
                    + UnitEvidence.plain(value) + ").");
        }
        return value == null || value == 0 ? null : value;
    }

    /** The header is not this app's: the whole file is refused, no row is guessed at. */
    static final class HeaderProblem extends RuntimeException {
        HeaderProblem(String message) {
            super(message, null, false, false);
        }
    }
}

package app.overload.exchange.history;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.overload.domain.DistanceUnit;
import app.overload.domain.ExerciseId;
import app.overload.domain.InvalidValueException;
import app.overload.domain.MassUnit;
import app.overload.domain.Rpe;
import app.overload.domain.SetKind;
import app.overload.domain.Workout;
import app.overload.exchange.history.RawRows.RawCardio;
import app.overload.exchange.history.RawRows.RawSet;

/**
 * Reads a Strong export in either layout: the comma layout without unit columns and the semicolon layout with
 * "Weight Unit" and "Distance Unit". Columns are found by their (possibly translated) header, not by position.
 */
final class StrongCsvParser {

    private static final List<StrongColumn> REQUIRED = List.of(StrongColumn.DATE, StrongColumn.WORKOUT_NAME,
            StrongColumn.EXERCISE_NAME, StrongColumn.SET_ORDER, StrongColumn.WEIGHT, StrongColumn.REPS);

    private final String file;
    private final ImportOptions options;
    private final Map<StrongColumn, Integer> columns = new EnumMap<>(StrongColumn.class);
    private final WorkoutDrafts drafts = new WorkoutDrafts();
    private final List<Problem> problems = new ArrayList<>();
    private final UnitGuess guess = new UnitGuess();
    private boolean headerRead;
    private long lastLine;

    private StrongCsvParser(String file, ImportOptions options) {
        this.file = file;
        this.options = options;
    }

    static ParsedHistory parse(String file, InputStream in, ImportOptions options) {
        return new StrongCsvParser(file, options).run(in);
    }

    /** True when the header names the columns a Strong export always has. */
    static boolean looksLikeHeader(List<String> cells) {
        List<StrongColumn> found = cells.stream().map(StrongColumn::of).toList();
        return found.containsAll(REQUIRED);
    }

    private ParsedHistory run(InputStream in) {
        try {
            CsvRows.read(in, this::row, drafts::broken);
            if (drafts.brokeOff()) {
                problems.add(Problems.endsMidRow(file, drafts.brokenLine(), dropBroken()));
            }
        } catch (HeaderProblem e) {
            return ParsedHistory.unreadable(file, HistoryFormat.STRONG_CSV, e.getMessage());
        } catch (IOException | RuntimeException e) {
            problems.add(Problems.damagedAfter(file, lastLine, e, dropBroken()));
        }
        if (!headerRead) {
            return ParsedHistory.unreadable(file, HistoryFormat.STRONG_CSV, "The file is empty.");
        }
        boolean unitInFile = columns.containsKey(StrongColumn.WEIGHT_UNIT);
        MassUnit mass = options.unit() != null ? options.unit() : unitInFile ? MassUnit.KG : guess.unit();
        DistanceUnit distance = mass == MassUnit.LB ? DistanceUnit.MI : DistanceUnit.KM;
        String note = unitInFile ? "" : options.unit() != null
                ? "Weights read as " + (mass == MassUnit.LB ? "pounds" : "kilograms") + " and distances as "
                        + distance.symbol() + ", as chosen."
                : guess.note();
        Map<ExerciseId, String> names = new LinkedHashMap<>();
        List<Workout> workouts = new ArrayList<>();
        for (WorkoutDraft draft : drafts.all()) {
            Workout w = draft.build(file, mass, distance, names, problems);
            if (w != null) {
                workouts.add(w);
            }
        }
        return new ParsedHistory(file, HistoryFormat.STRONG_CSV, workouts, names, problems, note);
    }

    private void row(long line, List<String> cells) {
        lastLine = line;
        if (!headerRead) {
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
        return headerRead ? drafts.dropBroken(columns.get(StrongColumn.DATE), columns.get(StrongColumn.WORKOUT_NAME)) : null;
    }

    private void header(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            StrongColumn c = StrongColumn.of(cells.get(i));
            if (c != null) {
                columns.putIfAbsent(c, i);
            }
        }
        headerRead = true;
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c))
                .map(StrongColumn::englishName).toList();
        if (!missing.isEmpty()) {
            throw new HeaderProblem("The header does not look like a Strong export: no column for "
                    + String.join(", ", missing) + ".");
        }
    }

    private void record(long line, List<String> cells) {
        LocalDateTime start = Dates.parse(cell(cells, StrongColumn.DATE));
        String title = Texts.name(cell(cells, StrongColumn.WORKOUT_NAME));
        WorkoutDraft draft = drafts.of(start, title, () -> new WorkoutDraft("strong", start, title, line));
        String durationCell = columns.containsKey(StrongColumn.DURATION)
                ? cell(cells, StrongColumn.DURATION) : cell(cells, StrongColumn.WORKOUT_DURATION);
        if (draft.duration == null && !Texts.blank(durationCell)) {
            draft.duration = Texts.duration(durationCell);
        }
        String workoutNotes = cell(cells, StrongColumn.WORKOUT_NOTES);
        if (draft.notes.isEmpty() && !Texts.blank(workoutNotes)) {
            draft.notes = workoutNotes;
        }
        String exercise = Texts.name(cell(cells, StrongColumn.EXERCISE_NAME));
        String order = Texts.plainSpaces(cell(cells, StrongColumn.SET_ORDER));
        Double seconds = Texts.decimal(cell(cells, StrongColumn.SECONDS), "Seconds");
        Duration time = seconds == null || seconds <= 0 ? null : Duration.ofMillis(Math.round(seconds * 1000));
        if (isRestTimer(order, exercise)) {
            draft.restTimer(time);
            return;
        }
        if (exercise.isEmpty()) {
            throw new InvalidValueException("exercise", "The exercise name is empty.");
        }
        SetKind kind = SetKind.WORKING;
        Integer number = null;
        switch (order.toUpperCase(Locale.ROOT)) {
            case "W" -> kind = SetKind.WARM_UP;
            case "D" -> kind = SetKind.DROP;
            case "F" -> kind = SetKind.AMRAP; // Strong's "failure set": taken to failure, reps completed
            default -> number = Texts.whole(order, "Set order");
        }
        Double weight = Texts.decimal(cell(cells, StrongColumn.WEIGHT), "Weight");
        Integer reps = Texts.whole(cell(cells, StrongColumn.REPS), "Reps");
        Double distance = Texts.decimal(cell(cells, StrongColumn.DISTANCE), "Distance");
        Rpe rpe = rpe(cell(cells, StrongColumn.RPE));
        String notes = cell(cells, StrongColumn.NOTES);
        boolean lifted = (reps != null && reps > 0) || (weight != null && weight > 0);
        if (lifted) {
            MassUnit unit = massUnit(cell(cells, StrongColumn.WEIGHT_UNIT));
            double load = weight == null ? 0 : weight;
            if (unit == null) {
                guess.observe(load);
            }
            int r = reps == null ? 0 : reps;
            draft.addSet(exercise, number, new RawSet(line, load, unit, r, r == 0, rpe, kind, null), notes);
        } else if ((distance != null && distance > 0) || time != null) {
            draft.addCardio(new RawCardio(line, exercise, distance,
                    distanceUnit(cell(cells, StrongColumn.DISTANCE_UNIT)), time, rpe, notes));
        } else {
            throw new InvalidValueException("set", "The set of \"" + exercise
                    + "\" has no reps, weight, distance or time.");
        }
    }

    /** Strong writes rest as its own row; the set-order cell says so ("Rest Timer", translated). */
    private static boolean isRestTimer(String order, String exercise) {
        String o = order.toLowerCase(Locale.ROOT);
        return o.contains("rest") || o.contains("timer") || o.contains("pause") || o.contains("descanso")
                || o.contains("repos") || o.contains("riposo") || exercise.equalsIgnoreCase("rest timer");
    }

    static Rpe rpe(String text) {
        Double value = Texts.decimal(text, "RPE");
        return value == null || value == 0 ? null : Rpe.of(value);
    }

    static MassUnit massUnit(String text) {
        if (Texts.blank(text)) {
            return null;
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("kg") || s.startsWith("kilo")) {
            return MassUnit.KG;
        }
        if (s.startsWith("lb") || s.startsWith("pound") || s.startsWith("pfund")) {
            return MassUnit.LB;
        }
        throw new InvalidValueException("unit", "Weight unit \"" + Texts.shorten(text) + "\" is not kg or lbs.");
    }

    /** Strong writes km or mi; anything else is reported rather than guessed. */
    static DistanceUnit distanceUnit(String text) {
        if (Texts.blank(text)) {
            return null;
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.equals("km") || s.startsWith("kilom")) {
            return DistanceUnit.KM;
        }
        if (s.equals("mi") || s.startsWith("mile") || s.startsWith("meile")) {
            return DistanceUnit.MI;
        }
        throw new InvalidValueException("unit", "Distance unit \"" + Texts.shorten(text) + "\" is not km or mi.");
    }

    private String cell(List<String> cells, StrongColumn column) {
        Integer i = columns.get(column);
        return i == null || i >= cells.size() ? "" : cells.get(i);
    }

    /** The header is not Strong's: the whole file is refused, no row is guessed at. */
    static final class HeaderProblem extends RuntimeException {
        HeaderProblem(String message) {
            super(message, null, false, false);
        }
    }
}

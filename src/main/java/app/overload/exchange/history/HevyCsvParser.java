package app.overload.exchange.history;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.overload.domain.DistanceUnit;
import app.overload.domain.ExerciseId;
import app.overload.domain.InvalidValueException;
import app.overload.domain.MassUnit;
import app.overload.domain.SetKind;
import app.overload.domain.Workout;
import app.overload.exchange.history.RawRows.RawCardio;
import app.overload.exchange.history.RawRows.RawSet;

/**
 * Reads a Hevy export. Hevy names its units in the header ({@code weight_kg} or {@code weight_lbs},
 * {@code distance_km} or {@code distance_miles}), numbers sets from 0 and writes dates as "28 Mar 2025, 17:29".
 */
final class HevyCsvParser {

    private static final List<String> REQUIRED = List.of("title", "start_time", "exercise_title", "set_index",
            "reps");

    private final String file;
    private final Map<String, Integer> columns = new HashMap<>();
    private final WorkoutDrafts drafts = new WorkoutDrafts();
    private final List<Problem> problems = new ArrayList<>();
    private MassUnit mass = MassUnit.KG;
    private DistanceUnit distance = DistanceUnit.KM;
    private String weightColumn;
    private String distanceColumn;
    private boolean headerRead;
    private long lastLine;

    private HevyCsvParser(String file) {
        this.file = file;
    }

    static ParsedHistory parse(String file, InputStream in) {
        return new HevyCsvParser(file).run(in);
    }

    static boolean looksLikeHeader(List<String> cells) {
        List<String> names = cells.stream().map(c -> Texts.plainSpaces(c).toLowerCase(Locale.ROOT)).toList();
        return names.containsAll(REQUIRED);
    }

    private ParsedHistory run(InputStream in) {
        try {
            CsvRows.read(in, this::row, drafts::broken);
            if (drafts.brokeOff()) {
                problems.add(Problems.endsMidRow(file, drafts.brokenLine(), dropBroken()));
            }
        } catch (StrongCsvParser.HeaderProblem e) {
            return ParsedHistory.unreadable(file, HistoryFormat.HEVY_CSV, e.getMessage());
        } catch (IOException | RuntimeException e) {
            problems.add(Problems.damagedAfter(file, lastLine, e, dropBroken()));
        }
        if (!headerRead) {
            return ParsedHistory.unreadable(file, HistoryFormat.HEVY_CSV, "The file is empty.");
        }
        Map<ExerciseId, String> names = new LinkedHashMap<>();
        List<Workout> workouts = new ArrayList<>();
        for (WorkoutDraft draft : drafts.all()) {
            Workout w = draft.build(file, mass, distance, names, problems);
            if (w != null) {
                workouts.add(w);
            }
        }
        return new ParsedHistory(file, HistoryFormat.HEVY_CSV, workouts, names, problems, "");
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
        return headerRead ? drafts.dropBroken(columns.get("start_time"), columns.get("title")) : null;
    }

    private void header(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            columns.putIfAbsent(Texts.plainSpaces(cells.get(i)).toLowerCase(Locale.ROOT), i);
        }
        headerRead = true;
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new StrongCsvParser.HeaderProblem("The header does not look like a Hevy export: no column "
                    + String.join(", ", missing) + ".");
        }
        weightColumn = columns.containsKey("weight_lbs") ? "weight_lbs" : "weight_kg";
        mass = weightColumn.equals("weight_lbs") ? MassUnit.LB : MassUnit.KG;
        distanceColumn = columns.containsKey("distance_miles") ? "distance_miles" : "distance_km";
        distance = distanceColumn.equals("distance_miles") ? DistanceUnit.MI : DistanceUnit.KM;
    }

    private void record(long line, List<String> cells) {
        String startCell = cell(cells, "start_time");
        LocalDateTime start = Dates.parse(startCell);
        String title = Texts.name(cell(cells, "title"));
        WorkoutDraft draft = drafts.of(start, title, () -> {
            WorkoutDraft d = new WorkoutDraft("hevy", start, title, line);
            d.notes = cell(cells, "description");
            String end = cell(cells, "end_time");
            if (!Texts.blank(end)) {
                d.duration = Duration.between(start, Dates.parse(end));
            }
            return d;
        });
        String exercise = Texts.name(cell(cells, "exercise_title"));
        if (exercise.isEmpty()) {
            throw new InvalidValueException("exercise", "The exercise title is empty.");
        }
        Integer index = Texts.whole(cell(cells, "set_index"), "set_index");
        SetKind kind = switch (cell(cells, "set_type").strip().toLowerCase(Locale.ROOT)) {
            case "warmup", "warm_up", "warm-up" -> SetKind.WARM_UP;
            case "dropset", "drop_set", "drop" -> SetKind.DROP;
            case "failure" -> SetKind.AMRAP; // taken to failure: the reps were done, none were left
            default -> SetKind.WORKING;
        };
        Double weight = Texts.decimal(cell(cells, weightColumn), weightColumn);
        Integer reps = Texts.whole(cell(cells, "reps"), "reps");
        Double km = Texts.decimal(cell(cells, distanceColumn), distanceColumn);
        Double seconds = Texts.decimal(cell(cells, "duration_seconds"), "duration_seconds");
        Duration time = seconds == null || seconds <= 0 ? null : Duration.ofMillis(Math.round(seconds * 1000));
        var rpe = StrongCsvParser.rpe(cell(cells, "rpe"));
        String notes = cell(cells, "exercise_notes");
        if ((reps != null && reps > 0) || (weight != null && weight > 0)) {
            int r = reps == null ? 0 : reps;
            draft.addSet(exercise, index, new RawSet(line, weight == null ? 0 : weight, null, r, r == 0, rpe, kind,
                    null), null);
            draft.addExerciseNote(notes);
        } else if ((km != null && km > 0) || time != null) {
            draft.addCardio(new RawCardio(line, exercise, km, null, time, rpe, notes));
        } else {
            throw new InvalidValueException("set", "The set of \"" + exercise
                    + "\" has no reps, weight, distance or time.");
        }
    }

    private String cell(List<String> cells, String column) {
        Integer i = columns.get(column);
        return i == null || i >= cells.size() ? "" : cells.get(i);
    }
}

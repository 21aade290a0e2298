package app.overload.exchange.history;

import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.overload.domain.DistanceUnit;
import app.overload.domain.InvalidValueException;
import app.overload.domain.MassUnit;
import app.overload.domain.SetKind;
import app.overload.exchange.history.RawRows.RawRow;

/**
 * Reads a Hevy export. Hevy names its units in the header ({@code weight_kg} or {@code weight_lbs},
 * {@code distance_km} or {@code distance_miles}), numbers sets from 0 and writes dates as "28 Mar 2025, 17:29".
 * A carry is a row with a weight and a distance and no reps (Farmers Walk, 40 kg, 0.04 km).
 */
final class HevyCsvParser extends CsvExportParser {

    private static final List<String> REQUIRED = List.of("title", "start_time", "exercise_title", "set_index",
            "reps");

    private final Map<String, Integer> columns = new HashMap<>();
    private MassUnit mass = MassUnit.KG;
    private DistanceUnit distance = DistanceUnit.KM;
    private String weightColumn;
    private String distanceColumn;

    private HevyCsvParser(String file) {
        super(file);
    }

    static ParsedHistory parse(String file, InputStream in) {
        return new HevyCsvParser(file).run(in);
    }

    static boolean looksLikeHeader(List<String> cells) {
        List<String> names = cells.stream().map(c -> Texts.plainSpaces(c).toLowerCase(Locale.ROOT)).toList();
        return names.containsAll(REQUIRED);
    }

    @Override
    HistoryFormat format() {
        return HistoryFormat.HEVY_CSV;
    }

    @Override
    Integer startColumn() {
        return columns.get("start_time");
    }

    @Override
    Integer titleColumn() {
        return columns.get("title");
    }

    @Override
    void header(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            columns.putIfAbsent(Texts.plainSpaces(cells.get(i)).toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new HeaderProblem("The header does not look like a Hevy export: no column "
                    + String.join(", ", missing) + ".");
        }
        weightColumn = columns.containsKey("weight_lbs") ? "weight_lbs" : "weight_kg";
        mass = weightColumn.equals("weight_lbs") ? MassUnit.LB : MassUnit.KG;
        distanceColumn = columns.containsKey("distance_miles") ? "distance_miles" : "distance_km";
        distance = distanceColumn.equals("distance_miles") ? DistanceUnit.MI : DistanceUnit.KM;
    }

    @Override
    void record(long line, List<String> cells) {
        LocalDateTime start = Dates.parse(cell(cells, "start_time"));
        String title = changes.name(line, "Workout name", cell(cells, "title"));
        WorkoutDraft draft = drafts.of(start, title, () -> {
            WorkoutDraft d = new WorkoutDraft("hevy", start, title, line);
            d.notes = cell(cells, "description");
            String end = cell(cells, "end_time");
            if (!Texts.blank(end)) {
                d.duration = Duration.between(start, Dates.parse(end));
                d.durationText = cell(cells, "start_time") + " to " + end;
            }
            return d;
        });
        String exercise = changes.name(line, "Exercise name", cell(cells, "exercise_title"));
        if (exercise.isEmpty()) {
            throw new InvalidValueException("exercise", "The exercise title is empty.");
        }
        SetKind kind = switch (cell(cells, "set_type").strip().toLowerCase(Locale.ROOT)) {
            case "warmup", "warm_up", "warm-up" -> SetKind.WARM_UP;
            case "dropset", "drop_set", "drop" -> SetKind.DROP;
            case "failure" -> SetKind.AMRAP; // taken to failure: the reps were done, none were left
            default -> SetKind.WORKING;
        };
        add(draft, new RawRow(line, exercise, Texts.whole(cell(cells, "set_index"), "set_index"), kind,
                Texts.decimal(cell(cells, weightColumn), weightColumn), null,
                Texts.whole(cell(cells, "reps"), "reps"), distance(cell(cells, distanceColumn), distanceColumn),
                null, seconds(cell(cells, "duration_seconds"), "duration_seconds"),
                StrongCsvParser.rpe(cell(cells, "rpe")), cell(cells, "exercise_notes")));
    }

    @Override
    ParsedHistory finish() {
        return build(mass, distance, "", false);
    }

    private String cell(List<String> cells, String column) {
        Integer i = columns.get(column);
        return i == null || i >= cells.size() ? "" : cells.get(i);
    }
}

package app.overload.exchange.history;

import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import app.overload.domain.DistanceUnit;
import app.overload.domain.InvalidValueException;
import app.overload.domain.MassUnit;
import app.overload.domain.Rpe;
import app.overload.domain.SetKind;
import app.overload.exchange.history.RawRows.RawRow;

/**
 * Reads a Strong export in either layout: the older semicolon layout with "Weight Unit" and "Distance Unit" on each
 * row, and the newer comma layout without them. Columns are found by their (possibly translated) header, not by
 * position, so a file with or without the unit columns reads with either separator. Where the rows do not name
 * their unit, {@link UnitEvidence} tells it from the loads, or the user is asked.
 */
final class StrongCsvParser extends CsvExportParser {

    private static final List<StrongColumn> REQUIRED = List.of(StrongColumn.DATE, StrongColumn.WORKOUT_NAME,
            StrongColumn.EXERCISE_NAME, StrongColumn.SET_ORDER, StrongColumn.WEIGHT, StrongColumn.REPS);

    private final ImportOptions options;
    private final Map<StrongColumn, Integer> columns = new EnumMap<>(StrongColumn.class);
    private final UnitEvidence evidence = new UnitEvidence();
    /** The units the rows name, and the lines of loads and distances that name none. */
    private final Set<MassUnit> statedUnits = EnumSet.noneOf(MassUnit.class);
    private final TreeSet<Long> unitlessLines = new TreeSet<>();

    private StrongCsvParser(String file, ImportOptions options) {
        super(file);
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

    @Override
    HistoryFormat format() {
        return HistoryFormat.STRONG_CSV;
    }

    @Override
    Integer startColumn() {
        return columns.get(StrongColumn.DATE);
    }

    @Override
    Integer titleColumn() {
        return columns.get(StrongColumn.WORKOUT_NAME);
    }

    @Override
    void header(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            StrongColumn c = StrongColumn.of(cells.get(i));
            if (c != null) {
                columns.putIfAbsent(c, i);
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c))
                .map(StrongColumn::englishName).toList();
        if (!missing.isEmpty()) {
            throw new HeaderProblem("The header does not look like a Strong export: no column for "
                    + String.join(", ", missing) + ".");
        }
    }

    @Override
    void record(long line, List<String> cells) {
        LocalDateTime start = Dates.parse(cell(cells, StrongColumn.DATE));
        String title = changes.name(line, "Workout name", cell(cells, StrongColumn.WORKOUT_NAME));
        WorkoutDraft draft = drafts.of(start, title, () -> new WorkoutDraft("strong", start, title, line));
        String durationCell = columns.containsKey(StrongColumn.DURATION)
                ? cell(cells, StrongColumn.DURATION) : cell(cells, StrongColumn.WORKOUT_DURATION);
        if (draft.duration == null && !Texts.blank(durationCell)) {
            draft.duration = Texts.duration(durationCell);
            draft.durationText = durationCell;
        }
        String workoutNotes = cell(cells, StrongColumn.WORKOUT_NOTES);
        if (draft.notes.isEmpty() && !Texts.blank(workoutNotes)) {
            draft.notes = workoutNotes;
        }
        String exercise = changes.name(line, "Exercise name", cell(cells, StrongColumn.EXERCISE_NAME));
        String order = Texts.plainSpaces(cell(cells, StrongColumn.SET_ORDER));
        Duration time = seconds(cell(cells, StrongColumn.SECONDS), "Seconds");
        if (isRestTimer(order, exercise)) {
            draft.restTimer(line, time, changes);
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
        Double distance = distance(cell(cells, StrongColumn.DISTANCE), "Distance");
        MassUnit unit = massUnit(cell(cells, StrongColumn.WEIGHT_UNIT));
        DistanceUnit distanceUnit = distanceUnit(cell(cells, StrongColumn.DISTANCE_UNIT));
        RawRow row = new RawRow(line, exercise, number, kind, weight, unit,
                Texts.whole(cell(cells, StrongColumn.REPS), "Reps"), distance, distanceUnit, time,
                rpe(cell(cells, StrongColumn.RPE)), cell(cells, StrongColumn.NOTES));
        boolean loaded = add(draft, row);
        if (unit != null && weight != null && weight > 0) {
            statedUnits.add(unit);
        }
        if ((loaded && unit == null) || (distance != null && distanceUnit == null)) {
            unitlessLines.add(line);
        }
        if (loaded && unit == null) {
            evidence.observe(exercise, weight, line);
        }
    }

    /**
     * Settles the unit of the rows that name none: as the user chose; else the one unit every other row names;
     * else as the loads tell; else the user is asked, and nothing of the file is imported until then.
     */
    @Override
    ParsedHistory finish() {
        if (unitlessLines.isEmpty()) {
            return build(MassUnit.KG, DistanceUnit.KM, "", false);
        }
        UnitEvidence.Verdict verdict = evidence.verdict();
        if (options.unit() != null) {
            MassUnit unit = options.unit();
            String against = verdict instanceof UnitEvidence.Told told && told.unit() != unit
                    ? " The loads point to " + name(told.unit()) + " instead: " + told.evidence() + "." : "";
            return build(unit, distanceOf(unit), readAs(unit) + ", as chosen." + against, false);
        }
        if (statedUnits.size() == 1) {
            MassUnit unit = statedUnits.iterator().next();
            changes.at(unitlessLines.first(), unitlessLines.size() + (unitlessLines.size() == 1 ? " row names"
                    : " rows name") + " no unit (from this line on); read as " + unit.symbol() + " like every other"
                    + " row of the file.");
            return build(unit, distanceOf(unit), "", false);
        }
        if (verdict instanceof UnitEvidence.Told told) {
            return build(told.unit(), distanceOf(told.unit()), readAs(told.unit()) + ", told from the loads: "
                    + told.evidence() + ". Choose the unit if that is wrong.", false);
        }
        String why = evidence.sawLoads() ? ((UnitEvidence.Untold) verdict).why()
                : "it has distances but no loads to tell them from";
        return build(MassUnit.KG, DistanceUnit.KM, "The file does not say whether its weights are kilograms or pounds"
                + " (and its distances km or miles), and " + why + ". Choose the unit.", true);
    }

    private static String readAs(MassUnit unit) {
        return "Weights read as " + name(unit) + " and distances as " + (unit == MassUnit.LB ? "miles" : "km");
    }

    private static String name(MassUnit unit) {
        return unit == MassUnit.LB ? "pounds" : "kilograms";
    }

    private static DistanceUnit distanceOf(MassUnit unit) {
        return unit == MassUnit.LB ? DistanceUnit.MI : DistanceUnit.KM;
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
}

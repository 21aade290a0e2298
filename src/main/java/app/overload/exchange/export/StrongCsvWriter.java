package app.overload.exchange.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import app.overload.domain.ActivityEntry;
import app.overload.domain.Distance;
import app.overload.domain.DistanceUnit;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.ExerciseNames;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.Modality;
import app.overload.domain.Rpe;
import app.overload.domain.Session;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TimedEntry;

/**
 * Writes sessions as a CSV in Strong's layout that names the unit on every row (semicolons, "Weight Unit" and
 * "Distance Unit" columns), so other apps that read Strong exports read it, and no reader has to guess whether 100
 * means kilograms or pounds. One row per set; rest before a set is a "Rest Timer" row, as Strong writes it; runs,
 * rides and timed activities are rows with seconds and no reps. What the layout has no column for (session RPE, a
 * training session's block and purpose, heart rate, intervals) is left out: docs/exports.md lists it, and the JSON
 * export keeps everything.
 */
public final class StrongCsvWriter {

    /** Strong's column names, in its order. */
    public static final List<String> HEADER = List.of("Date", "Workout Name", "Exercise Name", "Set Order", "Weight",
            "Weight Unit", "Reps", "RPE", "Distance", "Distance Unit", "Seconds", "Notes", "Workout Notes",
            "Workout Duration");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final char SEPARATOR = ';';

    private final Writer out;
    private final ExerciseNames names;
    private final MassUnit mass;
    private final DistanceUnit distance;
    private final SessionTitles titles;
    private final String[] row = new String[HEADER.size()];
    private final StringBuilder line = new StringBuilder(256);
    private long rows;

    /**
     * @param mass     the unit loads are written in where they read back exactly in it (else the other one)
     * @param distance the same for distances
     */
    public StrongCsvWriter(OutputStream out, ExerciseNames names, MassUnit mass, DistanceUnit distance,
            SessionTitles titles) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        this.names = names;
        this.mass = mass;
        this.distance = distance;
        this.titles = titles;
    }

    public void header() throws IOException {
        for (int i = 0; i < HEADER.size(); i++) {
            if (i > 0) {
                out.write(SEPARATOR);
            }
            out.write(HEADER.get(i));
        }
        out.write('\n');
    }

    public void write(Session session) throws IOException {
        String date = DATE.format(session.start());
        String title = titles.of(session);
        String duration = duration(session.duration());
        for (ActivityEntry entry : session.entries()) {
            if (entry instanceof StrengthEntry s) {
                strength(s, date, title, session.notes(), duration);
            } else if (entry instanceof EnduranceEntry e) {
                begin(date, title, session.notes(), duration, exerciseName(e.modality()));
                if (e.distance() != null && !e.distance().isZero()) {
                    String[] d = distance(e.distance());
                    row[8] = d[0];
                    row[9] = d[1];
                }
                row[10] = ExactNumbers.seconds(e.duration());
                row[11] = e.notes();
                emit();
            } else {
                TimedEntry t = (TimedEntry) entry;
                begin(date, title, session.notes(), duration, t.activity());
                row[7] = rpe(t.effort());
                row[10] = ExactNumbers.seconds(t.duration());
                row[11] = t.notes();
                emit();
            }
        }
    }

    /** Flushes what is buffered; the caller closes the stream. */
    public void finish() throws IOException {
        out.flush();
    }

    /** Rows written so far, the header not counted. */
    public long rows() {
        return rows;
    }

    private void strength(StrengthEntry entry, String date, String title, String notes, String duration)
            throws IOException {
        String exercise = names.nameOf(entry.exercise());
        int working = 0;
        boolean first = true;
        for (StrengthSet set : entry.sets()) {
            if (set.restBefore() != null && !set.restBefore().isZero()) {
                begin(date, title, notes, duration, exercise);
                row[3] = "Rest Timer";
                row[10] = ExactNumbers.seconds(set.restBefore());
                emit();
            }
            begin(date, title, notes, duration, exercise);
            row[3] = setOrder(set.kind(), set.kind() == SetKind.WORKING ? ++working : 0);
            String[] load = load(set.load().kilograms());
            row[4] = load[0];
            row[5] = load[1];
            row[6] = Integer.toString(set.reps());
            row[7] = rpe(set.rpe());
            row[10] = "0";
            row[11] = first ? entry.notes() : "";
            first = false;
            emit();
        }
    }

    /** Strong's set order: a number for working sets, W warm-up, D drop set, F failure (our AMRAP). */
    static String setOrder(SetKind kind, int number) {
        switch (kind) {
            case WARM_UP: return "W";
            case DROP: return "D";
            case AMRAP: return "F";
            default: return Integer.toString(number);
        }
    }

    /** The names Strong (and our import) give cardio exercises, one per modality. */
    static String exerciseName(Modality modality) {
        switch (modality) {
            case RUN: return "Running";
            case WALK: return "Walking";
            case RIDE: return "Cycling";
            case ROW: return "Rowing";
            case SWIM: return "Swimming";
            case STAIRS: return "Stair Climber";
            case ELLIPTICAL: return "Elliptical Trainer";
            default: return "Cardio";
        }
    }

    /** A load as number and unit: in the preferred unit when it reads back exactly as typed, else exactly. */
    private String[] load(double kilograms) {
        MassUnit other = mass == MassUnit.KG ? MassUnit.LB : MassUnit.KG;
        for (MassUnit unit : new MassUnit[] {mass, other}) {
            String clean = ExactNumbers.clean(kilograms, factor(unit), 3);
            if (clean != null) {
                return new String[] {clean, symbol(unit)};
            }
        }
        String exact = ExactNumbers.exact(kilograms, factor(mass));
        return exact != null ? new String[] {exact, symbol(mass)}
                : new String[] {ExactNumbers.exact(kilograms, 1), symbol(MassUnit.KG)};
    }

    private String[] distance(Distance d) {
        DistanceUnit other = distance == DistanceUnit.KM ? DistanceUnit.MI : DistanceUnit.KM;
        for (DistanceUnit unit : new DistanceUnit[] {distance, other}) {
            String clean = ExactNumbers.clean(d.metres(), unit.metres(), 3);
            if (clean != null) {
                return new String[] {clean, unit.symbol()};
            }
        }
        for (DistanceUnit unit : new DistanceUnit[] {distance, other}) {
            String exact = ExactNumbers.exact(d.metres(), unit.metres());
            if (exact != null) {
                return new String[] {exact, unit.symbol()};
            }
        }
        // No decimal reads back bit for bit: the nearest, a billionth of a metre off.
        return new String[] {ExactNumbers.plain(BigDecimal.valueOf(d.in(distance))), distance.symbol()};
    }

    private static double factor(MassUnit unit) {
        return unit == MassUnit.KG ? 1 : Mass.KILOGRAMS_PER_POUND;
    }

    /** Strong writes pounds as "lbs". */
    private static String symbol(MassUnit unit) {
        return unit == MassUnit.KG ? "kg" : "lbs";
    }

    private static String rpe(Rpe rpe) {
        return rpe == null ? "" : ExactNumbers.plain(BigDecimal.valueOf(rpe.value()));
    }

    /** "1h 5m", "45m", "1h 5m 12s": Strong's way, with seconds so nothing is rounded away. */
    static String duration(Duration duration) {
        long millis = duration.toMillis();
        long hours = millis / 3_600_000;
        long minutes = millis / 60_000 % 60;
        Duration rest = Duration.ofMillis(millis % 60_000);
        StringBuilder text = new StringBuilder();
        if (hours > 0) {
            text.append(hours).append('h');
        }
        if (minutes > 0) {
            text.append(text.length() > 0 ? " " : "").append(minutes).append('m');
        }
        if (!rest.isZero() || text.length() == 0) {
            text.append(text.length() > 0 ? " " : "").append(ExactNumbers.seconds(rest)).append('s');
        }
        return text.toString();
    }

    private void begin(String date, String title, String notes, String duration, String exercise) {
        Arrays.fill(row, "");
        row[0] = date;
        row[1] = title;
        row[2] = exercise;
        row[12] = notes;
        row[13] = duration;
    }

    /**
     * Text columns are always quoted, as Strong does; numbers only if they would need it (they never do). A row is
     * built whole and handed to the writer once: ten years are 165,000 rows.
     */
    private void emit() throws IOException {
        StringBuilder line = this.line;
        line.setLength(0);
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                line.append(SEPARATOR);
            }
            String cell = row[i];
            boolean text = i == 1 || i == 2 || i == 11 || i == 12;
            if (text || needsQuotes(cell)) {
                line.append('"');
                line.append(cell.indexOf('"') < 0 ? cell : cell.replace("\"", "\"\""));
                line.append('"');
            } else {
                line.append(cell);
            }
        }
        line.append('\n');
        out.append(line);
        rows++;
    }

    private static boolean needsQuotes(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == SEPARATOR || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}

package app.overload.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import app.overload.exchange.history.FormatDetector;
import app.overload.exchange.history.HistoryFormat;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Tells what a file is when it is not what the import it was given to reads: another app's program, workout or
 * export, an archive, a logbook, or the other kind of Overload file. Both imports (block files and history), on the
 * command line and in the app, ask here before they give up, so a Garmin export or a Liftosaur program is named as
 * such with what Overload can read instead, rather than refused for lacking a field it was never going to have.
 * Only the start of a file is looked at; the shapes are those the apps write (their field names and headers).
 */
public final class OtherAppFiles {

    /** The first bytes are enough: every shape below names itself near the top. */
    public static final int PEEK_BYTES = 64 * 1024;
    /** Field names gathered from a JSON file at most; a real export names its kind long before. */
    private static final int MAX_TOKENS = 20_000;

    private static final String AS_HISTORY = "Import it as history: overload import-history (in the app, Logbook → "
            + "Import history…).";
    private static final String AS_BLOCK = "Import it with overload import (in the app, Logbook → Import a training "
            + "block…).";
    private static final String ACTIVITIES = "Overload reads the activities you did as FIT, GPX or TCX files, and "
            + "lifting history as Strong or Hevy CSV exports.";
    private static final String PLANS = "Overload cannot read plans made in other apps: set the block up under Blocks "
            + "→ New block (templates include linear 5×5, 5/3/1, 5 km and half marathon), or ask for an Overload block "
            + "file. " + ACTIVITIES;

    private OtherAppFiles() {
    }

    /** What kind of file it turned out to be. */
    public enum Kind {
        /** An Overload block file (given to the history import). */
        BLOCK_FILE,
        /** A history file Overload reads (given to the block import). */
        HISTORY_FILE,
        /** Something another app wrote that Overload does not read. */
        OTHER_APP
    }

    /**
     * A file told apart.
     *
     * @param what    what it is, to follow "this is": "a Garmin Connect export of activity summaries"
     * @param instead what to do instead, one or two sentences
     */
    public record Recognised(Kind kind, String what, String instead) {

        /** "name is a Liftosaur program, not X. Overload cannot read …". */
        public String sentence(String fileName, String notWhat) {
            return fileName + " is " + what + ", not " + notWhat + ". " + instead;
        }
    }

    /** What the file whose first {@code length} bytes are {@code head} is, when it is one of the known shapes. */
    public static Optional<Recognised> recognise(byte[] head, int length, String fileName) {
        int n = Math.min(length, head.length);
        if (n <= 0) {
            return Optional.empty();
        }
        Optional<Recognised> binary = binary(head, n);
        if (binary.isPresent()) {
            return binary;
        }
        Optional<HistoryFormat> history = FormatDetector.detect(head, n, fileName);
        if (history.isPresent()) {
            return Optional.of(new Recognised(Kind.HISTORY_FILE, article(history.get()) + " file, history from another "
                    + "app or a watch", AS_HISTORY));
        }
        String text = new String(head, 0, n, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (text.startsWith("{") || text.startsWith("[")) {
            return json(head, n);
        }
        if (text.startsWith("<")) {
            return xml(text);
        }
        return plainText(text);
    }

    private static Optional<Recognised> binary(byte[] b, int n) {
        if (n >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return other("a ZIP archive (Garmin, Strava and Apple Health send their exports as one)", "Unpack it and "
                    + "import the FIT, GPX or TCX files inside (Garmin: DI_CONNECT/DI-Connect-Uploaded-Files; Strava: "
                    + "activities; Apple Health: workout-routes).");
        }
        if (n >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) {
            return other("compressed with gzip (Strava's export keeps its activities as .fit.gz or .gpx.gz)",
                    "Unpack it first (1234.gpx.gz becomes 1234.gpx), then import the file inside.");
        }
        if (n >= 16 && new String(b, 0, 16, StandardCharsets.ISO_8859_1).equals("SQLite format 3\0")) {
            return other("an SQLite database, such as an Overload logbook", "Open a logbook with --db PATH, or put a "
                    + "backup back with overload restore.");
        }
        if (n >= 5 && new String(b, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return other("a PDF document", "A training plan on paper has to be typed in under Blocks → New block.");
        }
        return Optional.empty();
    }

    private static Optional<Recognised> json(byte[] head, int n) {
        Shape shape = Shape.of(head, n);
        Set<String> keys = shape.keys;
        if ("overload-block".equals(shape.format)) {
            return Optional.of(new Recognised(Kind.BLOCK_FILE, "an Overload block file (a training block)",
                    AS_BLOCK));
        }
        if (app.overload.exchange.HistoryFormat.NAME.equals(shape.format)) {
            return Optional.of(new Recognised(Kind.HISTORY_FILE, "an Overload history file (what Export history "
                    + "writes as JSON)", AS_HISTORY));
        }
        if (keys.contains("program") && keys.contains("customExercises")) {
            return other("a Liftosaur program", PLANS);
        }
        // A backup starts with its history, so its programs may lie beyond the part looked at.
        if ((keys.contains("programs") && keys.contains("tempUserId"))
                || (keys.contains("completedReps") && (keys.contains("programName") || keys.contains("programs")))) {
            return other("a Liftosaur backup (its programs and history)", "Overload cannot read Liftosaur's files. "
                    + ACTIVITIES);
        }
        if (keys.contains("summarizedActivitiesExport")) {
            return other("a Garmin Connect export of activity summaries, which has no sets, laps or tracks",
                    "Import the activities' FIT files instead: in the same export under "
                            + "DI_CONNECT/DI-Connect-Uploaded-Files, or one at a time with Export Original in Garmin "
                            + "Connect.");
        }
        if (keys.contains("workoutSegments")) {
            return other("a Garmin Connect workout, a plan rather than what was done", PLANS);
        }
        if (keys.contains("activityId") && (keys.contains("activityName") || keys.contains("activityTypeDTO")
                || keys.contains("summaryDTO"))) {
            return other("a Garmin Connect activity in JSON", "Export the activity with Export Original (a FIT file), "
                    + "or as GPX or TCX, and import that.");
        }
        if (keys.contains("workout_doc") || keys.stream().anyMatch(k -> k.startsWith("icu_"))) {
            return other("an intervals.icu workout or activity in JSON", "Download the activity's original file "
                    + "(FIT, GPX or TCX) from intervals.icu and import that. " + PLANS);
        }
        if (keys.contains("primaryIntensityMetric") || keys.contains("primaryLengthMetric")
                || keys.contains("workoutTypeValueId") || keys.contains("tssPlanned")
                || keys.contains("totalTimePlanned")) {
            return other("a TrainingPeaks workout", "Download the completed workout's file (FIT, GPX or TCX) from "
                    + "TrainingPeaks and import that. " + PLANS);
        }
        if (keys.contains("resource_state") && (keys.contains("sport_type") || keys.contains("moving_time"))) {
            return other("a Strava activity in JSON", "Export it with Export GPX or Export Original on the activity "
                    + "in Strava, and import that file.");
        }
        if (keys.contains("exportVersion") && (keys.contains("exercises") || keys.contains("samples"))) {
            return other("a Polar Flow export", "Export the session as TCX, GPX or FIT from Polar Flow and import "
                    + "that.");
        }
        if (keys.contains("logId") && keys.contains("activityName")) {
            return other("a Fitbit exercise export", "Export the activity as TCX from Fitbit and import that.");
        }
        return Optional.empty();
    }

    private static Optional<Recognised> xml(String text) {
        if (text.contains("<workout_file")) {
            return other("a structured workout for Zwift (.zwo), as intervals.icu and TrainingPeaks write them",
                    PLANS);
        }
        if (text.contains("<HealthData")) {
            return other("an Apple Health export", "Overload reads the GPX files of its workout-routes folder; the "
                    + "health data itself it does not read.");
        }
        return Optional.empty();
    }

    private static Optional<Recognised> plainText(String text) {
        if (text.startsWith("[COURSE HEADER]")) {
            return other("an ERG or MRC workout for an indoor trainer", PLANS);
        }
        int newline = text.indexOf('\n');
        String first = (newline >= 0 ? text.substring(0, newline) : text).toLowerCase(Locale.ROOT);
        List<String> cells = List.of(first.replace("\r", "").split("[,;\\t]", -1)).stream()
                .map(c -> c.strip().replaceAll("^\"|\"$", "")).toList();
        if (cells.containsAll(List.of("workout datetime", "exercise", "is warmup set?"))) {
            return other("a Liftosaur history export (CSV)", "Overload cannot read Liftosaur's columns. "
                    + ACTIVITIES);
        }
        if (cells.containsAll(List.of("date", "exercise", "category", "reps")) && cells.stream()
                .anyMatch(c -> c.startsWith("weight ("))) {
            return other("a FitNotes export (CSV)", "Overload cannot read FitNotes' columns. " + ACTIVITIES);
        }
        if (cells.containsAll(List.of("activity id", "activity date", "activity name", "activity type"))) {
            return other("Strava's list of activities (activities.csv), which has no sets, laps or tracks",
                    "Import the files of the activities folder of the same export (FIT, GPX or TCX; unpack the .gz "
                            + "ones first).");
        }
        if (cells.containsAll(List.of("activity type", "date", "title", "distance"))) {
            return other("a Garmin Connect list of activities (CSV), which has no sets, laps or tracks",
                    "Export each activity with Export Original (a FIT file) in Garmin Connect and import those.");
        }
        if (cells.containsAll(List.of("title", "workouttype", "workoutday"))) {
            return other("a TrainingPeaks list of workouts (CSV)", "Download each completed workout's file (FIT, GPX "
                    + "or TCX) from TrainingPeaks and import those. " + PLANS);
        }
        return Optional.empty();
    }

    private static Optional<Recognised> other(String what, String instead) {
        return Optional.of(new Recognised(Kind.OTHER_APP, what, instead));
    }

    private static String article(HistoryFormat format) {
        String label = format.label();
        return ("AEIOU".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }

    /** The field names of a JSON file's first part, at any depth, and its top-level "format", if any. */
    private static final class Shape {
        private final Set<String> keys = new HashSet<>();
        private String format;

        static Shape of(byte[] head, int n) {
            Shape shape = new Shape();
            try (JsonParser parser = new JsonFactory().createParser(head, 0, n)) {
                for (int i = 0; i < MAX_TOKENS; i++) {
                    JsonToken token = parser.nextToken();
                    if (token == null) {
                        break;
                    }
                    if (token == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        shape.keys.add(name);
                        if (name.equals("format") && parser.getParsingContext().getParent().inRoot()
                                && parser.nextToken() == JsonToken.VALUE_STRING) {
                            shape.format = parser.getText();
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                // The head may end mid-value or the file may be damaged: what was read so far is the evidence.
            }
            return shape;
        }
    }
}

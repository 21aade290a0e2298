package app.overload.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.overload.domain.ActivityEntry;
import app.overload.domain.BlockId;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Purpose;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.Workout;
import app.overload.exchange.HistoryDocument.HistorySessionJson;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Reads history files with the same suspicion as block files: the size is checked first, values are not coerced,
 * every value passes the domain's checks, and every refusal is a {@link BlockFileException} that names the JSON path,
 * line and column. A file is read whole or not at all.
 */
public final class HistoryFileReader {

    private static final JsonPath ROOT = JsonPath.ROOT;
    private static final Pattern HISTORY_HEAD = Pattern.compile("\"format\"\\s*:\\s*\"" + HistoryFormat.NAME + "\"");

    private final long maxBytes;

    public HistoryFileReader() {
        this(HistoryFormat.MAX_BYTES);
    }

    /** A reader with a lower size limit, for tests. */
    public HistoryFileReader(long maxBytes) {
        if (maxBytes < 1 || maxBytes > HistoryFormat.MAX_BYTES) {
            throw new IllegalArgumentException("The size limit must be between 1 byte and " + HistoryFormat.MAX_BYTES);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * True when the file starts like a history file (its format named in the first 4 KB, as this app writes it);
     * the front ends use it to tell a history file from a block file or another app's export.
     */
    public static boolean looksLikeHistory(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return HISTORY_HEAD.matcher(new String(in.readNBytes(4096), StandardCharsets.UTF_8)).find();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public HistoryFile read(Path file) {
        String source = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw BlockFileException.whole(source + " is a folder, not a history file.", null);
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw BlockFileException.whole(source + " is too large to be a history file (" + size / 1048576
                        + " MB; the limit is " + maxBytes / 1048576 + " MB).", null);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw BlockFileException.whole("There is no file " + file + ".", e);
        } catch (IOException e) {
            throw BlockFileException.whole("Cannot read " + file + ": " + BlockFileWriter.describe(e), e);
        }
        return parse(bytes, source);
    }

    HistoryFile parse(byte[] bytes, String source) {
        Warnings warnings = new Warnings();
        Locator locator = new Locator(bytes);
        try {
            String version = header(bytes, warnings);
            UnknownFields unknown = new UnknownFields(warnings);
            HistoryDocument document = HistoryFormat.json().readerFor(HistoryDocument.class).withHandler(unknown)
                    .readValue(bytes);
            return contents(document, source, version, warnings, locator);
        } catch (BlockFileException e) {
            throw e.unlocated() != null ? e.locatedAt(locator.place(e.unlocated())) : e;
        } catch (JsonProcessingException e) {
            throw JsonErrors.translate(e, locator);
        } catch (IOException e) {
            throw BlockFileException.whole("Cannot read " + source + ": " + BlockFileWriter.describe(e), e);
        }
    }

    private HistoryFile contents(HistoryDocument document, String source, String version, Warnings warnings,
            Locator locator) {
        BlockFromJson blocks = new BlockFromJson(warnings);
        PlanFromJson plans = new PlanFromJson(warnings);
        SessionsFromJson entries = new SessionsFromJson(warnings);
        List<Exercise> exercises = Values.list(document.exercises(), ROOT.field("exercises"), blocks::exercise);
        Map<ExerciseId, Exercise> described = new HashMap<>();
        for (int i = 0; i < exercises.size(); i++) {
            if (described.putIfAbsent(exercises.get(i).id(), exercises.get(i)) != null) {
                throw BlockFileException.at(ROOT.field("exercises").index(i).field("key"),
                        "The exercise \"" + exercises.get(i).id() + "\" is described twice.");
            }
        }
        List<TrainingBlock> readBlocks = Values.list(document.blocks(), ROOT.field("blocks"), (json, at) -> {
            List<PlannedSession> plan = Values.list(json.plan(), at.field("plan"), plans::planned);
            return blocks.block(Values.required(json.block(), at.field("block")), plan, at.field("block"));
        });
        Map<BlockId, TrainingBlock> byId = new LinkedHashMap<>();
        for (int i = 0; i < readBlocks.size(); i++) {
            TrainingBlock b = readBlocks.get(i);
            if (byId.putIfAbsent(b.id(), b) != null) {
                throw BlockFileException.at(ROOT.field("blocks").index(i).field("block").field("id"),
                        "The block " + b.id() + " appears twice.");
            }
            for (ExerciseId used : b.exercises()) {
                known(used, ROOT.field("blocks").index(i), described);
            }
        }
        List<Session> sessions = Values.list(document.sessions(), ROOT.field("sessions"),
                (json, at) -> session(json, at, entries, byId, described, warnings));
        Set<SessionId> ids = new HashSet<>();
        for (int i = 0; i < sessions.size(); i++) {
            if (!ids.add(sessions.get(i).id())) {
                throw BlockFileException.at(ROOT.field("sessions").index(i).field("id"),
                        "Session " + sessions.get(i).id() + " appears twice.");
            }
        }
        List<FileWarning> located = new ArrayList<>();
        for (Warnings.Entry entry : warnings.entries()) {
            located.add(new FileWarning(entry.place() != null ? entry.place() : locator.place(entry.path()),
                    entry.message()));
        }
        if (warnings.dropped() > 0) {
            located.add(new FileWarning(new Place("$", 0, 0), warnings.dropped() + " more warnings were left out."));
        }
        return new HistoryFile(source, version, exercises, readBlocks, sessions, located);
    }

    private static Session session(HistorySessionJson json, JsonPath at, SessionsFromJson entries,
            Map<BlockId, TrainingBlock> blocks, Map<ExerciseId, Exercise> described, Warnings warnings) {
        var id = new SessionId(Values.uuid(json.id(), at.field("id")));
        String kind = Values.text(json.kind(), at.field("kind"));
        var start = Values.dateTime(json.start(), at.field("start"));
        var duration = Values.seconds(json.durationS(), at.field("durationS"), warnings);
        var rpe = Values.optionalRpe(json.rpe(), at.field("rpe"));
        List<ActivityEntry> read = Values.list(Values.required(json.entries(), at.field("entries")),
                at.field("entries"), entries::entry);
        for (int i = 0; i < read.size(); i++) {
            if (read.get(i) instanceof StrengthEntry s) {
                known(s.exercise(), at.field("entries").index(i).field("exercise"), described);
            }
        }
        String[] fields = {"date", "start", "duration", "durationS", "notes", "notes", "entries", "entries",
            "label", "label"};
        if (kind.equals("workout")) {
            if (json.block() != null || json.purpose() != null || json.plannedSession() != null) {
                throw BlockFileException.at(at.field("kind"), "A workout has no block, purpose or planned session; "
                        + "make it a \"training\" session or leave those out.");
            }
            return Values.build(at, () -> new Workout(id, start, duration, rpe, json.notes(), read, json.label()),
                    fields);
        }
        if (!kind.equals("training")) {
            throw BlockFileException.at(at.field("kind"), "\"" + Values.quoted(kind)
                    + "\" is not a kind of session; use workout or training.");
        }
        var block = new BlockId(Values.uuid(json.block(), at.field("block")));
        if (!blocks.containsKey(block)) {
            throw BlockFileException.at(at.field("block"), "The block " + block + " is not in $.blocks; a training "
                    + "session's block must be in the file.");
        }
        Purpose purpose = Values.choice(json.purpose(), Purpose.class, at.field("purpose"), "purpose");
        var planned = json.plannedSession() == null ? null
                : new PlannedSessionId(Values.uuid(json.plannedSession(),
                        at.field("plannedSession")));
        if (json.label() != null) {
            throw BlockFileException.at(at.field("label"), "A training session has no label; its block and purpose "
                    + "name it.");
        }
        return Values.build(at, () -> new TrainingSession(id, start, duration, rpe, json.notes(), read, block,
                purpose, planned), fields);
    }

    private static void known(ExerciseId id, JsonPath at, Map<ExerciseId, Exercise> described) {
        if (!described.containsKey(id)) {
            throw BlockFileException.at(at, "Unknown exercise \"" + id + "\": it is not described in $.exercises.");
        }
    }

    /** The format and version, checked before anything is bound, so a block file is told apart by name. */
    private static String header(byte[] bytes, Warnings warnings) throws IOException {
        String format = null;
        String version = null;
        try (JsonParser parser = HistoryFormat.json().getFactory().createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw BlockFileException.whole("This is not a history file: a history file is one JSON object.",
                        null);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME && (format == null || version == null)) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING && name.equals("format")) {
                    format = parser.getText();
                } else if (value == JsonToken.VALUE_STRING && name.equals("version")) {
                    version = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
        }
        if (BlockFormat.NAME.equals(format)) {
            throw BlockFileException.at(ROOT.field("format"), "This is a block file, not a history file: import it "
                    + "as a training block (overload import).");
        }
        if (!HistoryFormat.NAME.equals(format)) {
            throw BlockFileException.at(ROOT.field("format"), "This is not an Overload history file: its \"format\" "
                    + "is " + (format == null ? "missing" : "\"" + Values.quoted(format) + "\"") + ", not \""
                    + HistoryFormat.NAME + "\".");
        }
        Matcher m = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})").matcher(version == null ? "" : version);
        if (!m.matches()) {
            throw BlockFileException.at(ROOT.field("version"), "The file does not say which version of the format "
                    + "it uses in a form this version reads (expected \"" + HistoryFormat.VERSION + "\").");
        }
        int major = Integer.parseInt(m.group(1));
        if (major != HistoryFormat.MAJOR) {
            throw BlockFileException.at(ROOT.field("version"), major > HistoryFormat.MAJOR
                    ? "This file was written by a newer version of Overload (history format " + version
                            + "; this version reads " + HistoryFormat.MAJOR + ".x). Update Overload to open it."
                    : "History format " + version + " is not one this version reads.");
        }
        if (Integer.parseInt(m.group(2)) > HistoryFormat.MINOR) {
            warnings.add(ROOT.field("version"), "The file uses history format " + version + ", newer than this "
                    + "version of Overload (" + HistoryFormat.VERSION + "). It was read, but anything new in it was "
                    + "ignored.");
        }
        return version;
    }

    /** A field this version does not know is skipped with a warning: a newer writer may add fields. */
    private static final class UnknownFields extends DeserializationProblemHandler {
        private final Warnings warnings;
        private final Set<String> named = new HashSet<>();

        UnknownFields(Warnings warnings) {
            this.warnings = warnings;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                JsonDeserializer<?> deserializer, Object beanOrClass, String name) throws IOException {
            if (named.add(name)) {
                warnings.add(ROOT, "Unknown field \"" + Values.quoted(name) + "\" was ignored.");
            }
            parser.skipChildren();
            return true;
        }
    }
}

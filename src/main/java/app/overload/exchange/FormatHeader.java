package app.overload.exchange;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * The first look at a file: is it JSON at all, one object, of our format, in a version we read? This pass reads
 * every token (so syntax errors surface here, with their line) but binds nothing, and it runs before the records
 * are bound so that a file of another format or a newer major version gets that message rather than a list of
 * fields it lacks.
 */
final class FormatHeader {

    private static final Pattern VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");

    private FormatHeader() {
    }

    /**
     * What the first look found: the version, and how many {@code null}s the file holds (a block file writes none;
     * the reader finds them only when there are some).
     */
    record Header(String version, int nulls) {
    }

    /** Checks the file and returns its version; a newer minor version adds a warning. */
    static Header check(byte[] bytes, Warnings warnings) throws IOException {
        String format = null;
        int nulls = 0;
        String version = null;
        JsonLocation formatAt = null;
        JsonLocation versionAt = null;
        try (JsonParser parser = BlockFormat.factory().createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw BlockFileException.whole("The file is empty; a block file is a JSON object.", null);
            }
            if (first != JsonToken.START_OBJECT) {
                throw new BlockFileException(Locator.place(JsonPath.ROOT, parser.currentTokenLocation()),
                        "This is not a block file: it holds " + describe(first) + ", not a JSON object.");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("format") || name.equals("version")) {
                    String text = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                    if (text == null) {
                        throw new BlockFileException(Locator.place(JsonPath.ROOT.field(name),
                                parser.currentTokenLocation()), "Expected text, found " + describe(value) + ".");
                    }
                    if (name.equals("format")) {
                        format = text;
                        formatAt = parser.currentTokenLocation();
                    } else {
                        version = text;
                        versionAt = parser.currentTokenLocation();
                    }
                }
                nulls += skip(parser);
            }
            if (parser.nextToken() != null) {
                throw new BlockFileException(Locator.place(JsonPath.ROOT, parser.currentTokenLocation()),
                        "There is more after the end of the JSON object; a block file holds exactly one.");
            }
        }
        checkFormat(format, formatAt);
        return new Header(checkVersion(version, versionAt, warnings), nulls);
    }

    /**
     * Skips a value, counting the nulls in it; a limit hit on the way is reported where the parser stands, which the
     * exception omits.
     */
    private static int skip(JsonParser parser) throws IOException {
        try {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
                return token == JsonToken.VALUE_NULL ? 1 : 0;
            }
            int nulls = 0;
            for (int depth = 1; depth > 0; ) {
                token = parser.nextToken();
                if (token == null) {
                    // Cut short: the binding that follows reports where, with the right words.
                    return nulls;
                }
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                } else if (token == JsonToken.VALUE_NULL) {
                    nulls++;
                }
            }
            return nulls;
        } catch (StreamConstraintsException e) {
            throw new BlockFileException(Locator.place(Locator.pathOf(parser.getParsingContext()),
                    parser.currentLocation()), JsonErrors.limit(e.getOriginalMessage()), e);
        }
    }

    private static void checkFormat(String format, JsonLocation at) {
        if (format == null) {
            throw new BlockFileException(new Place("$.format", 0, 0), "This is not an Overload block file: it has "
                    + "no \"format\" field (expected \"" + BlockFormat.NAME + "\").");
        }
        if (!format.equals(BlockFormat.NAME)) {
            throw new BlockFileException(Locator.place(JsonPath.ROOT.field("format"), at), "This is not an Overload "
                    + "block file: its format is \"" + Values.quoted(format) + "\", not \"" + BlockFormat.NAME + "\".");
        }
    }

    private static String checkVersion(String version, JsonLocation at, Warnings warnings) {
        Place place = Locator.place(JsonPath.ROOT.field("version"), at);
        if (version == null) {
            throw new BlockFileException(new Place("$.version", 0, 0),
                    "The file does not say which version of the format it uses (expected \"version\": \""
                            + BlockFormat.VERSION + "\").");
        }
        Matcher m = VERSION.matcher(version);
        if (!m.matches()) {
            throw new BlockFileException(place, "\"" + Values.quoted(version)
                    + "\" is not a format version; versions look like \"" + BlockFormat.VERSION + "\".");
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        if (major > BlockFormat.MAJOR) {
            throw new BlockFileException(place, "This file was written by a newer version of Overload (block format "
                    + version + "; this version reads " + BlockFormat.MAJOR + ".x). Update Overload to open it.");
        }
        if (major < BlockFormat.MAJOR) {
            throw new BlockFileException(place, "Block format " + version + " is not one this version reads (it "
                    + "reads " + BlockFormat.MAJOR + ".x).");
        }
        if (minor > BlockFormat.MINOR) {
            warnings.add(place, "The file uses block format " + version + ", newer than this version of Overload ("
                    + BlockFormat.VERSION + "). It was read, but anything new in it was ignored.");
        }
        return version;
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> "something else";
        };
    }
}

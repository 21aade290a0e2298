package app.overload.exchange;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The history file format's name, version and limits. It is read by the block format's strict Jackson set-up (no
 * coercion, no type information from the file, duplicate keys refused), with a larger size limit: ten years of
 * history are about 40 MB of JSON.
 */
public final class HistoryFormat {

    public static final String NAME = "overload-history";
    public static final int MAJOR = 1;
    public static final int MINOR = 0;
    public static final String VERSION = MAJOR + "." + MINOR;
    /** Far above ten years of daily training, far below what would strain the memory of the app. */
    public static final long MAX_BYTES = 400L * 1024 * 1024;

    private static final ObjectMapper MAPPER = mapper();

    private HistoryFormat() {
    }

    static ObjectMapper json() {
        return MAPPER;
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = BlockFormat.json().copy();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(BlockFormat.MAX_DEPTH)
                .maxStringLength(BlockFormat.MAX_STRING)
                .maxNumberLength(BlockFormat.MAX_NUMBER_DIGITS)
                .maxNameLength(BlockFormat.MAX_NAME)
                .maxDocumentLength(MAX_BYTES)
                .build());
        return mapper;
    }
}

package app.overload.exchange.fit;

import java.nio.charset.StandardCharsets;

/**
 * One data message as the decoder passes it to a {@link FitMessageListener}: a view of the file's bytes, valid only
 * during that call (the decoder reuses it for the next message). Values come back raw, in the units of the FIT
 * profile before scale and offset; a field that is missing or holds its base type's "no value" reads as
 * {@link #NONE}, {@code NaN} or "".
 */
public final class FitMessage {

    /** What {@link #integer} and {@link #timestamp} return for a missing or invalid value. */
    public static final long NONE = Long.MIN_VALUE;

    private byte[] bytes;
    private int start;
    private MessageDefinition definition;
    private long position;
    private long timestamp;

    FitMessage() {
    }

    void point(byte[] bytes, int start, MessageDefinition definition, long position, long timestamp) {
        this.bytes = bytes;
        this.start = start;
        this.definition = definition;
        this.position = position;
        this.timestamp = timestamp;
    }

    /** The global message number: 0 file_id, 18 session, 19 lap, 20 record… ({@link FitProfile}). */
    public int global() {
        return definition.global;
    }

    /** The byte, from 0 at the start of the file, where this message's header is. */
    public long position() {
        return position;
    }

    /**
     * Seconds since the FIT epoch (1989-12-31 00:00 UTC): field 253, or the time a compressed-timestamp header
     * gives; {@link #NONE} when the message has neither.
     */
    public long timestamp() {
        return timestamp;
    }

    /**
     * The field's value as a whole number (the first one, for an array), or {@link #NONE}. Floating-point fields
     * are rounded; text and opaque bytes are not numbers.
     */
    public long integer(int field) {
        int i = definition.indexOf(field);
        if (i < 0) {
            return NONE;
        }
        BaseType type = definition.types[i];
        switch (type.kind) {
            case UNSIGNED:
            case UNSIGNED_Z:
            case SIGNED: {
                long raw = raw(start + definition.offsets[i], type.size);
                if (type.isInvalid(raw)) {
                    return NONE;
                }
                return type.kind == BaseType.Kind.SIGNED ? signExtend(raw, type.size) : raw;
            }
            case FLOAT: {
                double v = value(field);
                return Double.isNaN(v) ? NONE : Math.round(v);
            }
            default:
                return NONE;
        }
    }

    /** The field's value as a number (the first one, for an array), or NaN. */
    public double value(int field) {
        int i = definition.indexOf(field);
        if (i < 0) {
            return Double.NaN;
        }
        BaseType type = definition.types[i];
        if (type.kind == BaseType.Kind.FLOAT) {
            long raw = raw(start + definition.offsets[i], type.size);
            if (type.isInvalid(raw)) {
                return Double.NaN;
            }
            double v = type.size == 4 ? Float.intBitsToFloat((int) raw) : Double.longBitsToDouble(raw);
            return Double.isFinite(v) ? v : Double.NaN;
        }
        long n = integer(field);
        if (n == NONE) {
            return Double.NaN;
        }
        // a uint64 above Long.MAX_VALUE reads negative; no profile field we use gets there, but stay unsigned
        return n < 0 && type.size == 8 && type.kind != BaseType.Kind.SIGNED ? (n >>> 1) * 2.0 + (n & 1) : n;
    }

    /** {@code value / scale - offset}, the profile's way from a stored number to its unit; NaN when absent. */
    public double scaled(int field, double scale, double offset) {
        double v = value(field);
        return Double.isNaN(v) ? v : v / scale - offset;
    }

    /** A text field up to its first zero byte, or "" when absent or not text. */
    public String text(int field) {
        int i = definition.indexOf(field);
        if (i < 0 || definition.types[i].kind != BaseType.Kind.TEXT) {
            return "";
        }
        int from = start + definition.offsets[i];
        int end = from;
        int limit = from + definition.sizes[i];
        while (end < limit && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, from, end - from, StandardCharsets.UTF_8);
    }

    private long raw(int at, int size) {
        long v = 0;
        if (definition.bigEndian) {
            for (int k = 0; k < size; k++) {
                v = (v << 8) | (bytes[at + k] & 0xFF);
            }
        } else {
            for (int k = size - 1; k >= 0; k--) {
                v = (v << 8) | (bytes[at + k] & 0xFF);
            }
        }
        return v;
    }

    private static long signExtend(long raw, int size) {
        int shift = 64 - 8 * size;
        return (raw << shift) >> shift;
    }
}

package app.overload.exchange.fit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a small FIT file: definitions and data messages in little-endian order, gathered in memory and written out
 * behind a 14-byte header with both checksums. Enough for a workout file; nothing is compressed.
 */
final class FitWriter {

    /** Protocol 1.0: a workout needs nothing of 2.0, and older watches read only 1.x files. */
    private static final int PROTOCOL_VERSION = 0x10;
    /** The profile version written in the header, 21.00 counted in hundredths as the header has always done. */
    private static final int PROFILE_VERSION = 2100;

    /** One field of a definition: its number, base type and size in bytes. */
    record Field(int number, BaseType type, int size) {
        Field {
            if (size < type.size || size % type.size != 0 || size > 255) {
                throw new IllegalArgumentException("field " + number + ": size " + size + " for " + type);
            }
        }

        static Field of(int number, BaseType type) {
            return new Field(number, type, type.size);
        }
    }

    private final ByteArrayOutputStream messages = new ByteArrayOutputStream();
    private final Field[][] local = new Field[16][];

    /** Declares local type {@code localType} as global message {@code global} with these fields. */
    void define(int localType, int global, Field... fields) {
        messages.write(0x40 | localType);
        messages.write(0); // reserved
        messages.write(0); // little-endian
        messages.write(global & 0xFF);
        messages.write(global >> 8);
        messages.write(fields.length);
        for (Field f : fields) {
            messages.write(f.number());
            messages.write(f.size());
            messages.write(f.type().code);
        }
        local[localType] = fields.clone();
    }

    /**
     * Writes a data message of a defined local type: one value per field, a {@link Long} or {@link Integer} for a
     * number, a {@link String} for text; null writes the field's "no value".
     */
    void message(int localType, Object... values) {
        Field[] fields = local[localType];
        if (fields == null || values.length != fields.length) {
            throw new IllegalStateException("local type " + localType + " is not defined with " + values.length
                    + " fields");
        }
        messages.write(localType);
        for (int i = 0; i < fields.length; i++) {
            Field f = fields[i];
            if (f.type().kind == BaseType.Kind.TEXT) {
                byte[] text = values[i] == null ? new byte[0] : ((String) values[i]).getBytes(StandardCharsets.UTF_8);
                if (text.length >= f.size()) {
                    throw new IllegalArgumentException("text of " + text.length + " bytes in a field of " + f.size());
                }
                messages.write(text, 0, text.length);
                messages.write(new byte[f.size() - text.length], 0, f.size() - text.length);
            } else {
                long v = values[i] == null ? invalid(f.type()) : ((Number) values[i]).longValue();
                for (int k = 0; k < f.size() / f.type().size; k++) {
                    writeLittleEndian(v, f.type().size);
                }
            }
        }
    }

    /** The header, the messages and the file checksum. */
    void writeTo(OutputStream out) throws IOException {
        byte[] data = messages.toByteArray();
        byte[] header = new byte[14];
        header[0] = 14;
        header[1] = PROTOCOL_VERSION;
        header[2] = (byte) PROFILE_VERSION;
        header[3] = (byte) (PROFILE_VERSION >> 8);
        for (int k = 0; k < 4; k++) {
            header[4 + k] = (byte) (data.length >>> (8 * k));
        }
        header[8] = '.';
        header[9] = 'F';
        header[10] = 'I';
        header[11] = 'T';
        int headerCrc = FitCrc.of(header, 0, 12);
        header[12] = (byte) headerCrc;
        header[13] = (byte) (headerCrc >> 8);
        int crc = FitCrc.update(FitCrc.of(header, 0, 14), data, 0, data.length);
        out.write(header);
        out.write(data);
        out.write(crc & 0xFF);
        out.write(crc >> 8);
    }

    private void writeLittleEndian(long v, int size) {
        for (int k = 0; k < size; k++) {
            messages.write((int) (v >>> (8 * k)));
        }
    }

    private static long invalid(BaseType type) {
        switch (type.kind) {
            case SIGNED: return type.size == 8 ? Long.MAX_VALUE : (1L << (8 * type.size - 1)) - 1;
            case UNSIGNED_Z: return 0;
            default: return -1L; // every bit set
        }
    }
}

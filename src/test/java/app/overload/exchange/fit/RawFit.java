package app.overload.exchange.fit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * FIT bytes written by hand, for what Garmin's encoder never writes: big-endian definitions, compressed-timestamp
 * headers, a local type defined again, 12-byte headers, and every kind of damage. Kept apart from the main code's
 * writer so that one does not vouch for the other; tests read its files with Garmin's decoder too.
 */
final class RawFit {

    /** A field of a definition: number, size in bytes, base type code (0x84 uint16…). */
    record F(int number, int size, int type) {
    }

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final F[][] fields = new F[16][];
    private final int[] developerBytes = new int[16];
    private final boolean[] bigEndian = new boolean[16];

    static F f(int number, int size, int type) {
        return new F(number, size, type);
    }

    RawFit define(int local, int global, boolean big, F... defined) {
        return define(local, global, big, defined, null);
    }

    /** @param developer developer fields as {number, size, developer data index} */
    RawFit define(int local, int global, boolean big, F[] defined, int[][] developer) {
        body.write(0x40 | (developer != null ? 0x20 : 0) | local);
        body.write(0);
        body.write(big ? 1 : 0);
        if (big) {
            body.write(global >> 8);
            body.write(global & 0xFF);
        } else {
            body.write(global & 0xFF);
            body.write(global >> 8);
        }
        body.write(defined.length);
        for (F x : defined) {
            body.write(x.number());
            body.write(x.size());
            body.write(x.type());
        }
        int devBytes = 0;
        if (developer != null) {
            body.write(developer.length);
            for (int[] d : developer) {
                body.write(d[0]);
                body.write(d[1]);
                body.write(d[2]);
                devBytes += d[1];
            }
        }
        fields[local] = defined;
        developerBytes[local] = devBytes;
        bigEndian[local] = big;
        return this;
    }

    /** A data message; numbers fill their fields (repeated for arrays), text is zero-padded; developer bytes are 0x5A. */
    RawFit data(int local, Object... values) {
        body.write(local);
        values(local, values);
        return this;
    }

    /** A data message behind a compressed-timestamp header (local types 0–3, offset 0–31 seconds). */
    RawFit compressed(int local, int offset, Object... values) {
        body.write(0x80 | local << 5 | offset);
        values(local, values);
        return this;
    }

    RawFit bytes(int... raw) {
        for (int b : raw) {
            body.write(b);
        }
        return this;
    }

    private void values(int local, Object[] values) {
        F[] defined = fields[local];
        for (int i = 0; i < defined.length; i++) {
            F x = defined[i];
            if (values[i] instanceof String text) {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                for (int k = 0; k < x.size(); k++) {
                    body.write(k < bytes.length ? bytes[k] : 0);
                }
                continue;
            }
            int width = switch (x.type() & 0x1F) {
                case 3, 4, 0x0B -> 2;
                case 5, 6, 8, 0x0C -> 4;
                case 9, 0x0E, 0x0F, 0x10 -> 8;
                default -> 1;
            };
            long v = ((Number) values[i]).longValue();
            if (x.size() % width != 0) {
                width = x.size(); // a misfit size: the value spread over the whole field
            }
            for (int n = 0; n < x.size() / width; n++) {
                for (int k = 0; k < width; k++) {
                    int shift = bigEndian[local] ? 8 * (width - 1 - k) : 8 * k;
                    body.write((int) (v >>> shift));
                }
            }
        }
        for (int k = 0; k < developerBytes[local]; k++) {
            body.write(0x5A);
        }
    }

    /** A whole file with a 14-byte header, both checksums right. */
    byte[] file() {
        return file(14);
    }

    byte[] file(int headerSize) {
        byte[] data = body.toByteArray();
        byte[] out = new byte[headerSize + data.length + 2];
        out[0] = (byte) headerSize;
        out[1] = 0x20;
        out[2] = (byte) 0x34;
        out[3] = 0x08;
        for (int k = 0; k < 4; k++) {
            out[4 + k] = (byte) (data.length >>> (8 * k));
        }
        out[8] = '.';
        out[9] = 'F';
        out[10] = 'I';
        out[11] = 'T';
        if (headerSize == 14) {
            int crc = FitCrc.of(out, 0, 12);
            out[12] = (byte) crc;
            out[13] = (byte) (crc >> 8);
        }
        System.arraycopy(data, 0, out, headerSize, data.length);
        int crc = FitCrc.of(out, 0, headerSize + data.length);
        out[headerSize + data.length] = (byte) crc;
        out[headerSize + data.length + 1] = (byte) (crc >> 8);
        return out;
    }

    /** The files one after the other, as some devices chain them. */
    static byte[] chain(byte[]... files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] f : files) {
            out.write(f, 0, f.length);
        }
        return out.toByteArray();
    }

    /** Puts right the file checksum of a single file whose bytes a test changed. */
    static byte[] recrc(byte[] file) {
        byte[] out = file.clone();
        int end = out.length - 2;
        int crc = FitCrc.of(out, 0, end);
        out[end] = (byte) crc;
        out[end + 1] = (byte) (crc >> 8);
        return out;
    }
}

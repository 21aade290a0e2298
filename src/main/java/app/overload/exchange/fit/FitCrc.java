package app.overload.exchange.fit;

/**
 * The 16-bit checksum FIT files carry after their header and after their messages: CRC-16 with the reflected
 * polynomial 0xA001 and a start value of zero, as the FIT protocol specifies. A byte at a time from a table, since
 * a long activity is a megabyte or more.
 */
final class FitCrc {

    private static final int[] TABLE = new int[256];

    static {
        for (int b = 0; b < 256; b++) {
            int crc = b;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
            TABLE[b] = crc;
        }
    }

    private FitCrc() {
    }

    /** The checksum of {@code length} bytes from {@code from}, continuing from {@code crc} (0 to start). */
    static int update(int crc, byte[] bytes, int from, int length) {
        int c = crc;
        for (int i = from, end = from + length; i < end; i++) {
            c = (c >>> 8) ^ TABLE[(c ^ bytes[i]) & 0xFF];
        }
        return c;
    }

    static int of(byte[] bytes, int from, int length) {
        return update(0, bytes, from, length);
    }
}

package app.overload.exchange.fit;

/**
 * Decodes FIT files as the FIT protocol describes them: a 12- or 14-byte header (with its own checksum in the
 * longer form), definition and data messages in either byte order, compressed-timestamp headers, developer fields
 * (skipped by their declared sizes), local message types defined again with other fields, and several FIT files
 * chained one after the other. Every checksum is verified before any message is passed on, so a damaged file gives
 * nothing at all rather than part of an activity.
 *
 * <p>Knows nothing of sessions or laps: it passes each data message to a listener ({@link FitActivityReader} makes
 * an activity of them).
 */
public final class FitDecoder {

    private static final int MAX_LOCAL_TYPES = 16;
    private static final int TIME_OFFSET_MASK = 0x1F;

    private FitDecoder() {
    }

    /**
     * Passes every data message of every FIT file in {@code bytes}, in order, to {@code listener}; nothing when any
     * part of the bytes is damaged.
     *
     * @throws FitFormatException naming the byte where the damage is
     */
    public static void decode(byte[] bytes, FitMessageListener listener) throws FitFormatException {
        // First the structure and every checksum, then the messages: a file damaged at its end gives no message.
        pass(bytes, null);
        pass(bytes, listener);
    }

    private static void pass(byte[] bytes, FitMessageListener listener) throws FitFormatException {
        int at = 0;
        do {
            int end = checkFile(bytes, at);
            new Messages(bytes, at + (bytes[at] & 0xFF), end, listener).run();
            at = end + 2;
        } while (moreFiles(bytes, at));
    }

    /**
     * Checks the header and the checksums of the FIT file that starts at {@code at}.
     *
     * @return where its messages end (its file checksum follows there)
     */
    private static int checkFile(byte[] bytes, int at) throws FitFormatException {
        if (bytes.length - at < 12) {
            throw new FitFormatException(bytes.length, at == 0 ? "the file is too short to be a FIT file ("
                    + bytes.length + " bytes)" : "the file ends inside the header of a FIT file chained after another");
        }
        int headerSize = bytes[at] & 0xFF;
        if (headerSize != 12 && headerSize != 14) {
            throw new FitFormatException(at, "the header says it is " + headerSize + " bytes long, but a FIT file "
                    + "header is 12 or 14 bytes");
        }
        if (bytes.length - at < headerSize) {
            throw new FitFormatException(bytes.length, "the file ends inside its header");
        }
        if (bytes[at + 8] != '.' || bytes[at + 9] != 'F' || bytes[at + 10] != 'I' || bytes[at + 11] != 'T') {
            throw new FitFormatException(at + 8, "the header lacks the \".FIT\" mark every FIT file has there");
        }
        if (headerSize == 14) {
            int stated = (bytes[at + 12] & 0xFF) | (bytes[at + 13] & 0xFF) << 8;
            if (stated != 0 && stated != FitCrc.of(bytes, at, 12)) {
                throw new FitFormatException(at + 12, "the header's checksum does not match the header");
            }
        }
        int major = (bytes[at + 1] & 0xFF) >> 4;
        if (major > 2) {
            throw new FitFormatException(at + 1, "the file is written in FIT protocol " + major + "."
                    + (bytes[at + 1] & 0x0F) + "; this version of Overload reads protocols 1 and 2");
        }
        long dataSize = (bytes[at + 4] & 0xFFL) | (bytes[at + 5] & 0xFFL) << 8 | (bytes[at + 6] & 0xFFL) << 16
                | (bytes[at + 7] & 0xFFL) << 24;
        long available = bytes.length - at - headerSize - 2L;
        if (dataSize > available) {
            long follow = Math.max(0, available + 2);
            throw new FitFormatException(bytes.length, "the file is cut short: its header announces " + dataSize
                    + " bytes of messages and a checksum, but only " + follow + (follow == 1 ? " byte follows"
                            : " bytes follow"));
        }
        int end = at + headerSize + (int) dataSize;
        int stated = (bytes[end] & 0xFF) | (bytes[end + 1] & 0xFF) << 8;
        boolean checksumRight = stated == FitCrc.of(bytes, at, end - at);
        if (dataSize == 0 && !checksumRight && available > 0) {
            // a device writes the size into the header when it closes the file; one that never did leaves 0
            throw new FitFormatException(at + 4, "the header counts no messages although " + (available + 2)
                    + " bytes follow it: the device did not finish writing the file");
        }
        if (!checksumRight) {
            throw new FitFormatException(end, "the checksum at the end of the file does not match its contents: "
                    + "bytes were changed or lost");
        }
        return end;
    }

    /** True when another FIT file follows at {@code at}; zero bytes some devices pad a file with are no file. */
    private static boolean moreFiles(byte[] bytes, int at) throws FitFormatException {
        for (int i = at; i < bytes.length; i++) {
            if (bytes[i] != 0) {
                if (bytes.length - at >= 12 && bytes[at + 8] == '.' && bytes[at + 9] == 'F' && bytes[at + 10] == 'I'
                        && bytes[at + 11] == 'T') {
                    return true;
                }
                throw new FitFormatException(at, (bytes.length - at) + " bytes after the end of the FIT data are "
                        + "not another FIT file");
            }
        }
        return false;
    }

    /** The messages of one FIT file, between its header and its checksum; local types start undefined. */
    private static final class Messages {
        private final byte[] bytes;
        private final int from;
        private final int end;
        private final FitMessageListener listener;
        private final MessageDefinition[] local = new MessageDefinition[MAX_LOCAL_TYPES];
        private final FitMessage message = new FitMessage();
        private long lastTimestamp = FitMessage.NONE;

        Messages(byte[] bytes, int from, int end, FitMessageListener listener) {
            this.bytes = bytes;
            this.from = from;
            this.end = end;
            this.listener = listener;
        }

        void run() throws FitFormatException {
            int at = from;
            while (at < end) {
                int header = bytes[at] & 0xFF;
                if ((header & 0x80) != 0) {
                    at = data(at, (header >> 5) & 0x03, header & TIME_OFFSET_MASK);
                } else if ((header & 0x40) != 0) {
                    at = definition(at, header & 0x0F, (header & 0x20) != 0);
                } else {
                    at = data(at, header & 0x0F, -1);
                }
            }
        }

        private int definition(int at, int localType, boolean developer) throws FitFormatException {
            need(at, 6, "a definition message");
            int architecture = bytes[at + 2] & 0xFF;
            if (architecture > 1) {
                throw new FitFormatException(at + 2, "a definition names byte order " + architecture
                        + ", where only 0 (little-endian) and 1 (big-endian) exist");
            }
            boolean bigEndian = architecture == 1;
            int global = bigEndian ? (bytes[at + 3] & 0xFF) << 8 | (bytes[at + 4] & 0xFF)
                    : (bytes[at + 3] & 0xFF) | (bytes[at + 4] & 0xFF) << 8;
            int count = bytes[at + 5] & 0xFF;
            need(at, 6 + 3 * count + (developer ? 1 : 0), "a definition message");
            int[] numbers = new int[count];
            int[] sizes = new int[count];
            BaseType[] types = new BaseType[count];
            for (int i = 0; i < count; i++) {
                int f = at + 6 + 3 * i;
                numbers[i] = bytes[f] & 0xFF;
                sizes[i] = bytes[f + 1] & 0xFF;
                if (sizes[i] == 0) {
                    throw new FitFormatException(f + 1, "field " + numbers[i] + " of message " + global
                            + " is defined with a size of 0 bytes");
                }
                types[i] = BaseType.of(bytes[f + 2] & 0xFF, sizes[i]);
            }
            int next = at + 6 + 3 * count;
            int developerBytes = 0;
            if (developer) {
                int developerCount = bytes[next] & 0xFF;
                need(next, 1 + 3 * developerCount, "the developer fields of a definition message");
                for (int i = 0; i < developerCount; i++) {
                    developerBytes += bytes[next + 1 + 3 * i + 1] & 0xFF;
                }
                next += 1 + 3 * developerCount;
            }
            local[localType] = new MessageDefinition(global, bigEndian, numbers, sizes, types, developerBytes);
            return next;
        }

        private int data(int at, int localType, int timeOffset) throws FitFormatException {
            MessageDefinition definition = local[localType];
            if (definition == null) {
                throw new FitFormatException(at, "a data message of local type " + localType
                        + " comes before any definition of that type");
            }
            need(at, 1 + definition.size, "a data message (global message " + definition.global + ")");
            long timestamp;
            if (timeOffset >= 0) {
                if (lastTimestamp == FitMessage.NONE) {
                    throw new FitFormatException(at, "a message with a compressed timestamp comes before any message "
                            + "with a full one");
                }
                timestamp = (lastTimestamp & ~TIME_OFFSET_MASK) + timeOffset;
                if (timeOffset < (lastTimestamp & TIME_OFFSET_MASK)) {
                    timestamp += TIME_OFFSET_MASK + 1; // the five bits rolled over
                }
                lastTimestamp = timestamp;
            } else if (definition.timestampIndex >= 0) {
                message.point(bytes, at + 1, definition, at, FitMessage.NONE);
                timestamp = message.integer(FitProfile.TIMESTAMP);
                if (timestamp != FitMessage.NONE) {
                    lastTimestamp = timestamp;
                }
            } else {
                timestamp = FitMessage.NONE;
            }
            if (listener != null) {
                message.point(bytes, at + 1, definition, at, timestamp);
                listener.message(message);
            }
            return at + 1 + definition.size;
        }

        private void need(int at, int length, String what) throws FitFormatException {
            if ((long) at + length > end) {
                throw new FitFormatException(at, what + " runs past the end of the file's messages (it needs "
                        + length + " bytes, " + (end - at) + " are left)");
            }
        }
    }
}

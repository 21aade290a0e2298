package app.overload.exchange.fit;

/**
 * The FIT protocol's base types: how many bytes a value takes, how to read it and which value means "no value".
 * A definition names a field's base type in its low five bits; the top bit only says whether byte order matters.
 */
enum BaseType {
    ENUM(0x00, 1, Kind.UNSIGNED),
    SINT8(0x01, 1, Kind.SIGNED),
    UINT8(0x02, 1, Kind.UNSIGNED),
    SINT16(0x83, 2, Kind.SIGNED),
    UINT16(0x84, 2, Kind.UNSIGNED),
    SINT32(0x85, 4, Kind.SIGNED),
    UINT32(0x86, 4, Kind.UNSIGNED),
    STRING(0x07, 1, Kind.TEXT),
    FLOAT32(0x88, 4, Kind.FLOAT),
    FLOAT64(0x89, 8, Kind.FLOAT),
    UINT8Z(0x0A, 1, Kind.UNSIGNED_Z),
    UINT16Z(0x8B, 2, Kind.UNSIGNED_Z),
    UINT32Z(0x8C, 4, Kind.UNSIGNED_Z),
    BYTE(0x0D, 1, Kind.BYTES),
    SINT64(0x8E, 8, Kind.SIGNED),
    UINT64(0x8F, 8, Kind.UNSIGNED),
    UINT64Z(0x90, 8, Kind.UNSIGNED_Z);

    /** How a value is read and which raw value is the "invalid" one of its type. */
    enum Kind {
        /** Invalid when every bit is set. */
        UNSIGNED,
        /** Invalid at the largest positive value. */
        SIGNED,
        /** Invalid at zero. */
        UNSIGNED_Z,
        /** IEEE float; invalid when every bit is set (and, here, when not finite). */
        FLOAT,
        /** UTF-8, ended by a zero byte; invalid when empty. */
        TEXT,
        /** Opaque bytes; invalid when every byte is 0xFF. */
        BYTES
    }

    private static final BaseType[] BY_NUMBER = new BaseType[32];

    static {
        for (BaseType t : values()) {
            BY_NUMBER[t.code & 0x1F] = t;
        }
    }

    final int code;
    final int size;
    final Kind kind;

    BaseType(int code, int size, Kind kind) {
        this.code = code;
        this.size = size;
        this.kind = kind;
    }

    /**
     * The base type a definition names, read as opaque bytes when the number is unknown or the field's size is not
     * a whole number of values (the protocol's advice, and what keeps a misaligned field from shifting the rest).
     */
    static BaseType of(int code, int fieldSize) {
        BaseType type = BY_NUMBER[code & 0x1F];
        if (type == null || fieldSize % type.size != 0) {
            return BYTE;
        }
        return type;
    }

    /** True when {@code raw}, read as this type's {@link #size} bytes, is this type's "no value". */
    boolean isInvalid(long raw) {
        switch (kind) {
            case UNSIGNED:
            case BYTES:
                return size == 8 ? raw == -1L : raw == (1L << (8 * size)) - 1;
            case SIGNED:
                return size == 8 ? raw == Long.MAX_VALUE : raw == (1L << (8 * size - 1)) - 1;
            case UNSIGNED_Z:
                return raw == 0;
            case FLOAT:
                return size == 8 ? raw == -1L : raw == 0xFFFF_FFFFL;
            default:
                return raw == 0;
        }
    }
}

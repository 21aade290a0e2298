package app.overload.exchange;

import java.io.IOException;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The block file format's name, version and limits, and the one Jackson set-up that reads and writes it. The set-up
 * is deliberately strict: no type information is ever taken from a file, values are not coerced between types
 * ("5" is not 5, 5.5 is not 5), duplicate keys are refused, and the parser stops at limits no real block file comes
 * near, so a hostile or broken file costs little.
 */
public final class BlockFormat {

    /** The value of the {@code format} field. */
    public static final String NAME = "overload-block";
    /**
     * The end of a block file's name, so the desktop can tell it from other JSON and open it with Overload. Files are
     * recognised by their content, not their name: any {@code .json} name is read.
     */
    public static final String FILE_EXTENSION = "." + NAME + ".json";
    /** A newer major version is refused; a newer minor version is read with a warning. */
    public static final int MAJOR = 1;
    public static final int MINOR = 2;
    public static final String VERSION = MAJOR + "." + MINOR;

    /**
     * Largest file read, checked before parsing. A 16-week strength block with 100 logged sessions, every warm-up
     * set included, is under 1 MB, so 20 MB leaves room without letting a stray video in.
     */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Real files nest 7 levels deep (sessions, entries, sets); anything much deeper is junk. */
    static final int MAX_DEPTH = 32;
    /** Notes are the longest texts, at most 10,000 characters. */
    static final int MAX_STRING = 50_000;
    static final int MAX_NUMBER_DIGITS = 40;
    static final int MAX_NAME = 200;

    private static final ObjectMapper MAPPER = mapper();

    private BlockFormat() {
    }

    static ObjectMapper json() {
        return MAPPER;
    }

    /** A streaming factory with the same limits, for scanning a file without binding it. */
    static JsonFactory factory() {
        return MAPPER.getFactory();
    }

    private static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_STRING)
                        .maxNumberLength(MAX_NUMBER_DIGITS)
                        .maxNameLength(MAX_NAME)
                        .maxDocumentLength(MAX_BYTES)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
                .addModule(new SimpleModule("block-format").addSerializer(Double.class, new PlainNumbers()))
                .build();
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Boolean, LogicalType.Integer,
                LogicalType.Float}) {
            for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                    CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.String,
                    CoercionInputShape.EmptyString}) {
                if (!sameShape(type, shape)) {
                    mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
                }
            }
        }
        mapper.coercionConfigFor(LogicalType.POJO).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Collection).setCoercion(CoercionInputShape.EmptyString,
                CoercionAction.Fail);
        return mapper;
    }

    /** Whole numbers may fill a decimal field (5 is 5.0); every other mix of shapes is refused. */
    private static boolean sameShape(LogicalType type, CoercionInputShape shape) {
        return switch (type) {
            case Textual -> shape == CoercionInputShape.String || shape == CoercionInputShape.EmptyString;
            case Boolean -> shape == CoercionInputShape.Boolean;
            case Integer -> shape == CoercionInputShape.Integer;
            case Float -> shape == CoercionInputShape.Integer || shape == CoercionInputShape.Float;
            default -> false;
        };
    }

    /** Writes 180.0 as 180, so whole kilograms and seconds read as people write them; other values exactly. */
    private static final class PlainNumbers extends StdSerializer<Double> {
        PlainNumbers() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            double v = value;
            if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                gen.writeNumber((long) v);
            } else {
                gen.writeNumber(v);
            }
        }
    }
}

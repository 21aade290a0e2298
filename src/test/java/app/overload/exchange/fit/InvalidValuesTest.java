package app.overload.exchange.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each base type has its own "no value": all bits set for unsigned types, the largest positive value for signed ones,
 * zero for the "z" types, an empty string for text. Such a field reads as absent, its neighbours as numbers.
 */
class InvalidValuesTest {

    @ParameterizedTest(name = "base type {0}, bytes {1} (little-endian) → {2}")
    @CsvSource(textBlock = """
            00, ff,               none
            00, 03,               3
            01, 7f,               none
            01, 80,               -128
            02, ff,               none
            02, fe,               254
            83, ff7f,             none
            83, 0080,             -32768
            84, ffff,             none
            84, feff,             65534
            85, ffffff7f,         none
            85, ffffffff,         -1
            86, ffffffff,         none
            86, 00000010,         268435456
            88, ffffffff,         none
            88, 0000c03f,         1.5
            89, ffffffffffffffff, none
            89, 000000000000f83f, 1.5
            0a, 00,               none
            0a, 01,               1
            8b, 0000,             none
            8c, 00000000,         none
            8c, 01000000,         1
            8e, ffffffffffffff7f, none
            8e, feffffffffffffff, -2
            8f, ffffffffffffffff, none
            90, 0000000000000000, none
            0d, ff,               none
            """)
    void aFieldHoldingItsTypesNoValueReadsAsAbsent(String type, String hex, String expected) throws Exception {
        byte[] value = HexFormat.of().parseHex(hex);
        int[] raw = new int[value.length + 2];
        raw[0] = 0; // data message, local type 0
        for (int i = 0; i < value.length; i++) {
            raw[1 + i] = value[i] & 0xFF;
        }
        raw[raw.length - 1] = 77; // heart rate, after the field under test
        byte[] bytes = new RawFit()
                .define(0, FitProfile.RECORD, false, RawFit.f(7, value.length, Integer.parseInt(type, 16)),
                        RawFit.f(3, 1, 0x02))
                .bytes(raw)
                .file();
        double[] read = new double[2];

        FitDecoder.decode(bytes, m -> {
            read[0] = m.value(7);
            read[1] = m.value(3);
        });

        if (expected.equals("none")) {
            assertThat(read[0]).isNaN();
        } else {
            assertThat(read[0]).isEqualTo(Double.parseDouble(expected));
        }
        assertThat(read[1]).isEqualTo(77);
    }

    @ParameterizedTest(name = "text {0} → \"{1}\"")
    @CsvSource(textBlock = """
            00000000,   ''
            52756e0000, Run
            c3a974c3a900, été
            """)
    void textEndsAtItsFirstZeroByteAndAnEmptyTextIsAbsent(String hex, String expected) throws Exception {
        byte[] value = HexFormat.of().parseHex(hex);
        int[] raw = new int[value.length + 1];
        for (int i = 0; i < value.length; i++) {
            raw[1 + i] = value[i] & 0xFF;
        }
        byte[] bytes = new RawFit().define(0, FitProfile.SPORT, false, RawFit.f(3, value.length, 0x07)).bytes(raw)
                .file();
        String[] read = new String[1];

        FitDecoder.decode(bytes, m -> read[0] = m.text(3));

        assertThat(read[0]).isEqualTo(expected);
    }
}

package app.overload.exchange.fit;

import static app.overload.exchange.fit.RawFit.f;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bytes that are not a sound FIT file give a {@link FitFormatException} naming the byte, before any message is passed
 * on, and never another exception.
 */
class DamagedFitTest {

    private static final byte[] RUN = FitFixtures.run(FitFixtures.GARMIN_WATCH, 120, false);
    private static final long T = FitProfile.fitSeconds(FitFixtures.START);

    private static FitFormatException damage(byte[] bytes) {
        int[] messages = {0};
        FitFormatException e = catchThrowableOfType(FitFormatException.class,
                () -> FitDecoder.decode(bytes, m -> messages[0]++));
        assertThat(e).as("a damaged file is refused").isNotNull();
        assertThat(messages[0]).as("no message of a damaged file is passed on").isZero();
        return e;
    }

    @Test
    void everyFileCutShortIsRefusedAtItsEnd() {
        for (int length = 0; length < RUN.length; length++) {
            FitFormatException e = damage(Arrays.copyOf(RUN, length));

            assertThat(e.position()).as("cut at %d", length).isLessThanOrEqualTo(length);
            if (length >= 14) {
                assertThat(e.position()).isEqualTo(length);
                assertThat(e.reason()).startsWith("the file is cut short: its header announces "
                        + (RUN.length - 16) + " bytes of messages");
            }
        }
    }

    @Test
    void aChangedByteFailsTheFileChecksumAtTheEnd() {
        byte[] bytes = RUN.clone();
        bytes[RUN.length / 2] ^= 0x10;

        FitFormatException e = damage(bytes);

        assertThat(e.position()).isEqualTo(RUN.length - 2);
        assertThat(e.reason()).contains("checksum at the end of the file does not match");
        assertThat(GarminReading.intact(bytes)).as("Garmin's decoder agrees").isFalse();
    }

    @Test
    void aChangedHeaderFailsTheHeaderChecksum() {
        byte[] bytes = RUN.clone();
        bytes[2] ^= 0x01; // the profile version

        FitFormatException e = damage(bytes);

        assertThat(e.position()).isEqualTo(12);
        assertThat(e.reason()).isEqualTo("the header's checksum does not match the header");
    }

    @ParameterizedTest(name = "header size {0}")
    @ValueSource(ints = {0, 11, 13, 15, 255})
    void aHeaderOfAnotherSizeIsRefused(int size) {
        byte[] bytes = RUN.clone();
        bytes[0] = (byte) size;

        FitFormatException e = damage(bytes);

        assertThat(e.position()).isZero();
        assertThat(e.reason()).isEqualTo("the header says it is " + size + " bytes long, but a FIT file header is 12 "
                + "or 14 bytes");
    }

    @Test
    void aFileWithoutTheFitMarkIsRefusedAtByteEight() {
        byte[] bytes = RUN.clone();
        bytes[9] = 'X';

        assertThat(damage(bytes).position()).isEqualTo(8);
    }

    @Test
    void aNewerProtocolIsRefusedRatherThanGuessedAt() {
        byte[] bytes = RUN.clone();
        bytes[1] = 0x30;
        bytes[12] = 0;
        bytes[13] = 0;

        FitFormatException e = damage(RawFit.recrc(bytes));

        assertThat(e.position()).isEqualTo(1);
        assertThat(e.reason()).contains("FIT protocol 3.0");
    }

    @Test
    void aHeaderThatCountsNoMessagesSaysTheFileWasNotFinished() {
        byte[] bytes = RUN.clone();
        Arrays.fill(bytes, 4, 8, (byte) 0);
        bytes[12] = 0;
        bytes[13] = 0;

        FitFormatException e = damage(bytes);

        assertThat(e.position()).isEqualTo(4);
        assertThat(e.reason()).contains("did not finish writing the file");
    }

    @Test
    void aDataMessageBeforeAnyDefinitionOfItsTypeIsRefusedWhereItIs() {
        byte[] bytes = new RawFit()
                .define(0, FitProfile.RECORD, false, f(253, 4, 0x86))
                .data(0, T)
                .bytes(0x03, 1, 2, 3, 4)
                .file();

        FitFormatException e = damage(bytes);

        assertThat(e.position()).isEqualTo(14 + 9 + 5);
        assertThat(e.reason()).isEqualTo("a data message of local type 3 comes before any definition of that type");
    }

    @Test
    void aDefinitionCutOffByTheEndOfTheMessagesIsRefused() {
        byte[] bytes = new RawFit().bytes(0x40, 0, 0, 20, 0, 5, 253, 4, 0x86).file();

        FitFormatException e = damage(bytes);

        assertThat(e.position()).isEqualTo(14);
        assertThat(e.reason()).startsWith("a definition message runs past the end of the file's messages");
    }

    @Test
    void aDefinitionWhoseMessagesAreLargerThanTheFileIsRefused() {
        RawFit.F[] huge = new RawFit.F[255];
        for (int i = 0; i < huge.length; i++) {
            huge[i] = f(i, 255, 0x0D);
        }
        byte[] bytes = new RawFit().define(0, FitProfile.RECORD, false, huge).bytes(0x00, 1, 2, 3).file();

        FitFormatException e = damage(bytes);

        assertThat(e.position()).isEqualTo(14 + 6 + 3 * 255);
        assertThat(e.reason()).contains("needs 65026 bytes, 4 are left");
    }

    @Test
    void aFieldOfSizeZeroIsRefused() {
        byte[] bytes = new RawFit().define(0, FitProfile.RECORD, false, f(253, 4, 0x86), f(3, 0, 0x02)).file();

        FitFormatException e = damage(bytes);

        assertThat(e.position()).isEqualTo(14 + 6 + 3 + 1);
        assertThat(e.reason()).isEqualTo("field 3 of message 20 is defined with a size of 0 bytes");
    }

    @Test
    void anUnknownByteOrderIsRefused() {
        byte[] bytes = new RawFit().bytes(0x40, 0, 2, 20, 0, 0).file();

        FitFormatException e = damage(bytes);

        assertThat(e.position()).isEqualTo(16);
        assertThat(e.reason()).contains("byte order 2");
    }

    @Test
    void aCompressedTimestampWithNothingToCountFromIsRefused() {
        byte[] bytes = new RawFit().define(0, FitProfile.RECORD, false, f(3, 1, 0x02)).compressed(0, 4, 120).file();

        assertThat(damage(bytes).reason()).contains("compressed timestamp comes before any message with a full one");
    }

    @Test
    void bytesAfterTheLastFileThatAreNotAFileAreRefused() {
        byte[] bytes = RawFit.chain(RUN, new byte[] {0, 0, 7, 1, 2});

        FitFormatException e = damage(bytes);

        assertThat(e.position()).isEqualTo(RUN.length);
        assertThat(e.reason()).isEqualTo("5 bytes after the end of the FIT data are not another FIT file");
    }

    @Test
    void aDamagedSecondFileOfAChainGivesNothingOfTheFirst() {
        byte[] second = RUN.clone();
        second[40] ^= 0x01;

        FitFormatException e = damage(RawFit.chain(RUN, second));

        assertThat(e.position()).isEqualTo(2L * RUN.length - 2);
    }

    @Test
    void aChainedFileDoesNotInheritTheDefinitionsOfTheOneBefore() {
        byte[] first = new RawFit().define(0, FitProfile.RECORD, false, f(253, 4, 0x86)).data(0, T).file();
        byte[] second = new RawFit().bytes(0x00, 1, 2, 3, 4).file();

        FitFormatException e = damage(RawFit.chain(first, second));

        assertThat(e.position()).isEqualTo(first.length + 14);
    }

    @Test
    void anythingGarbledUnderAValidChecksumGivesAFormatErrorOrMessagesNeverAnotherException() {
        qt().withExamples(1000).withFixedSeed(20261206L)
                .forAll(integers().between(1, 40), longs().all())
                .checkAssert((changes, seed) -> {
                    Random random = new Random(seed);
                    byte[] bytes = RUN.clone();
                    for (int i = 0; i < changes; i++) {
                        bytes[14 + random.nextInt(bytes.length - 16)] = (byte) random.nextInt(256);
                    }
                    byte[] garbled = RawFit.recrc(bytes);
                    try {
                        FitActivityReader.read(garbled);
                    } catch (FitFormatException e) {
                        assertThat(e.position()).isBetween(0L, (long) garbled.length);
                        assertThat(e.reason()).isNotBlank();
                    }
                });
    }

    @Test
    void pureNoiseIsRefused() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);

        assertThatThrownBy(() -> FitDecoder.decode(noise, m -> { })).isInstanceOf(FitFormatException.class);
    }
}

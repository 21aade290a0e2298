package app.overload.exchange.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DamagedFilesTest {

    @TempDir
    Path folder;

    private final HistoryReader reader = new HistoryReader(Fixtures.OPTIONS);

    private ParsedHistory read(String name, String content) throws IOException {
        Path file = Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
        return reader.read(file, ImportProgress.NONE);
    }

    private static String onlyReason(ParsedHistory parsed) {
        assertThat(parsed.workouts()).isEmpty();
        assertThat(parsed.problems()).hasSize(1);
        return parsed.problems().get(0).reason();
    }

    @Test
    void anEmptyFileSaysItIsEmpty() throws IOException {
        assertThat(onlyReason(read("empty.csv", ""))).isEqualTo("The file is empty.");
    }

    @Test
    void binaryJunkIsNotAFormatTheImportKnows() throws IOException {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Path file = Files.write(folder.resolve("junk.fit"), junk);

        assertThat(onlyReason(reader.read(file, ImportProgress.NONE))).contains("Not a file the import knows");
    }

    @Test
    void aCsvWithOtherColumnsIsRefusedByItsHeader() throws IOException {
        String reason = onlyReason(read("other.csv", "Date,Workout Name,Exercise Name,Calories\n2024-01-01,a,b,3\n"));

        assertThat(reason).contains("Not a file the import knows");
    }

    @Test
    void aStrongHeaderMissingAColumnNamesTheColumn() throws IOException {
        Path file = Files.writeString(folder.resolve("strong.csv"),
                "Date,Workout Name,Exercise Name,Set Order,Weight\n2024-01-01 10:00:00,a,b,1,50\n");

        ParsedHistory parsed = StrongCsvParser.parse(file.toString(), Files.newInputStream(file), Fixtures.OPTIONS);

        assertThat(onlyReason(parsed)).contains("no column for Reps");
    }

    @Test
    void truncatedXmlKeepsNothingOfTheBrokenTrackAndSaysWhere() throws IOException {
        String whole = Files.readString(Fixtures.path("run-hr-1.1.gpx"));
        ParsedHistory parsed = read("cut.gpx", whole.substring(0, whole.length() / 2));

        assertThat(parsed.problems()).isNotEmpty();
        assertThat(parsed.problems().get(0).reason()).contains("damaged");
        assertThat(parsed.problems().get(0).position()).startsWith("line ");
    }

    @Test
    void anUnclosedQuoteStopsTheCsvWithTheLineItBrokeOn() throws IOException {
        String whole = Files.readString(Fixtures.path("hevy-kg.csv"));
        ParsedHistory parsed = read("cut.csv", whole + "\"Legs\",\"30 Mar 2025, 08:05\",\"unclosed\n");

        assertThat(parsed.problems()).extracting(Problem::reason).anyMatch(r -> r.contains("damaged"));
        assertThat(parsed.workouts()).hasSize(2);
    }

    @Test
    void externalEntitiesInGpxAreNotFollowed() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<gpx version=\"1.1\"><trk><name>&x;</name><trkseg>"
                + "<trkpt lat=\"1\" lon=\"1\"><time>2024-01-01T10:00:00Z</time></trkpt>"
                + "<trkpt lat=\"1.001\" lon=\"1\"><time>2024-01-01T10:01:00Z</time></trkpt>"
                + "</trkseg></trk></gpx>";

        ParsedHistory parsed = read("xxe.gpx", xxe);

        assertThat(parsed.workouts()).noneMatch(w -> w.label().contains("TOP-SECRET"));
        assertThat(parsed.problems().toString()).doesNotContain("TOP-SECRET");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutBeingRead() throws IOException {
        Path huge = folder.resolve("huge.csv");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(1024L * 1024 * 1024); // sparse: takes no disk space and is never read
        }

        String reason = onlyReason(reader.read(huge, ImportProgress.NONE));

        assertThat(reason).contains("1024 MB").contains("200 MB");
    }

    @Test
    void aMissingFileIsNamedNotThrown() {
        ParsedHistory parsed = reader.read(folder.resolve("nope.gpx"), ImportProgress.NONE);

        assertThat(onlyReason(parsed)).contains("Not a file");
    }
}

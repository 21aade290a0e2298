package app.overload.exchange.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

import app.overload.domain.StrengthEntry;
import app.overload.domain.Workout;
import app.overload.store.Logbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DamagedFilesTest {

    @TempDir
    Path folder;

    private final HistoryFileReader reader = new HistoryFileReader(Fixtures.OPTIONS);

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
        new Random(7).nextBytes(junk);
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
        String cut = whole.substring(0, whole.length() / 2);

        ParsedHistory parsed = read("cut.gpx", cut);

        assertThat(parsed.workouts()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.position()).isEqualTo("line " + cut.lines().count());
            assertThat(p.reason()).startsWith("The file is damaged here and was read no further (")
                    .endsWith("; it ends inside the session started 2024-06-01 05:30 (line 5), which was not"
                            + " imported.");
        });
    }

    @Test
    void aTrackFinishedBeforeTheDamageIsKept() throws IOException {
        String whole = Files.readString(Fixtures.path("run-hr-1.1.gpx"));
        String track = whole.substring(whole.indexOf("<trk>"), whole.indexOf("</trk>") + "</trk>".length());
        String nextDay = track.replace("2024-06-01", "2024-06-02");
        String twoTracks = whole.replace(track, track + "\n  " + nextDay);
        String cut = twoTracks.substring(0, twoTracks.indexOf(nextDay) + nextDay.length() / 2);

        ParsedHistory parsed = read("two.gpx", cut);

        assertThat(parsed.workouts()).singleElement().satisfies(w -> {
            assertThat(w.start()).isEqualTo(LocalDateTime.of(2024, 6, 1, 5, 30));
            assertThat(w).isEqualTo(Fixtures.read("run-hr-1.1.gpx").workouts().get(0));
        });
        assertThat(parsed.problems()).singleElement().extracting(Problem::reason).asString()
                .contains("it ends inside the session started 2024-06-02 05:30");
    }

    @Test
    void aTcxCutInsideItsActivityKeepsNoneOfIt() throws IOException {
        String whole = Files.readString(Fixtures.path("run-missing-distance.tcx"));
        String cut = whole.substring(0, whole.indexOf("</Lap>") + "</Lap>".length() + 20);

        ParsedHistory parsed = read("cut.tcx", cut);

        assertThat(parsed.workouts()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("cut.tcx");
            assertThat(p.position()).isEqualTo("line " + cut.lines().count());
            assertThat(p.reason()).contains("damaged")
                    .endsWith("it ends inside the session started 2024-06-03 06:00 (line 4), which was not imported.");
        });
    }

    /** hevy-kg.csv ends with "Legs" (from line 7) and its last row is line 9; the cut falls in that row. */
    @ParameterizedTest(name = "{0} characters cut off")
    @CsvSource(delimiter = '|', textBlock = """
            5  | line 9 | The file ends in the middle of this row, inside the session started 2025-03-30 08:05
            60 | line 9 | The file is damaged here and was read no further (
            95 | line 9 | ; it ends in or right after the session started 2025-03-30 08:05 (line 7), which was
            """)
    void aHevyExportCutInItsLastWorkoutKeepsTheWorkoutsBefore(int cutOff, String position, String reason)
            throws IOException {
        String whole = Files.readString(Fixtures.path("hevy-kg.csv"));

        ParsedHistory parsed = read("cut.csv", whole.substring(0, whole.length() - cutOff));

        assertThat(parsed.workouts()).containsExactly(Fixtures.read("hevy-kg.csv").workouts().get(0));
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.position()).isEqualTo(position);
            assertThat(p.reason()).contains(reason).contains("2025-03-30 08:05 (line 7)").endsWith("not imported.");
        });
    }

    @Test
    void aStrongExportCutInItsLastRowLeavesOutThatWorkout() throws IOException {
        String whole = Files.readString(Fixtures.path("strong-comma.csv"));
        ParsedHistory intact = Fixtures.read("strong-comma.csv");

        ParsedHistory parsed = read("cut.csv", whole.substring(0, whole.length() - 5));

        assertThat(parsed.workouts()).containsExactlyElementsOf(intact.workouts().subList(0, 2));
        assertThat(parsed.problems()).extracting(Problem::reason).containsExactly("The file ends in the middle of this"
                + " row, inside the session started 2024-03-08 17:30 (line 15); that session was not imported.");
    }

    @Test
    void aLastRowWithoutItsLineBreakIsWhole() throws IOException {
        String whole = Files.readString(Fixtures.path("hevy-kg.csv"));

        ParsedHistory parsed = read("no-newline.csv", whole.strip());

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.workouts()).isEqualTo(Fixtures.read("hevy-kg.csv").workouts());
    }

    /** The id of an imported session comes from its start, so a part of it once stored would block the whole. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            run-hr-1.1.gpx,           2
            run-missing-distance.tcx, 2
            hevy-kg.csv,              20
            strong-comma.csv,         5
            """)
    void aSessionLeftOutForDamageIsImportedWholeFromTheSoundFile(String name, int cutDivisor) throws IOException {
        String whole = Files.readString(Fixtures.path(name));
        int keep = name.endsWith(".csv") ? whole.length() - whole.length() / cutDivisor : whole.length() / cutDivisor;
        Path cut = Files.writeString(folder.resolve("cut-" + name), whole.substring(0, keep), StandardCharsets.UTF_8);
        HistoryImporter importer = new HistoryImporter(Fixtures.OPTIONS);
        List<Workout> sound = Fixtures.read(name).workouts();

        try (Logbook logbook = Logbook.open(folder.resolve("log.db"))) {
            ImportPlan damaged = importer.preview(List.of(cut), logbook, ImportProgress.NONE);
            assertThat(damaged.problems()).isNotEmpty();
            damaged.apply(logbook, true);
            int before = logbook.sessions().count();
            assertThat(before).isLessThan(sound.size());

            ImportPlan again = importer.preview(List.of(Fixtures.path(name)), logbook, ImportProgress.NONE);
            ImportResult result = again.apply(logbook, false);

            assertThat(again.sessionsToAdd()).containsExactlyElementsOf(sound.subList(before, sound.size()));
            assertThat(result.sessionsAdded()).isEqualTo(sound.size() - before);
            assertThat(logbook.sessions().count()).isEqualTo(sound.size());
            for (Workout w : sound) {
                assertThat(logbook.sessions().find(w.id())).get().isInstanceOf(Workout.class)
                        .extracting(stored -> content((Workout) stored)).isEqualTo(content(w));
            }
        }
    }

    /** A workout's entries with the exercise keys left out: the import maps those to the catalogue. */
    private static List<Object> content(Workout w) {
        return w.entries().stream().map(e -> e instanceof StrengthEntry s ? s.sets() : (Object) e).toList();
    }

    @Test
    void anUnclosedQuoteStopsTheCsvWithTheLineItBrokeOn() throws IOException {
        String whole = Files.readString(Fixtures.path("hevy-kg.csv"));
        ParsedHistory parsed = read("cut.csv", whole + "\"Legs\",\"30 Mar 2025, 08:05\",\"unclosed\n");

        // The broken row is one more set of "Legs", so that workout is not whole.
        assertThat(parsed.workouts()).extracting(Workout::label).containsExactly("Morning Push");
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.position()).isEqualTo("line 10");
            assertThat(p.reason()).contains("damaged")
                    .endsWith("; it ends inside the session started 2025-03-30 08:05 (line 7), which was not"
                            + " imported.");
        });
    }

    @Test
    void aBrokenRowThatBeginsAnotherWorkoutCostsNoWorkoutBefore() throws IOException {
        String whole = Files.readString(Fixtures.path("hevy-kg.csv"));
        ParsedHistory parsed = read("cut.csv", whole + "\"Arms\",\"1 Apr 2025, 18:00\",\"unclosed\n");

        assertThat(parsed.workouts()).isEqualTo(Fixtures.read("hevy-kg.csv").workouts());
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.position()).isEqualTo("line 10");
            assertThat(p.reason()).startsWith("The file is damaged here and was read no further (").endsWith(").");
        });
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

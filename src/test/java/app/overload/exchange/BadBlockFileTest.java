package app.overload.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import app.overload.domain.TrainingBlock;
import app.overload.store.Logbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of broken file is refused with one clear sentence that names where the problem is. */
class BadBlockFileTest {

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    /** A 5×5 block with its sessions; its plan[3] is "Workout B" of week 2, squats first, 5 sets. */
    private static String good;

    @BeforeAll
    static void export() {
        TrainingBlock linear = SampleBlocks.blocks().stream().filter(b -> b.name().startsWith("Linear 5×5"))
                .findFirst().orElseThrow();
        try (Logbook logbook = SampleBlocks.logbookWithSample(shared.resolve("sample.db"))) {
            good = BlockFileWriter.toJson(new BlockExporter(logbook).contents(linear.id(), true));
        }
    }

    private static BlockFileException refused(byte[] bytes) {
        return catchThrowableOfType(BlockFileException.class, () -> new BlockFileReader().parse(bytes, "test.json"));
    }

    private static BlockFileException refused(String json) {
        return refused(json.getBytes(StandardCharsets.UTF_8));
    }

    private static BlockFileException refused(Damage damage) {
        return refused(damage.bytes());
    }

    @Test
    void readsTheGoodFileWithoutWarnings() {
        BlockFile file = new BlockFileReader().parse(good.getBytes(StandardCharsets.UTF_8), "good.json");

        assertThat(file.warnings()).isEmpty();
        assertThat(file.contents().sessions()).isNotEmpty();
    }

    @Test
    void namesThePathLineAndColumnOfARefusedValue() {
        Damage damage = Damage.of(good).set("/plan/3/prescriptions/0/sets/2/reps", 0);
        String json = damage.json();
        List<String> lines = json.lines().toList();
        int line = 0;
        while (!lines.get(line).contains("\"reps\": 0,")) {
            line++;
        }

        BlockFileException e = refused(json);

        assertThat(e.place().path()).isEqualTo("$.plan[3].prescriptions[0].sets[2].reps");
        assertThat(e.place().line()).isEqualTo(line + 1);
        assertThat(e.place().column()).isEqualTo(lines.get(line).indexOf("\"reps\": 0") + "\"reps\": ".length() + 1);
        assertThat(e.getMessage()).isEqualTo("$.plan[3].prescriptions[0].sets[2].reps (line " + (line + 1)
                + ", column " + e.place().column() + "): Reps must be between 1 and 100 (was 0).");
    }

    @Test
    void refusesTextThatIsNotJson() {
        BlockFileException e = refused("Squat 5x5 @ 100 kg");

        assertThat(e.getMessage()).contains("not valid JSON");
        assertThat(e.place().line()).isEqualTo(1);
    }

    @Test
    void refusesBinaryJunk() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertThat(refused(png).getMessage()).contains("not valid JSON").contains("line 1");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(refused("  \n").getMessage()).contains("empty");
    }

    @Test
    void refusesATruncatedFileNamingWhereItStops() {
        String half = good.substring(0, good.length() / 2);

        BlockFileException e = refused(half);

        assertThat(e.getMessage()).contains("ends in the middle").contains("cut short");
        assertThat(e.place().line()).isGreaterThan(100);
    }

    @Test
    void refusesSomethingAfterTheObject() {
        assertThat(refused(good + "{}").getMessage()).contains("more after the end");
    }

    @Test
    void refusesAListInsteadOfAnObject() {
        assertThat(refused("[1, 2, 3]").getMessage()).contains("holds a list, not a JSON object");
    }

    @Test
    void refusesAnotherFormat() {
        BlockFileException e = refused(Damage.of(good).set("/format", "strong-csv"));

        assertThat(e.getMessage()).startsWith("$.format (line 2, column 13): This is not an Overload block file")
                .contains("\"strong-csv\"");
    }

    @Test
    void refusesAFileWithoutFormat() {
        assertThat(refused(Damage.of(good).remove("/format")).getMessage()).contains("no \"format\" field");
    }

    @Test
    void refusesANewerMajorVersion() {
        BlockFileException e = refused(Damage.of(good).set("/version", "2.0"));

        assertThat(e.place().path()).isEqualTo("$.version");
        assertThat(e.getMessage()).contains("newer version of Overload").contains("2.0").contains("Update Overload");
    }

    @Test
    void readsANewerMinorVersionWithAWarning() {
        BlockFile file = new BlockFileReader().parse(Damage.of(good).set("/version", "1.7").bytes(), "newer.json");

        assertThat(file.warnings()).singleElement().satisfies(w -> {
            assertThat(w.place().path()).isEqualTo("$.version");
            assertThat(w.message()).contains("1.7").contains("newer");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /block/start                            | $.block.start                          | required
            /block/goal                             | $.block.goal                           | required
            /plan/3/prescriptions/0/rule            | $.plan[3].prescriptions[0].rule        | required
            /plan/3/prescriptions/0/sets/2/reps     | $.plan[3].prescriptions[0].sets[2].reps | required
            /sessions/0/entries                     | $.sessions[0].entries                  | required
            /sessions/0/entries/0/sets/6/setKind    | $.sessions[0].entries[0].sets[6].setKind | required
            /exercises/0/name                       | $.exercises[0].name                    | Exercise name is required
            """)
    void refusesAMissingRequiredField(String pointer, String path, String message) {
        BlockFileException e = refused(Damage.of(good).remove(pointer));

        assertThat(e.place().path()).isEqualTo(path);
        assertThat(e.reason()).contains(message);
        assertThat(e.place().line()).isPositive();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /block/weeks                         | "twelve"  | $.block.weeks                         | Expected a whole number, found the text "twelve"
            /block/weeks                         | 12.5      | $.block.weeks                         | Expected a whole number, found a decimal number
            /block/weeks                         | 99999999999 | $.block.weeks                       | too large
            /plan/3/prescriptions/0/sets/2/loadKg | "heavy"  | $.plan[3].prescriptions[0].sets[2].loadKg | Expected a number, found the text "heavy"
            /plan/3/prescriptions/0/sets          | {}       | $.plan[3].prescriptions[0].sets        | Expected a list, found an object
            /block                               | []        | $.block                               | Expected an object, found a list
            /block/name                          | 42        | $.block.name                          | Expected text, found a whole number
            /sessions/0/entries/0/sets/0/failed  | "no"      | $.sessions[0].entries[0].sets[0].failed | Expected true or false
            /block/id                            | "block-1" | $.block.id                            | is not an id
            /block/start                         | "06/04/2026" | $.block.start                      | is not a date; write it as YYYY-MM-DD
            /sessions/0/start                    | "yesterday" | $.sessions[0].start                 | is not a local date and time
            /plan/0/day                          | "funday"  | $.plan[0].day                         | use one of monday, tuesday
            /plan/0/prescriptions/0/kind         | "java.lang.ProcessBuilder" | $.plan[0].prescriptions[0].kind | is not a kind of prescription
            /plan/0/prescriptions/0/sets/0       | null      | $.plan[0].prescriptions[0].sets[0]    | A list item is null
            """)
    void refusesAValueOfTheWrongType(String pointer, String json, String path, String message) {
        BlockFileException e = refused(Damage.of(good).setJson(pointer, json));

        assertThat(e.place().path()).isEqualTo(path);
        assertThat(e.reason()).contains(message);
        assertThat(e.place().line()).isPositive();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /plan/3/prescriptions/0/sets/2/loadKg | -5      | $.plan[3].prescriptions[0].sets[2].loadKg | must be between 0 and 1,000 kg (was -5 kg)
            /plan/3/prescriptions/0/sets/2/loadKg | 1e308   | $.plan[3].prescriptions[0].sets[2].loadKg | must be between 0 and 1,000 kg
            /sessions/0/durationS                | -60      | $.sessions[0].durationS               | must be longer than zero
            /sessions/0/durationS                | 1e12     | $.sessions[0].durationS               | at most 24 hours
            /sessions/0/rpe                      | 11       | $.sessions[0].rpe                     | RPE must be between 0 and 10
            /sessions/0/start                    | "1066-10-14T09:00:00" | $.sessions[0].start      | between the years 1900 and 2999
            /block/weeks                         | 0        | $.block.weeks                         | Weeks must be between 1 and 52
            /plan/3/week                         | 40       | $.plan[3].week                        | is planned in week 40 but the block has 12 weeks
            /block/goalDate                      | "2025-01-01" | $.block.goalDate                  | must not be before the start date
            /exercises/0/incrementKg             | 80       | $.exercises[0].incrementKg            | Increment must be at most 50 kg
            /sessions/0/entries/0/sets/6/reps    | 5000     | $.sessions[0].entries[0].sets[6].reps | between 1 and 1000
            """)
    void refusesNegativeOrAbsurdValues(String pointer, String json, String path, String message) {
        BlockFileException e = refused(Damage.of(good).setJson(pointer, json));

        assertThat(e.place().path()).isEqualTo(path);
        assertThat(e.reason()).contains(message);
        assertThat(e.place().line()).isPositive();
    }

    @Test
    void refusesAnExerciseTheFileDoesNotDescribe() {
        BlockFileException e = refused(Damage.of(good).set("/plan/3/prescriptions/0/exercise", "moon-squat"));

        assertThat(e.place().path()).isEqualTo("$.plan[3].prescriptions[0].exercise");
        assertThat(e.reason()).isEqualTo("Unknown exercise \"moon-squat\": it is not described in $.exercises.");
    }

    @Test
    void refusesASessionWithAnExerciseTheFileDoesNotDescribe() {
        BlockFileException e = refused(Damage.of(good).set("/sessions/1/entries/0/exercise", "moon-squat"));

        assertThat(e.place().path()).isEqualTo("$.sessions[1].entries[0].exercise");
    }

    @Test
    void refusesAChainThatLoopsBack() {
        Damage damage = Damage.of(good).set("/exercises/0/progressesTo", "back-squat");

        assertThat(refused(damage).getMessage()).contains("cannot progress to itself");
    }

    @Test
    void refusesTheSameSessionTwice() {
        Damage damage = Damage.of(good).set("/sessions/1/id", sessionId(0));

        BlockFileException e = refused(damage);

        assertThat(e.place().path()).isEqualTo("$.sessions[1].id");
        assertThat(e.reason()).contains("appears twice");
    }

    private static String sessionId(int index) {
        try {
            return Damage.JSON.readTree(good).at("/sessions/" + index + "/id").asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void refusesADuplicatedKey() {
        String twice = good.replaceFirst("\"weeks\": 12,", "\"weeks\": 12, \"weeks\": 52,");

        BlockFileException e = refused(twice);

        assertThat(e.reason()).contains("appears twice").contains("weeks");
        assertThat(e.place().line()).isPositive();
    }

    @Test
    void refusesAFileOverTheSizeLimitBeforeReadingIt() throws Exception {
        Path huge = folder.resolve("huge.json");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(500L * 1024 * 1024); // sparse: no disk used, but it reports 500 MB
        }
        long started = System.nanoTime();

        BlockFileException e = catchThrowableOfType(BlockFileException.class, () -> new BlockFileReader().read(huge));

        assertThat(e.getMessage()).isEqualTo("huge.json is too large to be a block file (500.0 MB or more; the limit"
                + " is 20.0 MB).");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1_000);
    }

    @Test
    void stopsReadingAnEndlessStreamAtTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };

        BlockFileException e = catchThrowableOfType(BlockFileException.class,
                () -> new BlockFileReader(1024 * 1024).read(endless, "pipe"));

        assertThat(e.getMessage()).contains("too large").contains("1.0 MB");
    }

    @Test
    void refusesDeeplyNestedJunk() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        String json = good.replaceFirst("\"block\": \\{", "\"junk\": " + deep + ", \"block\": {");

        BlockFileException e = refused(json);

        assertThat(e.reason()).contains("nested deeper than 32 levels");
        // Line 5: format, version and units come before the block.
        assertThat(e.place().line()).isEqualTo(5);
    }

    @Test
    void refusesAnAbsurdlyLongNumberAndText() {
        assertThat(refused(Damage.of(good).setJson("/block/weeks", "1" + "0".repeat(500))).reason())
                .contains("more than 40 digits");
        assertThat(refused(Damage.of(good).set("/block/notes", "x".repeat(60_000))).reason())
                .contains("longer than 50000 characters");
    }

    @Test
    void readsUnknownFieldsWithAWarningThatNamesThem() {
        Damage damage = Damage.of(good).set("/block/colour", "blue").set("/plan/3/prescriptions/0/@class",
                "java.lang.Runtime").set("/sessions/0/entries/0/sets/0/tempo", "3-1-1");

        BlockFile file = new BlockFileReader().parse(damage.bytes(), "extra.json");

        assertThat(file.warnings()).extracting(w -> w.place().path()).containsExactly("$.block.colour",
                "$.plan[3].prescriptions[0]['@class']", "$.sessions[0].entries[0].sets[0].tempo");
        assertThat(file.warnings()).allSatisfy(w -> {
            assertThat(w.message()).startsWith("Unknown field").endsWith("was ignored.");
            assertThat(w.place().line()).isPositive();
        });
    }

    @Test
    void namesTheFieldItselfWhenAnUnknownFieldHoldsAnObjectOrAList() {
        // A { or [ value puts the parser inside it, and Jackson replays a record's unknown fields from a buffer:
        // both once made these warnings name a path inside the value, or a neighbour's.
        Damage damage = Damage.of(good)
                .setJson("/block/extra", "{\"@class\": \"x\", \"y\": {\"z\": 1}}")
                .setJson("/block/lst", "[1, {\"q\": 2}]")
                .setJson("/plan/1/zzz", "{\"a\": 1}")
                .setJson("/plan/3/prescriptions/0/sets/1/drops", "[[70, 8], [60, 10]]")
                .setJson("/sessions/0/entries/0/sets/0/device", "{}")
                .setJson("/zz", "[]");
        // One before the known fields too, so Jackson meets it before it can build the record.
        String json = damage.json().replaceFirst("\"block\": \\{", "\"block\": {\"early\": [{\"b\": [3]}],");

        BlockFile file = new BlockFileReader().parse(json.getBytes(StandardCharsets.UTF_8), "nested.json");

        assertThat(file.warnings()).extracting(FileWarning::place).containsExactly(
                fieldAt(json, "$.block.early", "early"),
                fieldAt(json, "$.block.extra", "extra"),
                fieldAt(json, "$.block.lst", "lst"),
                fieldAt(json, "$.plan[1].zzz", "zzz"),
                fieldAt(json, "$.plan[3].prescriptions[0].sets[1].drops", "drops"),
                fieldAt(json, "$.sessions[0].entries[0].sets[0].device", "device"),
                fieldAt(json, "$.zz", "zz"));
        assertThat(file.warnings()).extracting(FileWarning::message).containsExactly(
                "Unknown field \"early\" was ignored.", "Unknown field \"extra\" was ignored.",
                "Unknown field \"lst\" was ignored.", "Unknown field \"zzz\" was ignored.",
                "Unknown field \"drops\" was ignored.", "Unknown field \"device\" was ignored.",
                "Unknown field \"zz\" was ignored.");
    }

    /** Where the one field called {@code name} is written in {@code json}: the line and column of its opening quote. */
    private static Place fieldAt(String json, String path, String name) {
        String quoted = "\"" + name + "\":";
        assertThat(json.indexOf(quoted)).as(name).isEqualTo(json.lastIndexOf(quoted)).isNotNegative();
        List<String> lines = json.lines().toList();
        int line = 0;
        while (!lines.get(line).contains(quoted)) {
            line++;
        }
        return new Place(path, line + 1, lines.get(line).indexOf(quoted) + 1);
    }

    @Test
    void warnsAboutFieldsThatDoNotApplyToTheKind() {
        Damage damage = Damage.of(good).set("/plan/3/prescriptions/0/distanceM", 5000);

        BlockFile file = new BlockFileReader().parse(damage.bytes(), "odd.json");

        assertThat(file.warnings()).singleElement().satisfies(w -> {
            assertThat(w.place().path()).isEqualTo("$.plan[3].prescriptions[0].distanceM");
            assertThat(w.message()).isEqualTo("\"distanceM\" does not apply to kind \"strength\"; it was ignored.");
        });
    }

    @Test
    void refusesAMissingFileAndAFolder() {
        assertThat(catchThrowableOfType(BlockFileException.class,
                () -> new BlockFileReader().read(folder.resolve("nope.json"))).getMessage()).startsWith("There is no file");
        assertThat(catchThrowableOfType(BlockFileException.class, () -> new BlockFileReader().read(folder))
                .getMessage()).contains("is a folder");
    }

    @Test
    void theSchemaRefusesWhatTheReaderRefuses() {
        assertThat(BlockSchema.violations(good)).isEmpty();
        assertThat(BlockSchema.violations(Damage.of(good).set("/plan/3/prescriptions/0/sets/2/reps", 0).json()))
                .contains("reps");
        assertThat(BlockSchema.violations(Damage.of(good).set("/format", "other").json())).isNotEmpty();
    }
}

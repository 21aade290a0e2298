package app.overload.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import app.overload.domain.Session;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.store.Logbook;
import app.overload.store.StoreException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Thousands of damaged block files, broken as text (cut, bytes flipped, junk inserted) and as JSON (values replaced
 * by junk of every type, fields removed): reading and importing them never throws anything but the two exceptions
 * that carry a message for the user, and a failed import leaves every table of the logbook as it was.
 *
 * <p>jqwik does not run JUnit extensions, so this class makes and removes its own temporary folder instead of
 * using {@code @TempDir}.
 */
class BlockFileFuzzTest {

    private static Path folder;
    private static Logbook target;
    private static byte[] strength;
    private static byte[] running;
    private static List<String> strengthPointers;
    private static List<String> runningPointers;

    @BeforeContainer
    static void exportTwoBlocks() throws IOException {
        folder = Files.createTempDirectory("overload-fuzz");
        TrainingBlock lifting = SampleBlocks.richestStrengthBlock();
        TrainingBlock run = SampleBlocks.blocks().stream().filter(b -> b.exercises().isEmpty()).findFirst()
                .orElseThrow();
        try (Logbook source = Logbook.open(folder.resolve("source.db"))) {
            List<Session> sessions = SampleBlocks.SAMPLE.sessions().stream().filter(s -> s instanceof TrainingSession t
                    && (t.block().equals(lifting.id()) || t.block().equals(run.id()))).toList();
            source.saveAll(List.of(lifting, run), sessions);
            strength = firstSessions(new BlockExporter(source).contents(lifting.id(), true), 6);
            running = firstSessions(new BlockExporter(source).contents(run.id(), true), 10);
        }
        strengthPointers = pointers(strength);
        runningPointers = pointers(running);
        target = Logbook.open(folder.resolve("target.db"));
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        target.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A smaller file keeps thousands of tries quick; a few sessions cover every kind of entry and set. */
    private static byte[] firstSessions(BlockContents contents, int count) {
        List<TrainingSession> some = contents.sessions().subList(0, Math.min(count, contents.sessions().size()));
        return BlockFileWriter.toJson(new BlockContents(contents.block(), contents.exercises(), some))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Property(tries = 1500)
    void aDamagedStrengthBlockIsRefusedCleanlyOrImportedWhole(@ForAll("damagedStrength") byte[] file) {
        importChecked(file);
    }

    @Property(tries = 1000)
    void aDamagedRunningBlockIsRefusedCleanlyOrImportedWhole(@ForAll("damagedRunning") byte[] file) {
        importChecked(file);
    }

    private static void importChecked(byte[] file) {
        LogbookState before = LogbookState.of(target);
        BlockImporter importer = new BlockImporter(target);
        try {
            importer.apply(importer.preview(new BlockFileReader().read(new ByteArrayInputStream(file), "fuzz.json")));
            Statistics.collect("imported");
        } catch (BlockFileException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("com.fasterxml", "java.lang", "app.overload");
            assertThat(LogbookState.of(target)).isEqualTo(before);
            Statistics.collect(e.place() == null ? "refused" : "refused at a path");
        } catch (StoreException e) {
            assertThat(LogbookState.of(target)).isEqualTo(before);
            Statistics.collect("refused by the store");
        }
    }

    @Provide
    Arbitrary<byte[]> damagedStrength() {
        return damaged(strength, strengthPointers);
    }

    @Provide
    Arbitrary<byte[]> damagedRunning() {
        return damaged(running, runningPointers);
    }

    private static Arbitrary<byte[]> damaged(byte[] good, List<String> pointers) {
        return Arbitraries.frequencyOf(
                weighted(3, textDamage(good)),
                weighted(5, treeDamage(good, pointers)),
                weighted(1, treeDamage(good, pointers).flatMap(once -> textDamage(once))));
    }

    private static Tuple2<Integer, Arbitrary<? extends byte[]>> weighted(int weight, Arbitrary<byte[]> a) {
        return Tuple.of(weight, a);
    }

    /** Cut the file, flip a byte, drop a run of bytes, or insert junk text. */
    private static Arbitrary<byte[]> textDamage(byte[] good) {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, good.length - 1);
        Arbitrary<byte[]> cut = position.map(p -> Arrays.copyOf(good, p));
        Arbitrary<byte[]> flip = Combinators.combine(position, Arbitraries.bytes()).as((p, b) -> {
            byte[] copy = good.clone();
            copy[p] = b;
            return copy;
        });
        Arbitrary<byte[]> drop = Combinators.combine(position, Arbitraries.integers().between(1, 200)).as((p, n) -> {
            byte[] head = Arrays.copyOf(good, p);
            byte[] tail = Arrays.copyOfRange(good, Math.min(good.length, p + n), good.length);
            return concat(head, tail);
        });
        Arbitrary<String> junk = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20),
                Arbitraries.of("{", "}", "[", "]", ",", ":", "\"", "null", "1e999", "-0", "\\u0000", "\u2028",
                        "{\"kind\":\"@class\"}", "[[[[[[[[[[", "\uFEFF", "/* comment */", "NaN"));
        Arbitrary<byte[]> insert = Combinators.combine(position, junk).as((p, text) -> concat(
                concat(Arrays.copyOf(good, p), text.getBytes(StandardCharsets.UTF_8)),
                Arrays.copyOfRange(good, p, good.length)));
        return Arbitraries.oneOf(cut, flip, drop, insert);
    }

    /** Replace one value anywhere in the document by junk of another shape or range, or remove it. */
    private static Arbitrary<byte[]> treeDamage(byte[] good, List<String> pointers) {
        Arbitrary<String> pointer = Arbitraries.of(pointers);
        Arbitrary<Object> junk = Arbitraries.of(JUNK);
        Arbitrary<byte[]> replace = Combinators.combine(pointer, junk).as((p, value) ->
                Damage.of(new String(good, StandardCharsets.UTF_8)).set(p, value).bytes());
        Arbitrary<byte[]> remove = pointer.map(p -> Damage.of(new String(good, StandardCharsets.UTF_8)).remove(p)
                .bytes());
        return Arbitraries.frequencyOf(weighted(4, replace), weighted(1, remove));
    }

    private static final List<Object> JUNK = List.of("", "x", "run", "working", "2026-02-30", "2026-04-06T25:00:00",
            "00000000-0000-0000-0000-000000000000", "back-squat", "Back Squat", "\u0000", "a".repeat(300), -1, 0, 1,
            2, 53, -0.0, 0.5, 1.5, 99.99, 1e-9, 1e9, 1e308, -1e308, Long.MAX_VALUE, Integer.MIN_VALUE, true, false,
            List.of(), List.of(1), List.of("x"), java.util.Map.of(), java.util.Map.of("kind", "strength"),
            java.util.Map.of("@class", "java.lang.Runtime"), Arrays.asList((Object) null));

    private static List<String> pointers(byte[] json) {
        List<String> result = new ArrayList<>();
        collect(read(json), "", result);
        return result;
    }

    private static JsonNode read(byte[] json) {
        try {
            return Damage.JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode node, String at, List<String> into) {
        if (!at.isEmpty()) {
            into.add(at);
        }
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                collect(node.get(name), at + "/" + name.replace("~", "~0").replace("/", "~1"), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), at + "/" + i, into);
            }
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}

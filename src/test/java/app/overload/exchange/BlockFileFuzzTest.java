package app.overload.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import app.overload.domain.Session;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.store.Logbook;
import app.overload.store.StoreException;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of damaged block files, broken as text (cut, bytes flipped, junk inserted) and as JSON (values replaced
 * by junk of every type, fields removed): reading and importing them never throws anything but the two exceptions
 * that carry a message for the user, and a failed import leaves every table of the logbook as it was.
 */
class BlockFileFuzzTest {

    @TempDir
    static Path folder;

    private static Logbook target;
    private static byte[] strength;
    private static byte[] running;
    private static List<String> strengthPointers;
    private static List<String> runningPointers;
    private static final Map<String, Integer> OUTCOMES = new ConcurrentHashMap<>();

    @BeforeAll
    static void exportTwoBlocks() {
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

    @AfterAll
    static void close() {
        target.close();
        System.out.println("Block file fuzz outcomes: " + OUTCOMES);
    }

    /** A smaller file keeps thousands of tries quick; a few sessions cover every kind of entry and set. */
    private static byte[] firstSessions(BlockContents contents, int count) {
        List<TrainingSession> some = contents.sessions().subList(0, Math.min(count, contents.sessions().size()));
        return BlockFileWriter.toJson(new BlockContents(contents.block(), contents.exercises(), some))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aDamagedStrengthBlockIsRefusedCleanlyOrImportedWhole() {
        qt().withExamples(1500).withFixedSeed(71L).forAll(longs().all())
                .checkAssert(seed -> importChecked(damaged(strength, strengthPointers, new Random(seed))));
        assertThat(OUTCOMES).containsKey("refused at a path");
    }

    @Test
    void aDamagedRunningBlockIsRefusedCleanlyOrImportedWhole() {
        qt().withExamples(1000).withFixedSeed(72L).forAll(longs().all())
                .checkAssert(seed -> importChecked(damaged(running, runningPointers, new Random(seed))));
        assertThat(OUTCOMES).containsKey("refused at a path");
    }

    private static void importChecked(byte[] file) {
        LogbookState before = LogbookState.of(target);
        BlockImporter importer = new BlockImporter(target);
        try {
            importer.apply(importer.preview(new BlockFileReader().read(new ByteArrayInputStream(file), "fuzz.json")));
            OUTCOMES.merge("imported", 1, Integer::sum);
        } catch (BlockFileException e) {
            assertThat(e.getMessage()).isNotBlank().doesNotContain("com.fasterxml", "java.lang", "app.overload");
            assertThat(LogbookState.of(target)).isEqualTo(before);
            OUTCOMES.merge(e.place() == null ? "refused" : "refused at a path", 1, Integer::sum);
        } catch (StoreException e) {
            assertThat(LogbookState.of(target)).isEqualTo(before);
            OUTCOMES.merge("refused by the store", 1, Integer::sum);
        }
    }

    /** Damage as text (3 in 9), as a JSON tree (5 in 9), or both (1 in 9). */
    private static byte[] damaged(byte[] good, List<String> pointers, Random random) {
        int pick = random.nextInt(9);
        if (pick < 3) {
            return textDamage(good, random);
        }
        byte[] tree = treeDamage(good, pointers, random);
        return pick < 8 ? tree : textDamage(tree, random);
    }

    /** Cut the file, flip a byte, drop a run of bytes, or insert junk text. */
    private static byte[] textDamage(byte[] good, Random random) {
        int p = random.nextInt(Math.max(1, good.length));
        switch (random.nextInt(4)) {
            case 0:
                return Arrays.copyOf(good, p);
            case 1:
                byte[] copy = good.clone();
                copy[p] = (byte) random.nextInt(256);
                return copy;
            case 2:
                int n = 1 + random.nextInt(200);
                return concat(Arrays.copyOf(good, p), Arrays.copyOfRange(good, Math.min(good.length, p + n),
                        good.length));
            default:
                String junk = random.nextBoolean() ? randomText(random) : JUNK_TEXT.get(random.nextInt(JUNK_TEXT.size()));
                return concat(concat(Arrays.copyOf(good, p), junk.getBytes(StandardCharsets.UTF_8)),
                        Arrays.copyOfRange(good, p, good.length));
        }
    }

    private static final List<String> JUNK_TEXT = List.of("{", "}", "[", "]", ",", ":", "\"", "null", "1e999", "-0",
            "\\u0000", "\u2028", "{\"kind\":\"@class\"}", "[[[[[[[[[[", "\uFEFF", "/* comment */", "NaN");

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = 0, n = random.nextInt(21); i < n; i++) {
            text.appendCodePoint(random.nextInt(3) == 0 ? random.nextInt(0x2FFF) : 32 + random.nextInt(95));
        }
        return text.toString();
    }

    /** Replace one value anywhere in the document by junk of another shape or range (4 in 5), or remove it. */
    private static byte[] treeDamage(byte[] good, List<String> pointers, Random random) {
        String pointer = pointers.get(random.nextInt(pointers.size()));
        Damage damage = Damage.of(new String(good, StandardCharsets.UTF_8));
        return (random.nextInt(5) < 4 ? damage.set(pointer, JUNK.get(random.nextInt(JUNK.size())))
                : damage.remove(pointer)).bytes();
    }

    private static final List<Object> JUNK = List.of("", "x", "run", "working", "2026-02-30", "2026-04-06T25:00:00",
            "00000000-0000-0000-0000-000000000000", "back-squat", "Back Squat", "\u0000", "a".repeat(300), -1, 0, 1,
            2, 53, -0.0, 0.5, 1.5, 99.99, 1e-9, 1e9, 1e308, -1e308, Long.MAX_VALUE, Integer.MIN_VALUE, true, false,
            List.of(), List.of(1), List.of("x"), Map.of(), Map.of("kind", "strength"),
            Map.of("@class", "java.lang.Runtime"), Arrays.asList((Object) null));

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

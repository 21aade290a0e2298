package app.overload.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The example in docs/block-format.md is a real, valid block file, so the documentation cannot drift. */
class BlockFormatDocTest {

    private static String example() throws Exception {
        String doc = Files.readString(Path.of("docs", "block-format.md"));
        int start = doc.indexOf("```json\n") + "```json\n".length();
        return doc.substring(start, doc.indexOf("```", start));
    }

    @Test
    void theDocumentedExampleReadsWithoutWarnings() throws Exception {
        BlockFile file = new BlockFileReader().parse(example().getBytes(StandardCharsets.UTF_8), "example.json");

        assertThat(file.warnings()).isEmpty();
        assertThat(file.contents().block().name()).isEqualTo("Linear 5×5 (Oct 2026)");
        assertThat(file.contents().sessions()).hasSize(1);
    }

    @Test
    void theDocumentedExampleSatisfiesTheSchemaAndIsLaidOutAsExportsAre() throws Exception {
        String example = example();
        BlockFile file = new BlockFileReader().parse(example.getBytes(StandardCharsets.UTF_8), "example.json");

        assertThat(BlockSchema.violations(example)).isEmpty();
        assertThat(BlockFileWriter.toJson(file.contents())).isEqualTo(example);
    }
}

package app.overload.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** docs/block.schema.json, loaded once, and a check that names every violation. */
final class BlockSchema {

    static final Path FILE = Path.of("docs", "block.schema.json");
    private static final JsonSchema SCHEMA = load();

    private BlockSchema() {
    }

    private static JsonSchema load() {
        try (InputStream in = Files.newInputStream(FILE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's complaints about {@code json}, one per line; empty when it is valid. */
    static String violations(String json) {
        try {
            Set<ValidationMessage> messages = SCHEMA.validate(new ObjectMapper().readTree(json));
            return messages.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

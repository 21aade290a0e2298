package app.overload.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;

import app.overload.domain.UnitPreferences;
import app.overload.sample.SampleLogbook;
import app.overload.store.Logbook;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/history.schema.json describes what the JSON export writes: a year of the sample logbook, with workouts and
 * training sessions of several blocks, satisfies it; a session of a kind it does not know does not.
 */
class HistorySchemaTest {

    @TempDir
    Path folder;

    private static JsonSchema schema() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .schemaMappers(mappers -> mappers.mapPrefix("urn:overload:schema:block:1.0",
                        Path.of("docs", "block.schema.json").toAbsolutePath().toUri().toString())));
        try (InputStream in = Files.newInputStream(Path.of("docs", "history.schema.json"))) {
            return factory.getSchema(in);
        }
    }

    private static String violations(String json) throws IOException {
        return schema().validate(new ObjectMapper().readTree(json)).stream().map(ValidationMessage::getMessage)
                .sorted().collect(Collectors.joining("\n"));
    }

    @Test
    void aYearOfHistorySatisfiesTheSchema() throws Exception {
        Path file = folder.resolve("history.json");
        try (Logbook logbook = Logbook.open(folder.resolve("sample.db"))) {
            SampleLogbook sample = SampleLogbook.generate(1, 5, LocalDate.of(2026, 11, 23));
            logbook.saveAll(sample.blocks(), sample.sessions());
            new ExportHistory(logbook).export(file, ExportHistory.Format.JSON, LocalDate.of(2026, 1, 1), null,
                    UnitPreferences.METRIC, p -> { });
        }
        String json = Files.readString(file);

        assertThat(json).contains("\"kind\": \"workout\"").contains("\"kind\": \"training\"");
        assertThat(violations(json)).isEmpty();
    }

    @Test
    void theSchemaRefusesWhatTheReaderRefuses() throws Exception {
        String workoutWithPurpose = "{\"format\": \"overload-history\", \"version\": \"1.0\", \"sessions\": [{\"id\": "
                + "\"2f0e7c8e-8f5c-4d4f-9f0e-1c2b3a4d5e6f\", \"kind\": \"workout\", \"start\": "
                + "\"2026-03-02T18:00:00\", \"durationS\": 3600, \"purpose\": \"tempo\", \"entries\": [{\"kind\": "
                + "\"timed\", \"activity\": \"Yoga\", \"durationS\": 3600}]}]}";

        assertThat(violations(workoutWithPurpose)).isNotEmpty();
        assertThat(violations(workoutWithPurpose.replace("\"purpose\": \"tempo\", ", ""))).isEmpty();
    }
}

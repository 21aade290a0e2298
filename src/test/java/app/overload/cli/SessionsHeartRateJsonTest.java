package app.overload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import app.overload.domain.AthleteSettings;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.HeartRateHistogram;
import app.overload.domain.LoadMeasure;
import app.overload.domain.Modality;
import app.overload.domain.Rpe;
import app.overload.domain.SessionId;
import app.overload.domain.TimedEntry;
import app.overload.domain.TrimpCurve;
import app.overload.domain.Workout;
import app.overload.store.Logbook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code overload sessions --json} carries each session's heart rate: average, maximum, time in zones, loads. */
class SessionsHeartRateJsonTest {

    @TempDir
    Path folder;

    @Test
    void eachSessionCarriesItsHeartRateAndZoneTimes() throws Exception {
        Path db = folder.resolve("logbook.db");
        try (Logbook logbook = Logbook.open(db)) {
            logbook.settings().saveAthlete(new AthleteSettings(190, 50, 170, null, null, LoadMeasure.HR_TSS,
                    TrimpCurve.MEN));
            // An hour recorded: 30 min at 140 (Z1), 30 min at 160 (Z3). TRIMP 110.60, hrTSS 64.81.
            HeartRateHistogram hour = new HeartRateHistogram.Builder().add(140, 1800).add(160, 1800).build()
                    .orElseThrow();
            logbook.sessions().save(new Workout(SessionId.random(), LocalDateTime.of(2026, 11, 20, 7, 0),
                    Duration.ofHours(1), Rpe.of(5), "", List.of(new EnduranceEntry(Modality.RUN,
                            Distance.kilometres(11), Duration.ofHours(1), 150, null, List.of(), "", 168, hour)),
                    "Recorded"));
            // Typed in: only an average, so its 40 minutes count in the zone of 150 (Z2).
            logbook.sessions().save(new Workout(SessionId.random(), LocalDateTime.of(2026, 11, 21, 7, 0),
                    Duration.ofMinutes(40), null, "", List.of(new EnduranceEntry(Modality.RIDE,
                            Distance.kilometres(20), Duration.ofMinutes(40), 150, null, List.of(), "")), "Typed"));
            logbook.sessions().save(new Workout(SessionId.random(), LocalDateTime.of(2026, 11, 22, 7, 0),
                    Duration.ofMinutes(30), null, "", List.of(TimedEntry.of("Yoga", Duration.ofMinutes(30), null)),
                    "No heart rate"));
        }

        CommandRun run = CommandRun.of("sessions", "--db", db.toString(), "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(run.out());

        JsonNode recorded = rows.get(0).get("heartRate");
        assertThat(recorded.get("averageBpm").asInt()).isEqualTo(150);
        assertThat(recorded.get("maxBpm").asInt()).isEqualTo(168);
        assertThat(recorded.get("secondsInZones")).extracting(JsonNode::asLong).containsExactly(1800L, 0L, 1800L,
                0L, 0L);
        assertThat(recorded.get("zonesFrom").asText()).isEqualTo("recording");
        assertThat(recorded.get("trimp").asDouble()).isEqualTo(110.6);
        assertThat(recorded.get("hrTss").asDouble()).isEqualTo(64.8);
        assertThat(rows.get(0).get("summary").asText()).endsWith(", HR 150 avg, 168 max");

        JsonNode typed = rows.get(1).get("heartRate");
        assertThat(typed.get("maxBpm").isNull()).isTrue();
        assertThat(typed.get("secondsInZones")).extracting(JsonNode::asLong).containsExactly(0L, 2400L, 0L, 0L, 0L);
        assertThat(typed.get("zonesFrom").asText()).isEqualTo("average");

        assertThat(rows.get(2).get("heartRate").isNull()).isTrue();
    }

    @Test
    void withoutZonesTheTimesAreNullButTheAverageIsThere() throws Exception {
        Path db = folder.resolve("logbook.db");
        try (Logbook logbook = Logbook.open(db)) {
            logbook.sessions().save(new Workout(SessionId.random(), LocalDateTime.of(2026, 11, 21, 7, 0),
                    Duration.ofMinutes(40), null, "", List.of(new EnduranceEntry(Modality.RUN,
                            Distance.kilometres(8), Duration.ofMinutes(40), 150, null, List.of(), "")), ""));
        }
        JsonNode hr = new ObjectMapper().readTree(CommandRun.of("sessions", "--db", db.toString(), "--json").out())
                .get(0).get("heartRate");
        assertThat(hr.get("averageBpm").asInt()).isEqualTo(150);
        assertThat(hr.get("secondsInZones").isNull()).isTrue();
        assertThat(hr.get("zonesFrom").isNull()).isTrue();
        assertThat(hr.get("trimp").isNull()).isTrue();
    }
}

package app.overload.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import app.overload.exchange.BlockFileException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A history file that cannot be imported is refused whole, with the place and the reason. */
class BadHistoryFileTest {

    private static final String SESSION = "{\"id\": \"2f0e7c8e-8f5c-4d4f-9f0e-1c2b3a4d5e6f\", \"kind\": \"workout\", "
            + "\"start\": \"2026-03-02T18:00:00\", \"durationS\": 3600, \"entries\": [{\"kind\": \"strength\", "
            + "\"exercise\": \"back-squat\", \"sets\": [{\"setKind\": \"working\", \"reps\": 5, \"loadKg\": 100}]}]}";
    private static final String EXERCISE = "{\"key\": \"back-squat\", \"name\": \"Back squat\", \"pattern\": "
            + "\"squat\", \"region\": \"lower\", \"incrementKg\": 2.5, \"defaultRestS\": 180}";

    @TempDir
    Path folder;

    /** A workout of one 30-minute run with {@code heartRate}: the heart-rate fields of the entry. */
    private static String run(String heartRate) {
        return "{\"id\": \"3f0e7c8e-8f5c-4d4f-9f0e-1c2b3a4d5e6f\", \"kind\": \"workout\", \"start\": "
                + "\"2026-03-02T07:00:00\", \"durationS\": 1800, \"entries\": [{\"kind\": \"endurance\", "
                + "\"modality\": \"run\", \"durationS\": 1800, " + heartRate + "}]}";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a block file      | {"format": "overload-block", "version": "1.0"}                                      | This is a block file, not a history file
            another format    | {"format": "strong", "version": "1.0"}                                              | its "format" is "strong"
            a newer major     | {"format": "overload-history", "version": "2.0"}                                    | written by a newer version of Overload
            no exercise       | {"format": "overload-history", "version": "1.0", "sessions": [SESSION]}             | $.sessions[0].entries[0].exercise (line 1, column
            a bad load        | {"format": "overload-history", "version": "1.0", "exercises": [EXERCISE], "sessions": [SESSION_BAD_LOAD]} | $.sessions[0].entries[0].sets[0].loadKg
            an unknown kind   | {"format": "overload-history", "version": "1.0", "exercises": [EXERCISE], "sessions": [SESSION_RACE]} | "race" is not a kind of session
            a missing block   | {"format": "overload-history", "version": "1.0", "exercises": [EXERCISE], "sessions": [SESSION_TRAINING]} | is not in $.blocks
            cut short         | {"format": "overload-history", "version": "1.0", "exercises": [EXERCISE], "sessions": [ | $.sessions
            a recording out of range | {"format": "overload-history", "version": "1.0", "sessions": [RUN_HR_300]} | $.sessions[0].entries[0].heartRate (line 1, column
            a negative time at a bpm | {"format": "overload-history", "version": "1.0", "sessions": [RUN_HR_NEGATIVE]} | Time at a heart rate must not be negative
            a max below the average  | {"format": "overload-history", "version": "1.0", "sessions": [RUN_MAX_LOW]} | $.sessions[0].entries[0].maxHeartRateBpm
            """)
    void isRefusedNamingThePlace(String what, String json, String message) throws Exception {
        Path file = folder.resolve("history.json");
        Files.writeString(file, json.replace("RUN_HR_300", run("\"heartRate\": {\"lowestBpm\": 249, "
                + "\"secondsAtBpm\": [10, 10, 10]}"))
                .replace("RUN_HR_NEGATIVE", run("\"heartRate\": {\"lowestBpm\": 140, \"secondsAtBpm\": [10, -1]}"))
                .replace("RUN_MAX_LOW", run("\"averageHeartRateBpm\": 150, \"maxHeartRateBpm\": 140"))
                .replace("SESSION_BAD_LOAD", SESSION.replace("100", "-5"))
                .replace("SESSION_RACE", SESSION.replace("\"workout\"", "\"race\""))
                .replace("SESSION_TRAINING", SESSION.replace("\"workout\"", "\"training\", \"block\": "
                        + "\"5f0e7c8e-8f5c-4d4f-9f0e-1c2b3a4d5e6f\", \"purpose\": \"tempo\""))
                .replace("SESSION", SESSION).replace("EXERCISE", EXERCISE));

        assertThatThrownBy(() -> ImportHistoryFile.read(file)).isInstanceOf(BlockFileException.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the history format | {"format": "overload-history", "version": "1.0"} | true
            a block file       | {"format": "overload-block", "version": "1.0"}   | false
            a Strong export    | Date;Workout Name;Exercise Name                  | false
            """)
    void isToldApartFromOtherFilesByItsFirstBytes(String what, String text, boolean history) throws Exception {
        Path file = Files.writeString(folder.resolve("file.json"), text);

        assertThat(ImportHistoryFile.isHistoryFile(file)).isEqualTo(history);
    }
}

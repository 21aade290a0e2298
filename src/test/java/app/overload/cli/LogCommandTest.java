package app.overload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.BlockId;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.Purpose;
import app.overload.domain.Session;
import app.overload.domain.SessionSummary;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.Workout;
import app.overload.store.Logbook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code overload log}: words or standard input, understood and saved in one go, or nothing saved at all. */
class LogCommandTest {

    @TempDir
    Path folder;

    private Path db() {
        return folder.resolve("log.db");
    }

    /** Runs {@code overload log --db <db> args…} with {@code stdin} as its standard input. */
    private CommandRun log(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = OverloadCommand.commandLine(path -> {
            throw new AssertionError("The app must not open");
        });
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        LogCommand command = line.getSubcommands().get("log").getCommand();
        command.input = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        List<String> all = new ArrayList<>(List.of("log", "--db", db().toString()));
        all.addAll(List.of(args));
        int code = line.execute(all.toArray(String[]::new));
        return new CommandRun(code, out.toString(), err.toString());
    }

    private List<Session> logged() {
        try (Logbook logbook = Logbook.open(db())) {
            var span = logbook.sessions().span();
            return span.isEmpty() ? List.of() : logbook.sessions().between(span.get().first(), span.get().last());
        }
    }

    private String summary(Session s) {
        try (Logbook logbook = Logbook.open(db())) {
            return new SessionSummary(logbook.settings().units(), logbook.exercises().names()).describe(s);
        }
    }

    @Test
    void logsTheSessionTypedAfterTheCommandAndPrintsItInFull() {
        CommandRun run = log("", "--date", "2026-11-20", "Back", "squat", "5x5", "@", "100", "·", "Bench", "press",
                "3x8", "@", "60", "rpe", "8");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("2026-11-20 12:00 workout for 24:00: Back squat 5×5 @ 100 kg · Bench press "
                + "3×8 @ 60 kg rpe 8\nSaved 1 session.\n");
        List<Session> logged = logged();
        assertThat(logged).hasSize(1);
        assertThat(summary(logged.get(0))).isEqualTo("Back squat 5×5 @ 100 kg · Bench press 3×8 @ 60 kg @ RPE 8");
    }

    @Test
    void logsACarryAndAHoldAsTheHistoryWritesThem() {
        CommandRun run = log("", "--date", "2026-11-20", "farmers walk 40 kg x 40 m, 60 kg x 30 m · Plank 3x1:00");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("2026-11-20 12:00 workout for 15:00: Farmer's carry 40 kg × 40 m + 60 kg × "
                + "30 m · Plank 3 sets of bw × 1:00\nSaved 1 session.\n");
        List<Session> logged = logged();
        assertThat(summary(logged.get(0))).isEqualTo("Farmer's carry 40 kg × 40 m, 60 kg × 30 m · Plank 3 sets of "
                + "body weight × 1:00");
    }

    @Test
    void readsOneSessionALineFromStandardInput() {
        CommandRun run = log("""
                2026-11-18 18:00 Back squat 5x5 @ 100
                2026-11-19 run 8 km in 40:12 # easy
                2026-11-20 yoga 45 min
                """);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("2026-11-19 12:00 workout for 40:12: Run 8 km in 40:12 # easy")
                .endsWith("Saved 3 sessions.\n");
        assertThat(logged()).extracting(Session::date).containsExactly(LocalDate.of(2026, 11, 18),
                LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 20));
    }

    @Test
    void oneWordOfSeveralLinesIsSeveralSessions() {
        CommandRun run = log("", "2026-11-18 yoga 45 min\n2026-11-19 yoga 30 min\n");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(logged()).hasSize(2);
    }

    @Test
    void readsSessionsSeparatedByBlankLinesFromStandardInput() {
        CommandRun run = log("""
                2026-11-18 18:00 for 1:10:00 rpe 8
                Back squat w: 20x10, 60x5 + 5x5 @ 100
                Bench press 3x8 @ 60

                2026-11-19
                run 8 km in 40:12
                """, "-");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(logged()).hasSize(2);
        Session first = logged().get(0);
        assertThat(first.entries()).hasSize(2);
        assertThat(first.duration()).isEqualTo(Duration.ofMinutes(70));
        assertThat(summary(first)).isEqualTo("Back squat 5×5 @ 100 kg · Bench press 3×8 @ 60 kg");
    }

    @Test
    void aDryRunPrintsWhatItUnderstoodAndWritesNothingNotEvenTheFile() {
        CommandRun run = log("", "--dry-run", "--date", "2026-11-20", "run 5 km in 25:00");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("2026-11-20 12:00 workout for 25:00: Run 5 km in 25:00\nDry run: 1 session; "
                + "nothing was written to log.db, which does not exist yet and was not created.\n");
        assertThat(Files.exists(db())).isFalse();
    }

    @Test
    void aDryRunOnALogbookLeavesItAsItWas() {
        Logbook.open(db()).close();
        CommandRun run = log("2026-11-20 run 5 km in 25:00\n2026-11-21 Zercher squat 3x5 @ 80\n", "--dry-run",
                "--new-exercise");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Dry run: 2 sessions and would add 1 exercise (Zercher squat); nothing was "
                + "written to log.db.");
        assertThat(logged()).isEmpty();
        try (Logbook logbook = Logbook.open(db())) {
            assertThat(logbook.exercises().find(ExerciseId.of("zercher-squat"))).isEmpty();
        }
    }

    @Test
    void oneLineThatCannotBeReadSavesNothingAndIsPointedAt() {
        CommandRun run = log("""
                2026-11-18 Back squat 5x5 @ 100
                2026-11-19 Back squat 5x
                """);

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("""
                overload: line 2: `5x` — reps after the x, e.g. 5x5
                  2026-11-19 Back squat 5x
                                        ^^
                overload: nothing was saved: 1 of 2 sessions could not be read.
                """);
        assertThat(run.out()).isEmpty();
        assertThat(logged()).isEmpty();
    }

    @Test
    void anUnknownExerciseIsRefusedWithTheClosestNamesUnlessNewExercisesAreAllowed() {
        CommandRun refused = log("", "--date", "2026-11-20", "Bak squat 5x5 @ 100");

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).startsWith("overload: line 1: `Bak squat` — an exercise from the catalogue; did you "
                + "mean Back squat, Front squat or Split squat? (--new-exercise adds it to the catalogue)");

        CommandRun added = log("", "--date", "2026-11-20", "--new-exercise", "Bak squat 5x5 @ 100");

        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).endsWith("Saved 1 session and added 1 exercise (Bak squat).\n");
        try (Logbook logbook = Logbook.open(db())) {
            assertThat(logbook.exercises().find(ExerciseId.of("bak-squat"))).isPresent();
        }
    }

    @Test
    void linesAreTrainingInTheBlockNamedWithItsPurpose() {
        TrainingBlock block = new TrainingBlock(BlockId.random(), "Linear 5×5", new StrengthGoal(
                ExerciseId.of("back-squat"), Mass.kilograms(140), 5), LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 12, 27), 12, List.of(), List.of(), List.of(), List.of(), List.of(), "", null);
        try (Logbook logbook = Logbook.open(db())) {
            logbook.blocks().save(block);
        }

        CommandRun run = log("2026-11-20 Back squat 5x5 @ 100\n2026-11-21 workout: yoga 45 min\n", "--training",
                "linear", "--purpose", "heavy strength");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("2026-11-20 12:00 training \"Linear 5×5\" heavy strength for 15:00: Back squat "
                + "5×5 @ 100 kg");
        List<Session> logged = logged();
        assertThat(logged.get(0)).isInstanceOf(TrainingSession.class);
        assertThat(((TrainingSession) logged.get(0)).purpose()).isEqualTo(Purpose.HEAVY_STRENGTH);
        assertThat(logged.get(1)).isInstanceOf(Workout.class);
    }

    @Test
    void aBlockOrPurposeThatDoesNotExistIsRefused() {
        CommandRun badPurpose = log("", "--training", "Nothing", "--purpose", "sprinting", "run 5 km in 25:00");
        assertThat(badPurpose.code()).isEqualTo(2);
        assertThat(badPurpose.err()).startsWith("--purpose 'sprinting' is not a purpose; one of: easy aerobic, "
                + "recovery, long run, tempo,");

        CommandRun purposeAlone = log("", "--purpose", "tempo", "run 5 km in 25:00");
        assertThat(purposeAlone.code()).isEqualTo(2);
        assertThat(purposeAlone.err()).startsWith("--purpose is for training: name the block with --training as "
                + "well.");
        assertThat(Files.exists(db())).isFalse();

        CommandRun noBlock = log("", "--training", "Nothing", "--purpose", "tempo", "run 5 km in 25:00");
        assertThat(noBlock.code()).isEqualTo(1);
        assertThat(noBlock.err()).isEqualTo("overload: No block called \"Nothing\": the logbook has no block running "
                + "around that day.\n");
        assertThat(logged()).isEmpty();
    }

    @Test
    void jsonPrintsTheSessionsWithEverySet() throws Exception {
        CommandRun run = log("", "--json", "--date", "2026-11-20", "Back squat w: 20x10 + 3x5 @ 100 rest 3:00");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode sessions = new ObjectMapper().readTree(run.out());
        assertThat(sessions).hasSize(1);
        JsonNode session = sessions.get(0);
        assertThat(session.get("kind").asText()).isEqualTo("workout");
        assertThat(session.get("summary").asText()).isEqualTo("Back squat 3×5 @ 100 kg");
        JsonNode sets = session.get("entries").get(0).get("sets");
        assertThat(sets).hasSize(4);
        assertThat(sets.get(0).get("kind").asText()).isEqualTo("WARM_UP");
        assertThat(sets.get(0).get("loadKg").asDouble()).isEqualTo(20);
        assertThat(sets.get(3).get("restSeconds").asDouble()).isEqualTo(180);
        assertThat(run.err()).isEqualTo("Saved 1 session.\n");
        assertThat(logged()).hasSize(1);
    }

    @Test
    void emptyStandardInputIsRefused() {
        CommandRun run = log("  \n");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("overload: Nothing to log: standard input was empty.\n");
    }
}

package app.overload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.BlockId;
import app.overload.domain.BlockOutcome;
import app.overload.domain.ExerciseId;
import app.overload.domain.LiftLevel;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthGoal;
import app.overload.domain.StrengthSet;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.sample.SampleLogbook;
import app.overload.store.Logbook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code overload blocks} end to end on SQLite files: text, JSON, compliance and progress as sessions are logged. */
class BlocksCommandTest {

    private static final ExerciseId SQUAT = ExerciseId.of("back-squat");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @TempDir
    Path dir;

    CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    /** A four-week squat block, 5 × 5 on Monday, Wednesday and Friday, from a 5 × 5 at 80 kg to 100 kg × 5. */
    static TrainingBlock squatBlock() {
        return squatBlock(new StrengthGoal(SQUAT, Mass.kilograms(100), 5));
    }

    static TrainingBlock squatBlock(StrengthGoal goal) {
        List<PlannedSession> plan = new ArrayList<>();
        for (int week = 1; week <= 4; week++) {
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)) {
                plan.add(new PlannedSession(PlannedSessionId.random(), week, day, Purpose.HEAVY_STRENGTH, "Squat day",
                        List.of(Prescription.Strength.sets(SQUAT, 5, 5, Mass.kilograms(80 + 2.5 * week),
                                ProgressionRule.Linear.standard(Mass.kilograms(2.5)))), ""));
            }
        }
        return new TrainingBlock(BlockId.random(), "Squat 5x5", goal,
                MONDAY, MONDAY.plusDays(27), 4, List.of(), List.of(), List.of(),
                List.of(new LiftLevel(SQUAT, 5, 5, Mass.kilograms(80))), plan, "", null);
    }

    static TrainingSession fulfil(TrainingBlock block, PlannedSession planned, double kg) {
        return fulfil(block, planned, Mass.kilograms(kg));
    }

    static TrainingSession fulfil(TrainingBlock block, PlannedSession planned, Mass load) {
        List<StrengthSet> sets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sets.add(StrengthSet.working(5, load));
        }
        return new TrainingSession(SessionId.random(), block.dateOf(planned).atTime(18, 0), Duration.ofHours(1), null,
                "", List.of(new StrengthEntry(SQUAT, sets)), block.id(), planned.purpose(), planned.id());
    }

    @Test
    void listsTheSampleBlocksActiveFirstWithGoalWeekComplianceAndProgress() {
        Path file = dir.resolve("sample.db");
        try (Logbook logbook = Logbook.open(file)) {
            SampleLogbook sample = SampleLogbook.generate(1, 7, LocalDate.of(2026, 11, 23));
            logbook.saveAll(sample.blocks(), sample.sessions());
        }

        CommandRun r = run("blocks", "--db", file.toString(), "--today", "2026-11-23");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Linear 5×5 (Oct 2026)  [active, week 7 of 12]\n"
                + "  goal      Back squat 102.5 kg × 5 by 2027-01-03 (from 2026-10-12, 12 weeks)\n")
                .contains("Half marathon (Oct 2026)  [active, week 8 of 12]")
                .contains("  progress  Best 95 kg × 5 on 9 Nov · 92 % of the target")
                .containsPattern("  plan      \\d+ of \\d+ done · \\d+ %")
                .contains("5/3/1 cycles (Jul 2026)  [finished 27 Sep]")
                .endsWith("8 blocks.\n");
    }

    @Test
    void complianceAndProgressChangeAsSessionsAreLoggedAgainstThePlan() throws Exception {
        Path file = dir.resolve("squat.db");
        TrainingBlock block = squatBlock();
        try (Logbook logbook = Logbook.open(file)) {
            logbook.blocks().save(block);
        }
        String friday = "2026-11-06";

        CommandRun before = run("blocks", "--db", file.toString(), "--today", friday);
        assertThat(before.out()).contains("  plan      0 of 2 done · 0 %")
                .contains("  progress  Nothing logged toward it yet.");

        try (Logbook logbook = Logbook.open(file)) {
            logbook.sessions().save(fulfil(block, block.plannedIn(1).get(0), 82.5));
            logbook.sessions().save(fulfil(block, block.plannedIn(1).get(1), 90));
        }
        CommandRun after = run("blocks", "--db", file.toString(), "--today", friday, "--json");

        assertThat(after.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(after.out()).get(0);
        assertThat(json.path("name").asText()).isEqualTo("Squat 5x5");
        assertThat(json.path("status").asText()).isEqualTo("active");
        assertThat(json.path("currentWeek").asInt()).isEqualTo(1);
        assertThat(json.path("goal").path("kind").asText()).isEqualTo("strength");
        assertThat(json.path("goal").path("loadKg").asDouble()).isEqualTo(100);
        assertThat(json.path("compliance").path("done").asInt()).isEqualTo(2);
        assertThat(json.path("compliance").path("due").asInt()).isEqualTo(2);
        assertThat(json.path("compliance").path("percent").asInt()).isEqualTo(100);
        assertThat(json.path("compliance").path("planned").asInt()).isEqualTo(12);
        // 90 kg × 5 is an Epley max of 105 kg; 100 kg × 5 is 116.7 kg.
        assertThat(json.path("progress").path("percent").asInt()).isEqualTo(90);
        assertThat(json.path("progress").path("best").path("loadKg").asDouble()).isEqualTo(90);
        assertThat(json.path("progress").path("best").path("estimatedMaxKg").asDouble()).isEqualTo(105);
        assertThat(json.path("progress").path("text").asText())
                .isEqualTo("Best 90 kg × 5 on 4 Nov · 90 % of the target");
    }

    @Test
    void aSetThatReadsAsTheGoalInPoundsMeetsIt() throws Exception {
        Path file = dir.resolve("pounds.db");
        TrainingBlock block = squatBlock(new StrengthGoal(SQUAT, Mass.kilograms(102.5), 5));
        try (Logbook logbook = Logbook.open(file)) {
            logbook.settings().saveUnits(UnitPreferences.IMPERIAL);
            logbook.blocks().save(block);
            logbook.sessions().save(fulfil(block, block.plannedIn(1).get(0), Mass.of(225, MassUnit.LB)));
        }

        JsonNode pounds = new ObjectMapper().readTree(run("blocks", "--db", file.toString(), "--today", "2026-11-06",
                "--json").out()).get(0).path("progress");
        JsonNode kilograms = new ObjectMapper().readTree(run("blocks", "--db", file.toString(), "--today",
                "2026-11-06", "--json", "--units", "kg").out()).get(0).path("progress");

        // 102.5 kg reads 225 lb: 225 lb × 5 (102.06 kg) meets it in pounds; in kilograms it reads 102.1 kg, short.
        assertThat(pounds.path("met").asBoolean()).isTrue();
        assertThat(pounds.path("metOn").asText()).isEqualTo("2026-11-02");
        assertThat(pounds.path("percent").asInt()).isEqualTo(100);
        assertThat(kilograms.path("met").asBoolean()).isFalse();
        assertThat(kilograms.path("percent").asInt()).isEqualTo(99);
    }

    @Test
    void showsTheOutcomeOfAnArchivedBlock() {
        Path file = dir.resolve("archived.db");
        TrainingBlock block = squatBlock().archived(new BlockOutcome(MONDAY.plusDays(30), false,
                "Close: 97.5 kg × 5."));
        try (Logbook logbook = Logbook.open(file)) {
            logbook.blocks().save(block);
        }

        CommandRun r = run("blocks", "--db", file.toString(), "--today", "2026-12-10");

        assertThat(r.out()).contains("Squat 5x5  [archived 2 Dec]")
                .contains("  outcome   not met: Close: 97.5 kg × 5.");
    }

    @Test
    void saysSoWhenThereAreNoBlocks() {
        CommandRun r = run("blocks", "--db", dir.resolve("empty.db").toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).isEqualTo("No training blocks in empty.db.\n");
        assertThat(run("blocks", "--db", dir.resolve("empty.db").toString(), "--json").out().strip()).isEqualTo("[ ]");
    }

    @Test
    void refusesADateItCannotRead() {
        CommandRun r = run("blocks", "--db", dir.resolve("x.db").toString(), "--today", "23/11/2026");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("'23/11/2026' is not a date");
    }
}

package app.overload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.overload.domain.BlockId;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.ExerciseId;
import app.overload.domain.LoadTarget;
import app.overload.domain.Mass;
import app.overload.domain.MeasurableGoal;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.PaceTarget;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.RaceLevel;
import app.overload.domain.Rpe;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.store.Logbook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code overload suggest} end to end: a history written into a SQLite file through the store, suggestions read
 * back through the command, as text and as JSON, and accepted into the stored plan.
 */
class SuggestCommandTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private static final ExerciseId SQUAT = ExerciseId.of("back-squat");

    @TempDir
    Path dir;

    CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    /** A four-week squat block, 5 × 5 at 100 kg on Monday, Wednesday and Friday; week 1 done as prescribed. */
    Path squatLogbook() {
        Path file = dir.resolve("squat.db");
        List<PlannedSession> plan = new ArrayList<>();
        for (int week = 1; week <= 4; week++) {
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)) {
                plan.add(new PlannedSession(new PlannedSessionId(UUID.nameUUIDFromBytes((week + "" + day).getBytes())),
                        week, day, Purpose.HEAVY_STRENGTH, "Squat day", List.of(Prescription.Strength.sets(SQUAT, 5, 5,
                                Mass.kilograms(100), ProgressionRule.Linear.standard(Mass.kilograms(2.5)))), ""));
            }
        }
        TrainingBlock block = new TrainingBlock(BlockId.random(), "Squat 5x5", new MeasurableGoal("Squat more", 1, "",
                true), MONDAY, MONDAY.plusDays(27), 4, List.of(), List.of(), List.of(), List.of(), plan, "", null);
        List<Session> sessions = new ArrayList<>();
        for (PlannedSession p : block.plannedIn(1)) {
            List<StrengthSet> sets = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                sets.add(StrengthSet.working(5, Mass.kilograms(100)).withRest(Duration.ofMinutes(3)));
            }
            sessions.add(new TrainingSession(SessionId.random(), TrainingBlock.dateOf(MONDAY, 1, p.day()).atTime(18, 0),
                    Duration.ofHours(1), Rpe.of(7), "", List.of(new StrengthEntry(SQUAT, sets)), block.id(),
                    p.purpose(), p.id()));
        }
        try (Logbook logbook = Logbook.open(file)) {
            logbook.saveAll(List.of(block), sessions);
        }
        return file;
    }

    @Test
    void printsOneLinePerSuggestionWithItsReason() {
        CommandRun r = run("suggest", "--db", squatLogbook().toString(), "--block", "Squat 5x5", "--today", "2026-11-08");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Squat 5x5, week 2 of 4, from 2026-11-09. History read up to 2026-11-08.")
                .contains("Mon 9 Nov  Squat day: Back squat 5×5 @ 100 kg → Back squat 5×5 @ 102.5 kg [increase load] "
                        + "All 5×5 @ 100 kg done on 2, 4 and 6 Nov → 102.5 kg.")
                .contains("Fri 13 Nov  Squat day: Back squat 5×5 @ 100 kg → Back squat 5×5 @ 107.5 kg")
                .contains("3 suggestions, 3 would change the plan.");
    }

    @Test
    void printsTheDocumentedJson() throws Exception {
        Path file = squatLogbook();
        CommandRun r = run("suggest", "--db", file.toString(), "--block", "squat 5X5", "--today", "2026-11-08", "--json");
        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("block").path("name").asText()).isEqualTo("Squat 5x5");
        assertThat(json.path("week").asInt()).isEqualTo(2);
        assertThat(json.path("weekKind").asText()).isEqualTo("normal");
        assertThat(json.path("units").path("mass").asText()).isEqualTo("kg");
        JsonNode first = json.path("suggestions").get(0);
        assertThat(first.path("decision").asText()).isEqualTo("increase-load");
        assertThat(first.path("date").asText()).isEqualTo("2026-11-09");
        assertThat(first.path("changesPlan").asBoolean()).isTrue();
        assertThat(first.path("prescribed").path("sets").get(0).path("loadKg").asDouble()).isEqualTo(100);
        assertThat(first.path("suggested").path("sets").get(0).path("loadKg").asDouble()).isEqualTo(102.5);
        assertThat(first.path("suggested").path("rule").path("kind").asText()).isEqualTo("linear");
        assertThat(first.path("basedOn")).hasSize(3);
        assertThat(first.path("reason").asText()).isEqualTo("All 5×5 @ 100 kg done on 2, 4 and 6 Nov → 102.5 kg.");
        assertThat(json.path("volume").isArray()).isTrue();
        assertThat(json.path("insights").isArray()).isTrue();
    }

    @Test
    void acceptWritesTheSuggestionsIntoTheStoredPlan() {
        Path file = squatLogbook();
        CommandRun accepted = run("suggest", "--db", file.toString(), "--block", "Squat 5x5", "--today", "2026-11-08",
                "--accept");
        assertThat(accepted.out()).contains("Accepted 3 changes into week 2 of \"Squat 5x5\".");
        try (Logbook logbook = Logbook.open(file)) {
            TrainingBlock block = logbook.blocks().findByName("Squat 5x5").orElseThrow();
            assertThat(block.plannedIn(2)).extracting(p -> ((Prescription.Strength) p.prescriptions().get(0)).sets()
                    .get(0).load()).containsExactly(new LoadTarget.Fixed(Mass.kilograms(102.5)),
                            new LoadTarget.Fixed(Mass.kilograms(105)),
                            new LoadTarget.Fixed(Mass.kilograms(107.5)));
        }
        CommandRun again = run("suggest", "--db", file.toString(), "--block", "Squat 5x5", "--today", "2026-11-08");
        assertThat(again.out()).contains("3 suggestions, 0 would change the plan.");
    }

    @Test
    void theSeedsTempoRunInMiles() {
        Path file = dir.resolve("tempo.db");
        Prescription.Endurance tempo = new Prescription.Endurance(Modality.RUN, Distance.miles(4), null,
                new PaceTarget.AtPace(Pace.perMile(Duration.ofSeconds(435))), List.of(),
                new ProgressionRule.Endurance(0.03, Distance.miles(1)));
        List<PlannedSession> plan = new ArrayList<>();
        for (int week = 1; week <= 3; week++) {
            plan.add(new PlannedSession(PlannedSessionId.random(), week, DayOfWeek.THURSDAY, Purpose.TEMPO, "Tempo",
                    List.of(tempo), ""));
        }
        TrainingBlock block = new TrainingBlock(BlockId.random(), "Tempo block", new MeasurableGoal("Faster", 1, "",
                true), MONDAY, MONDAY.plusDays(20), 3, List.of(), List.of(), List.of(), List.of(new RaceLevel(
                        Modality.RUN, Distance.kilometres(5), Duration.ofMinutes(20))), plan, "", null);
        Session run = new TrainingSession(SessionId.random(), LocalDate.of(2026, 11, 5).atTime(7, 0),
                Duration.ofMinutes(29), Rpe.of(7), "", List.of(EnduranceEntry.of(Modality.RUN, Distance.miles(4),
                        Duration.ofMinutes(29))), block.id(), Purpose.TEMPO, plan.get(0).id());
        try (Logbook logbook = Logbook.open(file)) {
            logbook.saveAll(List.of(block), List.of(run));
            logbook.settings().saveUnits(UnitPreferences.IMPERIAL);
        }
        CommandRun r = run("suggest", "--db", file.toString(), "--block", "Tempo block", "--today", "2026-11-08");
        assertThat(r.out()).contains("Thu 12 Nov  Tempo: Run 4.0 mi @ 7:15 /mi → Run 4.0 mi @ 7:00 /mi [faster pace] "
                + "4.0 mi @ 7:15 /mi on 5 Nov done → 7:00 /mi.");
    }

    @Test
    void anUnknownBlockIsOneClearLine() {
        CommandRun r = run("suggest", "--db", squatLogbook().toString(), "--block", "Nope");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo(
                "overload: There is no block called \"Nope\" in squat.db. Its blocks: \"Squat 5x5\".");
    }

    @Test
    void aWeekOutsideTheBlockIsRefused() {
        CommandRun r = run("suggest", "--db", squatLogbook().toString(), "--block", "Squat 5x5", "--week", "9");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("--week must be between 1 and 4");
    }

    @Test
    void aFinishedBlockAsksForAWeek() {
        CommandRun r = run("suggest", "--db", squatLogbook().toString(), "--block", "Squat 5x5", "--today", "2027-01-01");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("give --week 1 to 4");
    }
}

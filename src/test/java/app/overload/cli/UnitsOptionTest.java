package app.overload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.BlockId;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
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
import app.overload.store.Logbook;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --units} on every command that prints loads, on a logbook built by {@code overload import} from a coach's
 * block written in kilograms: a 5×5 @ 95 kg, a goal of 120 kg × 5, and week 1 logged at 95 kg with a run.
 */
class UnitsOptionTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private static final ExerciseId SQUAT = ExerciseId.of("back-squat");
    private static final String TODAY = "2026-11-08";

    @TempDir
    Path dir;

    private Path file;
    private Path athlete;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @BeforeEach
    void importTheCoachsBlock() {
        Path coach = dir.resolve("coach.db");
        List<PlannedSession> plan = new ArrayList<>();
        for (int week = 1; week <= 4; week++) {
            plan.add(new PlannedSession(PlannedSessionId.random(), week, DayOfWeek.MONDAY, Purpose.HEAVY_STRENGTH,
                    "Squat day", List.of(Prescription.Strength.sets(SQUAT, 5, 5, Mass.kilograms(95),
                            ProgressionRule.Linear.standard(Mass.kilograms(2.5)))), ""));
        }
        TrainingBlock block = new TrainingBlock(BlockId.random(), "Squat", new StrengthGoal(SQUAT,
                Mass.kilograms(120), 5), MONDAY, MONDAY.plusDays(27), 4, List.of(), List.of(), List.of(), List.of(),
                plan, "", null);
        List<StrengthSet> sets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sets.add(StrengthSet.working(5, Mass.kilograms(95)).withRest(Duration.ofMinutes(3)));
        }
        PlannedSession first = block.plannedIn(1).get(0);
        TrainingSession done = new TrainingSession(SessionId.random(), MONDAY.atTime(18, 0), Duration.ofMinutes(80),
                null, "", List.of(new StrengthEntry(SQUAT, sets), EnduranceEntry.of(Modality.RUN,
                        Distance.kilometres(8), Duration.ofMinutes(40))), block.id(), first.purpose(), first.id());
        try (Logbook logbook = Logbook.open(coach)) {
            logbook.saveAll(List.of(block), List.of(done));
        }
        file = dir.resolve("squat.json");
        assertThat(run("export", "--db", coach.toString(), "--block", "Squat", "--out", file.toString(),
                "--with-sessions").code()).isZero();
        athlete = dir.resolve("athlete.db");
        assertThat(run("import", "--db", athlete.toString(), file.toString()).code()).isZero();
    }

    private void keepLogbookIn(UnitPreferences units) {
        try (Logbook logbook = Logbook.open(athlete)) {
            logbook.settings().saveUnits(units);
        }
    }

    @ParameterizedTest(name = "sessions {0} reads \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            --units=kg    | Back squat 5×5 @ 95 kg · Run 8.0 km in 40:00, 5:00 /km
            --units=lb    | Back squat 5×5 @ 209.4 lb · Run 8.0 km in 40:00, 5:00 /km
            --units=lb,mi | Back squat 5×5 @ 209.4 lb · Run 5.0 mi in 40:00, 8:03 /mi
            --units=mi    | Back squat 5×5 @ 95 kg · Run 5.0 mi in 40:00, 8:03 /mi
            """)
    void sessionsPrintLoggedLoadsInTheUnitsAsked(String option, String summary) {
        CommandRun r = run("sessions", "--db", athlete.toString(), option);

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(summary);
    }

    @Test
    void withoutTheOptionTheLogbooksSettingDecides() {
        keepLogbookIn(UnitPreferences.IMPERIAL);

        assertThat(run("sessions", "--db", athlete.toString()).out())
                .contains("Back squat 5×5 @ 209.4 lb · Run 5.0 mi in 40:00");
        assertThat(run("sessions", "--db", athlete.toString(), "--units", "kg,km").out())
                .contains("Back squat 5×5 @ 95 kg · Run 8.0 km in 40:00");
    }

    @ParameterizedTest(name = "blocks --units {0}: goal \"{1}\", progress \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            kg | Back squat 120 kg × 5 | Best 95 kg × 5 on 2 Nov
            lb | Back squat 265 lb × 5 | Best 209.4 lb × 5 on 2 Nov
            """)
    void blocksPrintTheGoalAsALoadToLoadAndTheBestAsLogged(String unit, String goal, String best) throws Exception {
        CommandRun r = run("blocks", "--db", athlete.toString(), "--today", TODAY, "--units", unit);

        assertThat(r.out()).contains("  goal      " + goal + " by 2026-11-29").contains("  progress  " + best);
        CommandRun json = run("blocks", "--db", athlete.toString(), "--today", TODAY, "--units", unit, "--json");
        assertThat(new ObjectMapper().readTree(json.out()).get(0).path("goal").path("text").asText()).isEqualTo(goal);
    }

    @ParameterizedTest(name = "suggest --units {0} prescribes \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            kg | Squat day: Back squat 5×5 @ 95 kg →  | All 5×5 @ 95 kg done on 2 Nov
            lb | Squat day: Back squat 5×5 @ 210 lb → | All 5×5 @ 210 lb done on 2 Nov
            """)
    void suggestPrintsThePlanInTheUnitsAsked(String unit, String prescribed, String reason) throws Exception {
        CommandRun r = run("suggest", "--db", athlete.toString(), "--block", "Squat", "--today", TODAY, "--units",
                unit);

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(prescribed).contains(reason).doesNotContain("209.44").doesNotContain("209.4 ");
        CommandRun json = run("suggest", "--db", athlete.toString(), "--block", "Squat", "--today", TODAY, "--units",
                unit, "--json");
        var root = new ObjectMapper().readTree(json.out());
        assertThat(root.path("units").path("mass").asText()).isEqualTo(unit);
        assertThat(root.path("suggestions").get(0).path("prescribedText").asText()).endsWith(
                prescribed.substring("Squat day: ".length(), prescribed.length() - 2).strip());
        assertThat(root.path("suggestions").get(0).path("prescribed").path("sets").get(0).path("loadKg").asDouble())
                .as("SI numbers stay SI").isEqualTo(95);
    }

    @ParameterizedTest(name = "import --dry-run --units {0}: \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            kg | Goal: Back squat 120 kg × 5 by 2026-11-29.
            lb | Goal: Back squat 265 lb × 5 by 2026-11-29.
            """)
    void theImportPreviewShowsTheGoalInTheUnitsAsked(String unit, String goal) {
        CommandRun r = run("import", "--db", dir.resolve("other.db").toString(), file.toString(), "--dry-run",
                "--units", unit);

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains(goal);
    }

    @Test
    void theHistoryImportPreviewTotalsInTheUnitsAsked() {
        String strong = fixture("strong-comma.csv");
        Path target = dir.resolve("history.db");

        assertThat(run("import-history", "--db", target.toString(), "--dry-run", "--unit", "lb", strong).out())
                .contains("1,541 kg lifted");
        assertThat(run("import-history", "--db", target.toString(), "--dry-run", "--unit", "lb", "--units", "lb",
                strong).out()).contains("3,398 lb lifted");
    }

    @ParameterizedTest(name = "--units \"{0}\" is refused")
    @ValueSource(strings = {"stone", "kg,lb", "lb,mi,km", "", "lb,"})
    void anUnknownUnitIsAUsageErrorWithTheChoices(String value) {
        CommandRun r = run("sessions", "--db", athlete.toString(), "--units", value);

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--units").contains("kg or lb");
    }

    @ParameterizedTest(name = "{0} offers --units")
    @ValueSource(strings = {"sessions", "blocks", "suggest", "import", "import-history"})
    void everyCommandThatPrintsLoadsOffersTheOption(String command) {
        CommandRun help = run("help", command);

        assertThat(help.out().replaceAll("\\s+", " ")).contains("--units=kg|lb")
                .contains("instead of the logbook's setting");
    }

    private static String fixture(String name) {
        try {
            return Path.of(UnitsOptionTest.class.getResource("/app/overload/exchange/history/" + name).toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

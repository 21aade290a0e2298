package app.overload.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.overload.domain.BlockStatus;
import app.overload.domain.Prescription;
import app.overload.domain.Purpose;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.sample.SampleLogbook;
import app.overload.store.EngineHistoryReader;
import app.overload.store.Logbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine on a year of the sample athlete, read back from SQLite through the store the way the app and the
 * command line read it.
 */
class SampleLogbookSuggestionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    static Path dir;

    private static Logbook logbook;

    @BeforeAll
    static void saveTheSample() {
        SampleLogbook sample = SampleLogbook.generate(1, 1, TODAY);
        logbook = Logbook.open(dir.resolve("sample.db"));
        logbook.saveAll(sample.blocks(), sample.sessions());
    }

    @AfterAll
    static void close() {
        logbook.close();
    }

    static WeekPlan suggest(String block, int week, LocalDate today) {
        TrainingBlock b = logbook.blocks().findByName(block).orElseThrow();
        WeekRequest request = new WeekRequest(b, week, today, false);
        EngineHistoryReader.LoggedHistory read = logbook.history().read(request.exercisesToRead(),
                WeekRequest.ENTRIES_PER_EXERCISE, request.historyFrom(), request.historyUntil());
        return new ProgressionEngine(UnitPreferences.METRIC, logbook.exercises().all()).suggestWeek(request,
                new TrainingHistory(read.sessions(), read.dailyLoads(), read.unreadable()));
    }

    static String current5x5() {
        return logbook.blocks().all().stream().filter(b -> b.name().startsWith("Linear") && b.status(TODAY)
                == BlockStatus.ACTIVE).findFirst().orElseThrow().name();
    }

    static String currentHalf() {
        return logbook.blocks().all().stream().filter(b -> b.name().startsWith("Half") && b.status(TODAY)
                == BlockStatus.ACTIVE).findFirst().orElseThrow().name();
    }

    @Test
    void theRunning5x5AddsTwoAndAHalfKilosAfterASessionDone() {
        WeekPlan plan = suggest(current5x5(), 7, TODAY);
        Suggestion squat = plan.suggestions().get(0);
        Matcher m = Pattern.compile("All 5×5 @ ([0-9.]+) kg done on [0-9]+ [A-Z][a-z]{2} → ([0-9.]+) kg\\.")
                .matcher(squat.reason());
        assertThat(m.matches()).as(squat.reason()).isTrue();
        double last = Double.parseDouble(m.group(1));
        assertThat(Double.parseDouble(m.group(2))).isEqualTo(last + 2.5);
        assertThat(LinearRuleTest.top(squat)).isEqualTo(last + 2.5);
        assertThat(squat.basedOn()).isNotEmpty();
    }

    @Test
    void deloadsAfterThreeMissesInARow() {
        WeekPlan plan = suggest(current5x5(), 6, LocalDate.of(2026, 11, 15));
        assertThat(plan.suggestions()).anySatisfy(s -> {
            assertThat(s.decision()).isEqualTo(new Decision.Deload(false));
            assertThat(s.reason()).contains("3 times in a row → deload 10 %");
        });
    }

    @Test
    void theTempoRunMovesOneVariableFromTheSessionItCites() {
        TrainingBlock half = logbook.blocks().findByName(currentHalf()).orElseThrow();
        int moved = 0;
        for (int week = 2; week <= 9; week++) {
            for (Suggestion s : suggest(half.name(), week, TODAY).suggestions()) {
                if (half.planned(s.plannedSession()).orElseThrow().purpose() != Purpose.TEMPO || s.basedOn().isEmpty()) {
                    continue;
                }
                var cited = (TrainingSession) logbook.sessions().find(s.basedOn().get(0))
                        .orElseThrow();
                var done = (Prescription.Endurance) half.planned(cited.plannedSession()).orElseThrow()
                        .prescriptions().get(0);
                var next = (Prescription.Endurance) s.suggested();
                if (s.decision() instanceof Decision.FasterPace) {
                    assertThat(next.distance()).isEqualTo(done.distance());
                    moved++;
                } else if (s.decision() instanceof Decision.LongerDistance) {
                    assertThat(next.target()).isEqualTo(done.target());
                    moved++;
                } else {
                    assertThat(next.distance().metres()).isLessThanOrEqualTo(done.distance().metres());
                }
            }
        }
        assertThat(moved).isPositive();
    }

    @Test
    void everyWeekOfEveryBlockGetsASuggestionForEveryPrescription() {
        for (TrainingBlock block : logbook.blocks().all()) {
            for (int week = 1; week <= block.weeks(); week++) {
                WeekPlan plan = suggest(block.name(), week, TODAY);
                long prescriptions = block.plannedIn(week).stream().mapToLong(p -> p.prescriptions().size()).sum();
                assertThat(plan.suggestions()).hasSize((int) prescriptions)
                        .allSatisfy(s -> assertThat(s.reason()).isNotBlank().endsWith("."));
            }
        }
    }

    @Test
    void theRunningWeekComesWithItsVolumeCheck() {
        WeekPlan plan = suggest(currentHalf(), 9, TODAY);
        assertThat(plan.volume()).singleElement().satisfies(v -> {
            assertThat(v.sentence()).startsWith("Run next week: ");
            assertThat(v.lastWeek().isZero()).isFalse();
        });
    }
}

package app.overload.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import app.overload.domain.PlannedSession;
import app.overload.domain.Prescription;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.exchange.fit.FitWorkout;
import app.overload.sample.SampleLogbook;
import app.overload.store.Logbook;
import com.garmin.fit.Decode;
import com.garmin.fit.FitDecoder;
import com.garmin.fit.FitMessages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A block's plan outside the app: an iCalendar file with one all-day event per planned session, read back by an
 * unfolding parser of the RFC's rules; and its runs as FIT workout files, read back by Garmin's SDK.
 */
class ExportPlanTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:30:00Z");

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static Logbook logbook;
    private static TrainingBlock running;
    private static TrainingBlock lifting;

    @BeforeAll
    static void sample() {
        SampleLogbook sample = SampleLogbook.generate(1, 1, LocalDate.of(2026, 11, 23));
        logbook = Logbook.open(shared.resolve("sample.db"));
        logbook.saveAll(sample.blocks(), sample.sessions());
        running = sample.blocks().stream().filter(b -> b.plan().stream().anyMatch(p -> FitWorkout.whyNot(p)
                .isEmpty() && p.prescriptions().stream().anyMatch(rx -> rx instanceof Prescription.Endurance e
                        && !e.intervals().isEmpty()))).findFirst().orElseThrow();
        lifting = sample.blocks().stream().filter(b -> b.plan().stream().allMatch(p -> FitWorkout.whyNot(p)
                .isPresent())).findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        logbook.close();
    }

    /** Content lines as RFC 5545 §3.1 unfolds them: a line break followed by one space or tab joins the lines. */
    static List<String> unfold(String text) {
        return List.of(text.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n"));
    }

    static String unescape(String value) {
        return value.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";")
                .replace("\\\\", "\\");
    }

    @Test
    void everyPlannedSessionIsOneAllDayEventOnItsDay() throws Exception {
        Path file = folder.resolve("plan.ics");
        ExportPlan.CalendarResult result = new ExportPlan(logbook).calendar(running, null, file,
                UnitPreferences.METRIC, NOW);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(result.events()).isEqualTo(running.plan().size());
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String physical : text.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        List<String> lines = unfold(text);
        Set<String> uids = new HashSet<>();
        List<LocalDate> days = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("UID:")) {
                uids.add(line);
            } else if (line.startsWith("DTSTART;VALUE=DATE:")) {
                days.add(LocalDate.parse(line.substring(19), DateTimeFormatter.BASIC_ISO_DATE));
            }
        }
        assertThat(lines.stream().filter(l -> l.equals("BEGIN:VEVENT"))).hasSize(running.plan().size());
        assertThat(lines.stream().filter(l -> l.equals("DTSTAMP:20261123T083000Z"))).hasSize(running.plan().size());
        assertThat(uids).hasSize(running.plan().size());
        assertThat(days).containsExactlyElementsOf(running.plan().stream().map(running::dateOf).sorted().toList());
    }

    @Test
    void theDescriptionSaysThePurposeAndThePrescriptions() throws Exception {
        Path file = folder.resolve("plan.ics");
        new ExportPlan(logbook).calendar(running, 3, file, UnitPreferences.METRIC, NOW);

        List<String> descriptions = unfold(Files.readString(file)).stream().filter(l -> l.startsWith("DESCRIPTION:"))
                .map(l -> unescape(l.substring("DESCRIPTION:".length()))).toList();
        List<PlannedSession> week = running.plannedIn(3);
        assertThat(descriptions).hasSize(week.size());
        PlannedSession first = week.stream().min(Comparator.comparing(running::dateOf)).orElseThrow();
        assertThat(descriptions.get(0)).startsWith("Purpose: " + first.purpose().label() + "\nWeek 3 of "
                + running.weeks()).contains("\nGoal: ");
        assertThat(descriptions.get(0)).contains(first.prescriptions().get(0) instanceof Prescription.Endurance e
                ? e.modality().label() : "");
    }

    @Test
    void theSamePlannedSessionKeepsItsUidSoACalendarUpdatesIt() throws Exception {
        Path first = folder.resolve("first.ics");
        Path second = folder.resolve("second.ics");
        ExportPlan plan = new ExportPlan(logbook);
        plan.calendar(running, null, first, UnitPreferences.METRIC, NOW);
        plan.calendar(running, null, second, UnitPreferences.IMPERIAL, NOW.plusSeconds(3600));

        List<String> uids1 = unfold(Files.readString(first)).stream().filter(l -> l.startsWith("UID:")).toList();
        List<String> uids2 = unfold(Files.readString(second)).stream().filter(l -> l.startsWith("UID:")).toList();
        assertThat(uids2).isEqualTo(uids1);
    }

    @Test
    void eachPlannedRunBecomesAWorkoutFileGarminsSdkReads() throws Exception {
        Path watch = folder.resolve("watch");
        ExportPlan.WatchResult result = new ExportPlan(logbook).watchWorkouts(running, null, watch,
                UnitPreferences.METRIC, NOW);

        long runs = running.plan().stream().filter(p -> FitWorkout.whyNot(p).isEmpty()).count();
        assertThat(result.files()).hasSize((int) runs);
        assertThat(result.passedOver()).hasSize(running.plan().size() - (int) runs);
        for (Path file : result.files()) {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(new Decode().checkFileIntegrity(new ByteArrayInputStream(bytes))).isTrue();
            FitMessages fit = new FitDecoder().decode(new ByteArrayInputStream(bytes));
            assertThat(fit.getWorkoutMesgs()).hasSize(1);
            assertThat(fit.getWorkoutStepMesgs()).isNotEmpty();
            assertThat(file.getFileName().toString()).matches("w\\d\\d-(mon|tue|wed|thu|fri|sat|sun)-[a-z0-9-]+\\.fit");
        }
        assertThat(result.describe()).startsWith("Wrote " + runs + " watch workouts to ");
    }

    @Test
    void aBlockWithoutRunsOrRidesWritesNoWatchFileAndSaysWhy() {
        ExportPlan.WatchResult result = new ExportPlan(logbook).watchWorkouts(lifting, null, folder.resolve("w"),
                UnitPreferences.METRIC, NOW);

        assertThat(result.files()).isEmpty();
        assertThat(result.passedOver()).hasSize(lifting.plan().size())
                .allSatisfy(reason -> assertThat(reason).startsWith("Week ").contains("a watch workout holds only"));
        assertThat(result.describe()).startsWith("No planned run, walk or ride to send to a watch");
    }

    @Test
    void aWeekOutsideTheBlockIsRefusedBeforeAnythingIsWritten() {
        Path file = folder.resolve("plan.ics");

        assertThatThrownBy(() -> new ExportPlan(logbook).calendar(running, running.weeks() + 1, file,
                UnitPreferences.METRIC, NOW)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("there is no week " + (running.weeks() + 1));
        assertThat(file).doesNotExist();
    }
}

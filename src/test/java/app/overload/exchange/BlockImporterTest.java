package app.overload.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.BlockId;
import app.overload.domain.BodyRegion;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.MovementPattern;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.exchange.ImportPreview.Change;
import app.overload.store.Logbook;
import app.overload.store.StoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an import does to a logbook that already holds things: ids decide, nothing is duplicated or overwritten. */
class BlockImporterTest {

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    /** The coach's logbook holds the sample; tests only read it. */
    private static Logbook coach;
    private static BlockContents linear;
    private Logbook athlete;

    @BeforeAll
    static void openCoach() {
        coach = SampleBlocks.logbookWithSample(shared.resolve("coach.db"));
        TrainingBlock block = SampleBlocks.blocks().stream().filter(b -> b.name().startsWith("Linear 5×5"))
                .findFirst().orElseThrow();
        linear = new BlockExporter(coach).contents(block.id(), true);
    }

    @AfterAll
    static void closeCoach() {
        coach.close();
    }

    @BeforeEach
    void openAthlete() {
        athlete = Logbook.open(folder.resolve("athlete.db"));
    }

    @AfterEach
    void closeAthlete() {
        athlete.close();
    }

    private static BlockFile file(BlockContents contents) {
        return new BlockFileReader().parse(BlockFileWriter.toJson(contents).getBytes(StandardCharsets.UTF_8),
                "block.json");
    }

    private static BlockContents withoutSessions(BlockContents contents) {
        return new BlockContents(contents.block(), contents.exercises(), List.of());
    }

    @Test
    void importingTheSameFileTwiceAddsNothingTheSecondTime() {
        BlockImporter importer = new BlockImporter(athlete);
        importer.apply(importer.preview(file(linear)));
        LogbookState once = LogbookState.of(athlete);

        ImportPreview again = importer.preview(file(linear));
        ImportResult result = importer.apply(again);

        assertThat(again.change()).isEqualTo(Change.UNCHANGED);
        assertThat(again.newSessions()).isEmpty();
        assertThat(again.skippedSessions()).isEqualTo(linear.sessions().size());
        assertThat(again.changesAnything()).isFalse();
        assertThat(result.describe()).startsWith("Nothing to import");
        assertThat(LogbookState.of(athlete)).isEqualTo(once);
        assertThat(athlete.sessions().count()).isEqualTo(linear.sessions().size());
    }

    @Test
    void theAthletesLoggedSessionsComeBackToTheCoachWithoutTouchingThePlan() {
        BlockImporter importer = new BlockImporter(athlete);
        importer.apply(importer.preview(file(withoutSessions(linear))));
        assertThat(athlete.sessions().count()).isZero();

        ImportPreview back = importer.preview(file(linear));

        assertThat(back.change()).isEqualTo(Change.UNCHANGED);
        assertThat(back.newSessions()).hasSize(linear.sessions().size());
        assertThat(back.describe()).contains("Sessions: " + linear.sessions().size() + " to add.");
        importer.apply(back);
        assertThat(athlete.sessions().inBlock(linear.block().id())).hasSize(linear.sessions().size());
    }

    @Test
    void aRevisedPlanReplacesTheStoredOneAndKeepsTheLoggedSessions() {
        BlockImporter importer = new BlockImporter(athlete);
        importer.apply(importer.preview(file(linear)));
        List<PlannedSession> plan = new ArrayList<>(linear.block().plan());
        PlannedSession first = plan.get(0);
        plan.set(0, new PlannedSession(first.id(), first.week(), first.day(), first.purpose(), "Heavy day",
                first.prescriptions(), "Coach: go by feel."));
        BlockContents revised = new BlockContents(linear.block().withPlan(plan), linear.exercises(), List.of());

        ImportPreview preview = importer.preview(file(revised));
        importer.apply(preview);

        assertThat(preview.change()).isEqualTo(Change.UPDATE);
        assertThat(preview.describe().get(0)).endsWith("is already in the logbook; the file differs from it in "
                + "1 planned session (1 changed).");
        assertThat(athlete.blocks().find(linear.block().id()).orElseThrow().plan().get(0).title())
                .isEqualTo("Heavy day");
        assertThat(athlete.sessions().count()).isEqualTo(linear.sessions().size());
    }

    @Test
    void aDifferentBlockWithTheSameNameIsKeptAndTheImportIsRenamed() {
        TrainingBlock other = copy(linear.block(), BlockId.random(), linear.block().name().toUpperCase());
        athlete.blocks().save(other);

        BlockImporter importer = new BlockImporter(athlete);
        ImportPreview preview = importer.preview(file(linear));
        importer.apply(preview);

        String renamed = linear.block().name() + " (2)";
        assertThat(preview.block().name()).isEqualTo(renamed);
        assertThat(preview.conflicts()).containsExactly("Another block is already called \"" + linear.block().name()
                + "\"; this one is imported as \"" + renamed + "\".");
        assertThat(athlete.blocks().find(other.id())).contains(other);
        assertThat(athlete.blocks().find(linear.block().id()).orElseThrow().name()).isEqualTo(renamed);
    }

    @Test
    void createsMissingExercisesChainTargetsFirstAndNeverOverwritesKnownOnes() {
        Exercise sled = exercise("sled-push", "Sled push", "ultra-sled-push");
        Exercise ultra = exercise("ultra-sled-push", "Ultra sled push", null);
        Exercise squat = coach.exercises().find(ExerciseId.of("back-squat")).orElseThrow();
        Exercise renamedSquat = new Exercise(squat.id(), "Coach's squat", squat.pattern(), squat.region(),
                Mass.kilograms(5), squat.defaultRest(), null);
        TrainingBlock block = sledBlock(sled.id(), squat.id());

        BlockImporter importer = new BlockImporter(athlete);
        ImportPreview preview = importer.preview(file(new BlockContents(block, List.of(sled, ultra, renamedSquat),
                List.of())));
        importer.apply(preview);

        assertThat(preview.newExercises()).extracting(e -> e.id().value()).containsExactly("ultra-sled-push",
                "sled-push");
        assertThat(preview.knownExercises()).extracting(e -> e.id().value()).containsExactly("back-squat");
        assertThat(athlete.exercises().find(sled.id())).contains(sled);
        assertThat(athlete.exercises().find(squat.id())).contains(squat);
    }

    @Test
    void aNewExerciseWhoseNameIsTakenIsAddedUnderAFreeName() {
        Exercise impostor = exercise("my-squat", "Back squat", null);
        TrainingBlock block = sledBlock(impostor.id(), impostor.id());

        ImportPreview preview = new BlockImporter(athlete).preview(file(new BlockContents(block, List.of(impostor),
                List.of())));
        new BlockImporter(athlete).apply(preview);

        assertThat(athlete.exercises().find(impostor.id()).orElseThrow().name()).isEqualTo("Back squat (2)");
        assertThat(preview.conflicts()).singleElement().asString().contains("\"my-squat\" is added as \"Back squat (2)\"");
    }

    @Test
    void aPreviewWritesNothing() {
        LogbookState before = LogbookState.of(athlete);

        ImportPreview preview = new BlockImporter(athlete).preview(file(linear));

        assertThat(preview.change()).isEqualTo(Change.NEW);
        assertThat(preview.newSessions()).hasSize(linear.sessions().size());
        assertThat(LogbookState.of(athlete)).isEqualTo(before);
    }

    @Test
    void aFailureWhileWritingLeavesTheLogbookAsItWas() {
        Exercise sled = exercise("sled-push", "Sled push", null);
        TrainingBlock block = sledBlock(sled.id(), sled.id());
        BlockImporter importer = new BlockImporter(athlete);
        ImportPreview preview = importer.preview(file(new BlockContents(block, List.of(sled), List.of())));
        // Someone else takes the name between the preview and the import: the store refuses the block after the
        // exercise was already written in the same transaction.
        athlete.blocks().save(sledBlock(ExerciseId.of("back-squat"), ExerciseId.of("back-squat")));
        LogbookState before = LogbookState.of(athlete);

        StoreException e = catchThrowableOfType(StoreException.class, () -> importer.apply(preview));

        assertThat(e.reason()).isEqualTo(StoreException.Reason.CONFLICT);
        assertThat(LogbookState.of(athlete)).isEqualTo(before);
        assertThat(athlete.exercises().find(sled.id())).isEmpty();
    }

    @Test
    void sessionsInTheFileBelongToTheFilesBlock() {
        BlockFile read = file(linear);

        assertThat(read.contents().sessions()).extracting(TrainingSession::block).containsOnly(linear.block().id());
        assertThat(read.contents()).isEqualTo(linear);
    }

    private static Exercise exercise(String key, String name, String next) {
        return new Exercise(ExerciseId.of(key), name, MovementPattern.OTHER, BodyRegion.LOWER, Mass.kilograms(10),
                Duration.ofSeconds(120), next == null ? null : ExerciseId.of(next));
    }

    private static TrainingBlock sledBlock(ExerciseId main, ExerciseId goal) {
        LocalDate start = LocalDate.of(2027, 1, 4);
        PlannedSession day = new PlannedSession(PlannedSessionId.random(), 1, DayOfWeek.MONDAY,
                Purpose.HEAVY_STRENGTH, "Sled", List.of(Prescription.Strength.sets(main, 3, 5, Mass.kilograms(60),
                        ProgressionRule.Linear.standard(Mass.kilograms(5)))), "");
        return new TrainingBlock(BlockId.random(), "Sled block", new StrengthGoal(goal, Mass.kilograms(100), 5),
                start, start.plusDays(27), 4, List.of(), List.of(), List.of(), List.of(), List.of(day), "", null);
    }

    private static TrainingBlock copy(TrainingBlock b, BlockId id, String name) {
        List<PlannedSession> plan = b.plan().stream().map(p -> new PlannedSession(PlannedSessionId.random(), p.week(),
                p.day(), p.purpose(), p.title(), p.prescriptions(), p.notes())).toList();
        return new TrainingBlock(id, name, b.goal(), b.start(), b.goalDate(), b.weeks(), b.phases(), b.deloadWeeks(),
                b.taperWeeks(), b.levels(), plan, b.notes(), b.outcome());
    }
}

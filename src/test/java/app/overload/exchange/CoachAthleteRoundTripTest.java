package app.overload.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import app.overload.domain.BlockId;
import app.overload.domain.PlannedSession;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.exchange.BlockDiff.Field;
import app.overload.exchange.BlockDiff.Kind;
import app.overload.exchange.BlockPreviewText.PlannedLine;
import app.overload.exchange.ImportChoices.Side;
import app.overload.store.Logbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A block going back and forth between a coach (pounds) and an athlete (kilograms): what comes back is shown as a
 * diff before anything is replaced, and each difference can be taken from the file or kept.
 */
class CoachAthleteRoundTripTest {

    @TempDir
    Path folder;

    private Logbook athlete;
    private BlockImporter importer;

    @BeforeEach
    void athleteHasTheCoachsFirstPlanAndLoggedTheFirstDay() {
        athlete = Logbook.open(folder.resolve("athlete.db"));
        importer = new BlockImporter(athlete);
        importer.apply(importer.preview(file(PoundBlock.block(), List.of())));
        athlete.sessions().save(PoundBlock.athletesSquatDay());
    }

    @AfterEach
    void close() {
        athlete.close();
    }

    private static BlockFile file(TrainingBlock block, List<TrainingSession> sessions) {
        String json = BlockFileWriter.toJson(new BlockContents(block, PoundBlock.exercises(), sessions,
                UnitPreferences.IMPERIAL));
        return new BlockFileReader().parse(json.getBytes(StandardCharsets.UTF_8), "from-coach.json");
    }

    @Test
    void aRevisedPlanIsShownFieldByFieldInTheAthletesUnitsBeforeAnythingIsReplaced() {
        LogbookState before = LogbookState.of(athlete);

        ImportPreview preview = importer.preview(file(PoundBlock.revised(), List.of()));
        BlockPreviewText text = preview.text(UnitPreferences.METRIC);

        assertThat(LogbookState.of(athlete)).isEqualTo(before);
        assertThat(preview.change()).isEqualTo(ImportPreview.Change.UPDATE);
        assertThat(preview.diff().fields()).containsExactly(Field.NAME, Field.GOAL);
        assertThat(text.summary().get(0)).isEqualTo("Block \"Squat 275 (coach)\" (the file calls it \"Squat 275 "
                + "(revised)\") is already in the logbook; the file differs from it in its name, its goal and 3 planned "
                + "sessions (1 added, 1 removed, 1 changed).");
        assertThat(text.summary()).contains("The file was written in pounds; loads are shown here in kilograms.");
        assertThat(text.details()).containsExactly("Name: \"Squat 275 (coach)\" → \"Squat 275 (revised)\"",
                "Goal: Back squat 125 kg × 5 → Back squat 130 kg × 5");
        assertThat(text.plan()).extracting(PlannedLine::sentence).containsExactly(
                "Changed: Week 1, Mon 4 Jan · Heavy squat: back squat 5×5 @ 102.5 kg → 5×5 @ 105 kg "
                        + "(you logged it on Mon 4 Jan)",
                "Added: Week 2, Thu 14 Jan · Paused squat: Back squat 3×3 @ 85 kg",
                "Removed: Week 1, Thu 7 Jan · Bench: Bench press 3×8 @ 60 kg");
        assertThat(text.plan()).extracting(PlannedLine::ref).containsExactly("7d0c4b36-3f0e-4c55-9a55-0b6a37c1a101",
                "7d0c4b36-3f0e-4c55-9a55-0b6a37c1a104", "7d0c4b36-3f0e-4c55-9a55-0b6a37c1a102");
        assertThat(text.planned("7d0c4b36-3f0e-4c55-9a55-0b6a37c1a102")).contains(PoundBlock.PRESS);
        assertThat(text.planned("7d0c4b36")).isEmpty();
    }

    @Test
    void theSameDiffReadsInPoundsForTheCoach() {
        BlockPreviewText text = importer.preview(file(PoundBlock.revised(), List.of())).text(UnitPreferences.IMPERIAL);

        assertThat(text.plan().get(0).changes()).containsExactly("back squat 5×5 @ 225 lb → 5×5 @ 230 lb");
        assertThat(text.summary()).noneMatch(l -> l.startsWith("The file was written in"));
    }

    @Test
    void takingTheFileReplacesThePlanAndKeepsTheLoggedSession() {
        ImportPreview preview = importer.preview(file(PoundBlock.revised(), List.of()));

        ImportResult result = importer.apply(preview);

        assertThat(athlete.blocks().find(PoundBlock.ID)).contains(PoundBlock.revised());
        assertThat(athlete.sessions().inBlock(PoundBlock.ID)).hasSize(1);
        assertThat(result.describe()).isEqualTo("Updated the block \"Squat 275 (revised)\" (3 planned sessions; took "
                + "4 changes from the file); added 0 sessions and 0 exercises.");
    }

    @Test
    void keepingOnePlannedSessionTakesEverythingElse() {
        ImportPreview preview = importer.preview(file(PoundBlock.revised(), List.of()));
        ImportChoices choices = ImportChoices.takeFile().with(PoundBlock.HEAVY, Side.MINE);

        ImportResult result = importer.apply(preview, choices);

        TrainingBlock stored = athlete.blocks().find(PoundBlock.ID).orElseThrow();
        assertThat(stored.name()).isEqualTo("Squat 275 (revised)");
        assertThat(stored.plan()).extracting(PlannedSession::id).containsExactly(PoundBlock.HEAVY, PoundBlock.HEAVY_2,
                PoundBlock.revised().plan().get(2).id());
        assertThat(stored.plan().get(0)).isEqualTo(PoundBlock.block().plan().get(0));
        assertThat(result.describe()).contains("took 3 changes from the file, kept yours for 1");
    }

    @Test
    void keepingMineForEverythingWritesNoBlockButAddsTheNewSessions() {
        TrainingBlock mineBefore = athlete.blocks().find(PoundBlock.ID).orElseThrow();
        ImportPreview preview = importer.preview(file(PoundBlock.revised(), List.of(PoundBlock.athletesSquatDay())));

        ImportResult result = importer.apply(preview, ImportChoices.keepMine());

        assertThat(athlete.blocks().find(PoundBlock.ID)).contains(mineBefore);
        assertThat(preview.changesAnything(ImportChoices.keepMine())).isFalse();
        assertThat(result.describe()).isEqualTo("Nothing imported: you kept your version of \"Squat 275 (coach)\" and "
                + "its sessions are already in the logbook.");
    }

    @Test
    void keepingTheBlockDetailsButTakingThePlanKeepsTheNameAndGoal() {
        ImportPreview preview = importer.preview(file(PoundBlock.revised(), List.of()));

        importer.apply(preview, ImportChoices.takeFile().withDetails(Side.MINE));

        TrainingBlock stored = athlete.blocks().find(PoundBlock.ID).orElseThrow();
        assertThat(stored.name()).isEqualTo("Squat 275 (coach)");
        assertThat(stored.goal()).isEqualTo(PoundBlock.block().goal());
        assertThat(stored.plan()).isEqualTo(PoundBlock.revised().plan());
    }

    @Test
    void choicesThatDoNotFitTogetherAreRefusedAndNothingIsWritten() {
        TrainingBlock oneWeek = new TrainingBlock(PoundBlock.ID, "Squat 275 (coach)", PoundBlock.block().goal(),
                PoundBlock.START, PoundBlock.START.plusDays(6), 1, List.of(), List.of(), List.of(),
                PoundBlock.block().levels(), PoundBlock.block().plan().subList(0, 2), "Written in pounds.", null);
        ImportPreview preview = importer.preview(file(oneWeek, List.of()));
        ImportChoices keepWeekTwo = ImportChoices.takeFile().with(PoundBlock.HEAVY_2, Side.MINE);
        LogbookState before = LogbookState.of(athlete);

        BlockFileException e = catchThrowableOfType(BlockFileException.class,
                () -> importer.apply(preview, keepWeekTwo));

        assertThat(preview.refusal(keepWeekTwo)).isEqualTo(e.getMessage());
        assertThat(e.getMessage()).isEqualTo("These choices do not fit together: \"Heavy squat\" is planned in week 2 "
                + "but the block has 1 week. Take the block's details and that planned session from the same side.");
        assertThat(LogbookState.of(athlete)).isEqualTo(before);
        assertThat(preview.refusal(ImportChoices.takeFile())).isNull();
    }

    @Test
    void theAthletesLoggedSessionsAreListedWhenTheyComeBackToTheCoach() throws Exception {
        try (Logbook coach = Logbook.open(folder.resolve("coach.db"))) {
            coach.settings().saveUnits(UnitPreferences.IMPERIAL);
            coach.blocks().save(PoundBlock.block());
            Path back = folder.resolve("back.json");
            new BlockExporter(athlete).export(PoundBlock.ID, true, back);

            ImportPreview preview = new BlockImporter(coach).preview(back);
            BlockPreviewText text = preview.text(UnitPreferences.IMPERIAL);

            assertThat(preview.change()).isEqualTo(ImportPreview.Change.UNCHANGED);
            assertThat(text.summary()).startsWith("Block \"Squat 275 (coach)\" is already in the logbook, unchanged.",
                    "Sessions: 1 to add.");
            assertThat(text.logged()).containsExactly("Mon 4 Jan · Heavy squat (week 1)");
            assertThat(text.plan()).isEmpty();
        }
    }

    @Test
    void aCopiedFileWithANewBlockIdKeepsBothPlansInsteadOfFailingOnTheirIds() {
        TrainingBlock original = PoundBlock.block();
        TrainingBlock copy = new TrainingBlock(BlockId.random(), "Squat 275 (copy)", original.goal(),
                original.start().plusWeeks(4), original.goalDate().plusWeeks(4), original.weeks(), original.phases(),
                original.deloadWeeks(), original.taperWeeks(), original.levels(), original.plan(), original.notes(),
                null);
        BlockFile copied = file(copy, List.of());

        ImportPreview preview = importer.preview(copied);
        importer.apply(preview);

        assertThat(preview.change()).isEqualTo(ImportPreview.Change.NEW);
        assertThat(preview.conflicts()).containsExactly("3 planned sessions in the file have the id of a planned "
                + "session of your block \"Squat 275 (coach)\" (the file was probably copied from it and given a new "
                + "block id); they are imported under new ids, so both blocks keep their plans.");
        assertThat(athlete.blocks().find(PoundBlock.ID).orElseThrow().plan()).isEqualTo(original.plan());
        TrainingBlock stored = athlete.blocks().find(copy.id()).orElseThrow();
        assertThat(stored.plan()).hasSize(3).noneMatch(p -> original.planned(p.id()).isPresent());
        ImportPreview again = importer.preview(copied);
        assertThat(again.change()).isEqualTo(ImportPreview.Change.UNCHANGED);
    }

    @Test
    void theDiffFindsNothingWhenTheFileIsTheStoredBlock() {
        BlockDiff diff = BlockDiff.of(PoundBlock.block(), PoundBlock.block());

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.unchangedPlanned()).isEqualTo(3);
        assertThat(BlockDiff.of(PoundBlock.block(), PoundBlock.revised()).count(Kind.ADDED)).isEqualTo(1);
    }
}

package app.overload.ui.suggest;

import static app.overload.ui.suggest.SampleFixture.HALF_DAY;
import static app.overload.ui.suggest.SampleFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import app.overload.domain.Distance;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.PlannedSession;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.Prescription;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.progression.Decision;
import app.overload.progression.PlanUpdate;
import app.overload.progression.Prescriptions;
import app.overload.ui.suggest.NextWeekViewModel.State;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The next-week panel's model on a year of the sample athlete, written back to and read from SQLite. */
class NextWeekViewModelTest {

    @TempDir
    Path folder;

    private SampleFixture sample;

    @BeforeEach
    void open() {
        sample = new SampleFixture(folder);
    }

    @AfterEach
    void close() {
        sample.close();
    }

    private static SuggestionItem item(NextWeekViewModel model, String prescribedStart, DayOfWeek day) {
        return model.sessions().stream().filter(g -> g.day().startsWith(day.name().substring(0, 1)
                + day.name().substring(1, 3).toLowerCase())).flatMap(g -> g.items().stream())
                .filter(i -> i.prescribedText().startsWith(prescribedStart)).findFirst().orElseThrow();
    }

    /** The stored prescription at the same place as {@code item}'s suggestion. */
    private Prescription stored(TrainingBlock block, SuggestionItem item) {
        PlannedSession planned = sample.stored(block).planned(item.suggestion().plannedSession()).orElseThrow();
        return planned.prescriptions().get(item.suggestion().position());
    }

    private static double topKilograms(Prescription rx) {
        return PrescribedLoads.of((Prescription.Strength) rx, MassUnit.KG).stream()
                .mapToDouble(Mass::kilograms).max().orElseThrow();
    }

    @Test
    void loadsNextWeekWithDecisionsReasonsCitedDaysAndTheVolumeCheck() {
        TrainingBlock half = sample.active("Half", HALF_DAY);
        NextWeekViewModel model = sample.model(half, HALF_DAY);

        assertThat(model.stateProperty().get()).isEqualTo(State.READY);
        assertThat(model.weekProperty().get()).isEqualTo(7);
        assertThat(model.headlineProperty().get()).isEqualTo("Week 7 of 12 · Mon 16 Nov to Sun 22 Nov");
        assertThat(model.historyNoteProperty().get()).isEqualTo("Suggested from what was logged up to Mon 9 Nov.");
        assertThat(model.items()).hasSize(4);
        SuggestionItem tempo = item(model, "Run 9.7 km @ 4:21 /km", DayOfWeek.THURSDAY);
        assertThat(tempo.changesPlan()).isTrue();
        assertThat(tempo.suggestedText()).isEqualTo("12.8 km @ 4:21 /km");
        assertThat(tempo.decisionLabel()).isEqualTo("longer distance");
        assertThat(tempo.reason()).contains("threshold 4:25 /km");
        assertThat(tempo.basedOnText()).startsWith("Based on ").contains("5 Nov");
        assertThat(tempo.editUnit()).isEqualTo("km");
        assertThat(tempo.editTextProperty().get()).isEqualTo("12.8");
        assertThat(model.notes()).first().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("volume");
            assertThat(n.text()).startsWith("Run next week: ");
        });
        assertThat(model.acceptableCountProperty().get()).isEqualTo(2);
        assertThat(model.summaryProperty().get()).isEqualTo("4 suggestions, 2 would change the plan.");
    }

    @Test
    void acceptingOneWritesThatPrescriptionOnlyAndTellsTheBlockView() {
        TrainingBlock half = sample.active("Half", HALF_DAY);
        NextWeekViewModel model = sample.model(half, HALF_DAY);
        SuggestionItem tempo = item(model, "Run 9.7 km @ 4:21 /km", DayOfWeek.THURSDAY);
        SuggestionItem longRun = item(model, "Run 20.0 km", DayOfWeek.SUNDAY);

        model.accept(tempo);

        assertThat(stored(half, tempo)).isEqualTo(tempo.suggestion().suggested());
        assertThat(stored(half, longRun)).isEqualTo(longRun.suggestion().prescribed());
        assertThat(sample.accepted).isEqualTo(1);
        assertThat(model.messageProperty().get()).isEqualTo("Accepted Run 12.8 km @ 4:21 /km for Thu 19 Nov.");
        assertThat(model.messageIsErrorProperty().get()).isFalse();
        // The panel suggested the week again from the new plan: the tempo run is now as planned.
        assertThat(item(model, "Run 12.8 km @ 4:21 /km", DayOfWeek.THURSDAY).changesPlan()).isFalse();
    }

    @Test
    void acceptingAllWritesEveryChangeInOneGo() {
        TrainingBlock half = sample.active("Half", HALF_DAY);
        NextWeekViewModel model = sample.model(half, HALF_DAY);
        List<SuggestionItem> changes = model.items().stream().filter(SuggestionItem::changesPlan).toList();

        model.acceptAll();

        assertThat(changes).hasSize(2).allSatisfy(i -> assertThat(stored(half, i))
                .isEqualTo(i.suggestion().suggested()));
        assertThat(((Prescription.Endurance) stored(half, changes.get(1))).distance())
                .isEqualTo(Distance.kilometres(21));
        assertThat(model.messageProperty().get()).isEqualTo("Accepted 2 changes into week 7.");
        assertThat(sample.accepted).isEqualTo(1);
    }

    @Test
    void anEditedLoadIsWhatGetsStored() {
        TrainingBlock lifting = sample.active("Linear", TODAY);
        NextWeekViewModel model = sample.model(lifting, TODAY);
        assertThat(model.headlineProperty().get()).contains("deload week");
        SuggestionItem squat = item(model, "Back squat 3×5 @ 85 kg", DayOfWeek.MONDAY);
        assertThat(squat.changesPlan()).isFalse();
        assertThat(squat.acceptableProperty().get()).isFalse();
        assertThat(squat.editTextProperty().get()).isEqualTo("85");

        squat.editTextProperty().set("87.5");
        assertThat(model.acceptableCountProperty().get()).isEqualTo(1);
        model.accept(squat);

        Prescription after = stored(lifting, squat);
        assertThat(topKilograms(after)).isEqualTo(87.5);
        assertThat(((Prescription.Strength) after).sets()).hasSize(3);
        SuggestionItem wednesday = item(model, "Back squat 3×5 @ 85 kg", DayOfWeek.WEDNESDAY);
        assertThat(topKilograms(stored(lifting, wednesday))).isEqualTo(85);
    }

    @Test
    void aNumberThatIsNotALoadCannotBeAccepted() {
        NextWeekViewModel model = sample.model(sample.active("Linear", TODAY), TODAY);
        SuggestionItem squat = item(model, "Back squat 3×5 @ 85 kg", DayOfWeek.MONDAY);

        squat.editTextProperty().set("eighty");
        assertThat(squat.editErrorProperty().get()).isEqualTo("Load must be a number such as 102.5 (was \"eighty\").");
        assertThat(squat.acceptableProperty().get()).isFalse();
        squat.editTextProperty().set("1200");
        assertThat(squat.editErrorProperty().get()).contains("Load");
        assertThat(squat.acceptableProperty().get()).isFalse();

        model.acceptAll();
        assertThat(sample.accepted).isZero();
    }

    @Test
    void theVolumeOverrideSuggestsTheWeekAgainWithTheJumpAllowed() {
        LocalDate sunday = LocalDate.of(2026, 10, 11);
        TrainingBlock half = sample.active("Half", sunday);
        NextWeekViewModel model = sample.model(half, sunday);
        assertThat(model.weekProperty().get()).isEqualTo(2);
        assertThat(model.overrideOfferedProperty().get()).isTrue();
        SuggestionItem held = item(model, "Run 13.5 km", DayOfWeek.SUNDAY);
        assertThat(held.suggestedText()).isEqualTo("12.0 km in zone 2");
        assertThat(held.reason()).contains("volume override");
        assertThat(model.notes()).anySatisfy(n -> assertThat(n.text()).contains("Held back"));

        model.allowVolumeJumpProperty().set(true);

        assertThat(model.stateProperty().get()).isEqualTo(State.READY);
        assertThat(item(model, "Run 13.5 km", DayOfWeek.SUNDAY).changesPlan()).isFalse();
        assertThat(model.notes()).noneSatisfy(n -> assertThat(n.text()).contains("Held back"));
        assertThat(model.overrideOfferedProperty().get()).as("still there to untick").isTrue();

        model.weekProperty().set(3);
        assertThat(model.allowVolumeJumpProperty().get()).as("the override belongs to the week it was ticked on")
                .isFalse();
    }

    @Test
    void aPastWeekCanBeLookedAtButNotAccepted() {
        TrainingBlock lifting = sample.active("Linear", TODAY);
        NextWeekViewModel model = sample.model(lifting, LocalDate.of(2026, 11, 25));
        model.weekProperty().set(7);

        SuggestionItem monday = item(model, "Chin-up 3×8", DayOfWeek.MONDAY);
        assertThat(monday.lockedReason()).startsWith("This day has passed");
        assertThat(monday.acceptableProperty().get()).isFalse();
        assertThat(monday.editable()).isFalse();
        assertThat(model.items()).anySatisfy(i -> assertThat(i.lockedReason()).isEmpty());
    }

    @Test
    void aBlockThatHasEndedSaysSoAndLooksBackOnly() {
        TrainingBlock old = sample.logbook.blocks().findByName("Linear 5×5 (Apr 2026)").orElseThrow();
        NextWeekViewModel model = sample.model(old, TODAY);

        assertThat(model.stateProperty().get()).isEqualTo(State.ENDED);
        assertThat(model.weekProperty().get()).isNull();
        assertThat(model.stateTextProperty().get()).startsWith("This block has ended (Sun 28 Jun 2026).");

        model.weekProperty().set(4);
        assertThat(model.stateProperty().get()).isEqualTo(State.READY);
        assertThat(model.endedProperty().get()).isNotEmpty();
        assertThat(model.items()).isNotEmpty().allSatisfy(i -> assertThat(i.acceptableProperty().get()).isFalse());
        assertThat(model.acceptableCountProperty().get()).isZero();
    }

    @Test
    void aLiftWithNoHistoryAndNoLevelSaysWhatIsMissing() {
        TrainingBlock block = TestBlocks.powerClean(TODAY.plusDays(7));
        sample.logbook.blocks().save(block);
        NextWeekViewModel model = sample.model(block, TODAY);

        assertThat(model.weekProperty().get()).isEqualTo(1);
        assertThat(model.stateProperty().get()).isEqualTo(State.NOT_ENOUGH_DATA);
        assertThat(model.stateTextProperty().get()).isEqualTo("Not enough logged yet to suggest week 1; it stays "
                + "as planned.");
        assertThat(model.missing()).containsExactly("a logged power clean session or a current level for it");
        assertThat(model.items()).allSatisfy(i -> assertThat(i.suggestion().decision())
                .isInstanceOf(Decision.NotEnoughData.class));
    }

    @Test
    void aSuggestionWhosePlanChangedSinceIsRefusedAndTheWeekShownAgain() {
        TrainingBlock half = sample.active("Half", HALF_DAY);
        NextWeekViewModel model = sample.model(half, HALF_DAY);
        SuggestionItem tempo = item(model, "Run 9.7 km @ 4:21 /km", DayOfWeek.THURSDAY);
        // Someone edits the plan (the block editor, an import) after the panel was shown.
        TrainingBlock edited = PlanUpdate.accept(sample.stored(half),
                List.of(tempo.suggestion().edited(Prescriptions.withDistance(
                        (Prescription.Endurance) tempo.suggestion().prescribed(), Distance.kilometres(10)))));
        sample.logbook.blocks().save(edited);

        model.accept(tempo);

        assertThat(model.messageProperty().get()).startsWith("Not accepted: ").contains("changed since");
        assertThat(model.messageIsErrorProperty().get()).isTrue();
        assertThat(((Prescription.Endurance) stored(half, tempo)).distance()).isEqualTo(Distance.kilometres(10));
        assertThat(sample.accepted).isZero();
        assertThat(item(model, "Run 10.0 km", DayOfWeek.THURSDAY)).isNotNull();
    }

    @Test
    void changingUnitsSuggestsTheWeekAgainInTheNewUnits() {
        NextWeekViewModel model = sample.model(sample.active("Half", HALF_DAY), HALF_DAY);

        sample.units.set(UnitPreferences.IMPERIAL);

        assertThat(item(model, "Run 6.0 mi", DayOfWeek.THURSDAY).suggestedText()).endsWith(" /mi");
    }

    @Test
    void poundUsersSeeAndTypePounds() {
        sample.units.set(UnitPreferences.IMPERIAL);
        TrainingBlock lifting = sample.active("Linear", TODAY);
        NextWeekViewModel model = sample.model(lifting, TODAY);
        SuggestionItem squat = model.items().get(0);

        assertThat(squat.prescribedText()).endsWith(" lb");
        // The sample's plan is in kilograms; read in pounds, every load is one to load: whole 5 lb steps.
        assertThat(Pattern.compile("([\\d.]+) lb").matcher(squat.prescribedText() + " "
                + squat.suggestedText()).results().map(m -> Double.parseDouble(m.group(1)))).isNotEmpty()
                .allSatisfy(lb -> assertThat(lb % 5).isZero());
        assertThat(Double.parseDouble(squat.editTextProperty().get()) % 5).isZero();
        assertThat(squat.editUnit()).isEqualTo("lb");
        squat.editTextProperty().set("195");
        model.accept(squat);
        assertThat(topKilograms(stored(lifting, squat))).isCloseTo(Mass.pounds(195).kilograms(),
                Offset.offset(1e-9));
    }
}

package app.overload.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import app.overload.TempLogbook;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.Rpe;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.UnitPreferences;
import app.overload.domain.Workout;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import javafx.beans.property.SimpleObjectProperty;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The log form without a window: typing, computing, validating, saving, drafts and last time. */
class LogViewModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @RegisterExtension
    final TempLogbook temp = new TempLogbook("log.db");

    private Logbook logbook;
    private final SimpleObjectProperty<UnitPreferences> units = new SimpleObjectProperty<>(UnitPreferences.METRIC);
    private final MovableClock clock = new MovableClock(TODAY.atTime(18, 0).toInstant(ZoneOffset.UTC));
    private LogViewModel model;
    private final List<Session> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        logbook = temp.open();
        model = newModel();
    }

    private LogViewModel newModel() {
        LogViewModel m = new LogViewModel(logbook, new CurrentThreadTaskExecutor(), clock, units);
        m.setOnSaved(saved::add);
        m.open();
        return m;
    }

    private StrengthModel squat() {
        model.search().queryProperty().set("squ");
        return model.addFirstMatch();
    }

    private static void type(SetModel set, String reps, String load, String rpe) {
        set.reps().set(reps);
        set.load().set(load);
        set.rpe().set(rpe);
    }

    @Test
    void findsAnExerciseFromAFewLetters() {
        StrengthModel squat = squat();

        assertThat(squat.exercise()).isEqualTo(ExerciseId.of("back-squat"));
        assertThat(squat.sets()).hasSize(1);
    }

    @Test
    void enterCopiesThePreviousSet() {
        StrengthModel squat = squat();
        type(squat.sets().get(0), "5", "100", "8");

        SetModel next = squat.addSetAfter(squat.sets().get(0));

        assertThat(squat.sets()).hasSize(2);
        assertThat(next.reps().text()).isEqualTo("5");
        assertThat(next.load().text()).isEqualTo("100");
        assertThat(next.rpe().text()).isEqualTo("8");
        assertThat(next.doneProperty().get()).isFalse();
    }

    @Test
    void savesAStrengthSessionInSiUnitsAndDropsTheDraft() {
        units.set(UnitPreferences.IMPERIAL);
        StrengthModel squat = squat();
        type(squat.sets().get(0), "5", "225", "8");
        squat.addSetAfter(squat.sets().get(0)).failedProperty().set(true);
        model.form().duration().set("50");
        model.saveDraft();
        assertThat(logbook.drafts().find(LogViewModel.DRAFT_SLOT)).isPresent();

        model.save();

        assertThat(saved).singleElement().isInstanceOf(Workout.class);
        Session stored = logbook.sessions().find(saved.get(0).id()).orElseThrow();
        StrengthEntry entry = (StrengthEntry) stored.entries().get(0);
        assertThat(entry.sets().get(0).load().kilograms()).isCloseTo(102.06, Offset
                .offset(0.01));
        assertThat(entry.sets().get(1).failed()).isTrue();
        assertThat(stored.duration()).isEqualTo(Duration.ofMinutes(50));
        assertThat(logbook.drafts().find(LogViewModel.DRAFT_SLOT)).isEmpty();
        assertThat(model.form().entries()).isEmpty();
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void computesThePaceAsDistanceAndDurationAreTyped() {
        EnduranceModel run = model.addEndurance();
        run.distance().set("8");
        run.duration().set("40:00");

        assertThat(run.pace().text()).isEqualTo("5:00");
        assertThat(run.paceUnitProperty().get()).isEqualTo("/km");
        assertThat(model.checks().validProperty().get()).isTrue();
        assertThat(model.checks().summaryProperty().get()).contains("Run 8.0 km in 40:00, 5:00 /km");
    }

    @Test
    void computesTheDurationFromAPaceAndADistance() {
        EnduranceModel run = model.addEndurance();
        run.pace().set("4:30");
        run.distance().set("10");

        assertThat(run.duration().text()).isEqualTo("45:00");
        run.distance().set("12");
        assertThat(run.duration().text()).isEqualTo("54:00");
    }

    @Test
    void showsARideAsSpeed() {
        EnduranceModel ride = model.addEndurance();
        ride.modalityProperty().set(Modality.RIDE);
        ride.distance().set("30");
        ride.duration().set("1:00:00");

        assertThat(ride.pace().text()).isEqualTo("30");
        assertThat(ride.paceUnitProperty().get()).isEqualTo("km/h");
    }

    @Test
    void refusesNonsenseWithAMessageAtTheFieldAndKeepsSaveOff() {
        StrengthModel squat = squat();
        SetModel set = squat.sets().get(0);
        model.form().duration().set("45");

        type(set, "five", "100", "");
        assertThat(set.reps().error()).contains("must be a number");
        type(set, "0", "100", "");
        assertThat(set.reps().error()).contains("between 1 and");
        type(set, "5", "-20", "");
        assertThat(set.load().error()).contains("between 0 and");
        type(set, "5", "100", "");
        assertThat(model.checks().validProperty().get()).isTrue();

        model.form().date().set(TODAY.plusDays(2).toString());
        assertThat(model.form().date().error()).contains("later than tomorrow");
        model.form().date().set(TODAY.plusDays(1).toString());
        assertThat(model.form().date().error()).isEmpty();
        model.form().duration().set("30:00:00");
        assertThat(model.form().duration().error()).contains("at most 24 hours");
        assertThat(model.checks().validProperty().get()).isFalse();

        model.save();
        assertThat(saved).isEmpty();
        assertThat(logbook.sessions().count()).isZero();
        assertThat(model.messageProperty().get()).startsWith("Not saved");
    }

    @Test
    void refusesAnOverlongLabelAndControlCharactersInNotesAtTheirFields() {
        StrengthModel squat = squat();
        type(squat.sets().get(0), "5", "100", "8");
        model.form().duration().set("50");
        assertThat(model.checks().validProperty().get()).isTrue();

        model.form().label().set("spin ".repeat(100));
        assertThat(model.checks().validProperty().get()).isFalse();
        assertThat(model.form().label().error()).startsWith("Label");

        model.form().label().set("spin class");
        model.form().notes().set("felt good\u0000\u0007");
        assertThat(model.checks().validProperty().get()).isFalse();
        assertThat(model.form().notes().error()).contains("control characters");

        model.form().notes().set("felt good\nslept well");
        assertThat(model.checks().validProperty().get()).isTrue();
    }

    @Test
    void refusesAOneMinuteKilometreRunAtThePace() {
        EnduranceModel run = model.addEndurance();
        run.distance().set("10");
        run.duration().set("10:00");

        assertThat(run.pace().error()).contains("faster than anyone can go");
        assertThat(model.checks().validProperty().get()).isFalse();
    }

    @Test
    void tellsAMileUserAnImpossiblePaceInMinutesPerMile() {
        units.set(UnitPreferences.IMPERIAL);
        EnduranceModel run = model.addEndurance();
        run.distance().set("10");
        run.duration().set("15:00");

        assertThat(run.pace().error()).isEqualTo("A run at 1:30 /mi is faster than anyone can go (limit 2:41 /mi): "
                + "check the distance and the time.");
    }

    @Test
    void keepsADraftThatANewStartOffersBack() {
        StrengthModel squat = squat();
        type(squat.sets().get(0), "5", "100", "8");
        squat.addSetAfter(squat.sets().get(0)).rest().set("2:30");
        EnduranceModel run = model.addEndurance();
        run.distance().set("5");
        run.duration().set("25:00");
        model.form().notes().set("felt strong\nknee fine");
        model.form().label().set("gym + run");
        model.saveDraft();

        LogViewModel restarted = newModel();
        boolean[] offered = {false};
        restarted.checkForDraft(() -> offered[0] = true);
        assertThat(offered[0]).isTrue();
        assertThat(restarted.draftOfferProperty().get()).contains("Restore");
        restarted.restoreDraft();

        LogForm form = restarted.form();
        assertThat(form.entries()).hasSize(2);
        StrengthModel restoredSquat = (StrengthModel) form.entries().get(0);
        assertThat(restoredSquat.name()).isEqualTo("Back squat");
        assertThat(restoredSquat.sets()).extracting(s -> s.load().text()).containsExactly("100", "100");
        assertThat(restoredSquat.sets().get(1).rest().text()).isEqualTo("2:30");
        assertThat(((EnduranceModel) form.entries().get(1)).pace().text()).isEqualTo("5:00");
        assertThat(form.notes().text()).isEqualTo("felt strong\nknee fine");
        assertThat(form.label().text()).isEqualTo("gym + run");
        assertThat(restarted.checks().validProperty().get()).isTrue();
    }

    @Test
    void showsWhatWasDoneLastTimeBesideTheExercise() {
        StrengthSet set = StrengthSet.working(5, Mass.kilograms(100)).withRpe(Rpe.of(8));
        logbook.sessions().save(new Workout(SessionId.random(), TODAY.minusDays(4).atTime(18, 0),
                Duration.ofMinutes(60), null, "", List.of(new StrengthEntry(ExerciseId.of("back-squat"),
                        List.of(set, set, set, set, set))), ""));
        logbook.sessions().save(new Workout(SessionId.random(), TODAY.minusDays(2).atTime(7, 0),
                Duration.ofMinutes(30), null, "", List.of(EnduranceEntry.of(Modality.RUN, Distance.kilometres(6),
                        Duration.ofMinutes(33))), ""));

        StrengthModel squat = squat();
        EnduranceModel run = model.addEndurance();

        assertThat(squat.lastTimeProperty().get()).isEqualTo("Last time Thu 19 Nov 2026: 5×5 @ 100 kg @ RPE 8");
        // Added to a workout, the exercise's sets are last time's, as values to tick off.
        assertThat(squat.sets()).extracting(s -> s.reps().text() + "×" + s.load().text() + "@" + s.rpe().text())
                .containsExactly("5×100@8", "5×100@8", "5×100@8", "5×100@8", "5×100@8");
        assertThat(squat.sets()).noneMatch(s -> s.doneProperty().get());
        assertThat(run.lastTimeProperty().get()).isEqualTo("Last run Sat 21 Nov 2026: Run 6.0 km in 33:00, 5:30 /km");
        assertThat(squat.targetProperty().get()).isEmpty();
    }

    @Test
    void flagsHeavySetsTakenWithShortRest() {
        StrengthModel squat = squat();
        type(squat.sets().get(0), "5", "100", "");
        SetModel second = squat.addSetAfter(squat.sets().get(0));
        second.rest().set("60");
        model.form().duration().set("30");

        assertThat(model.checks().warnings()).singleElement().asString()
                .startsWith("Back squat, set 2: 5 × 100 kg is 86 % of your e1RM after only 1:00 rest");
    }

    @Test
    void recordsTheRestTakenBetweenTickedSets() {
        StrengthModel squat = squat();
        type(squat.sets().get(0), "5", "100", "");
        SetModel second = squat.addSetAfter(squat.sets().get(0));

        squat.sets().get(0).doneProperty().set(true);
        clock.advance(Duration.ofSeconds(150));
        model.tick();
        assertThat(squat.restTimerProperty().get()).isEqualTo("Rest 0:30");
        second.doneProperty().set(true);

        assertThat(second.rest().text()).isEqualTo("2:30");
    }

    @Test
    void rewritesTypedLoadsWhenTheUnitsChange() {
        StrengthModel squat = squat();
        type(squat.sets().get(0), "5", "100", "");

        units.set(UnitPreferences.IMPERIAL);

        // 100 kg is 220.46 lb: a typed load in the other unit reads to a tenth (docs/units.md).
        assertThat(squat.sets().get(0).load().text()).isEqualTo("220.5");
        units.set(UnitPreferences.METRIC);
        assertThat(squat.sets().get(0).load().text()).as("back without drift").isEqualTo("100");
    }

    @Test
    void aLoadLeftAsTheUnitSwitchWroteItIsSavedAsTyped() {
        StrengthModel squat = squat();
        type(squat.sets().get(0), "5", "100", "");
        units.set(UnitPreferences.IMPERIAL);
        model.form().duration().set("50");

        model.save();

        StrengthEntry entry = (StrengthEntry) logbook.sessions().find(saved.get(0).id()).orElseThrow().entries().get(0);
        assertThat(entry.sets().get(0).load()).as("100 kg, not 220.5 lb").isEqualTo(Mass.kilograms(100));
    }

    @Test
    void aLoadRetypedAfterTheUnitSwitchIsSavedAsRetyped() {
        StrengthModel squat = squat();
        type(squat.sets().get(0), "5", "100", "");
        units.set(UnitPreferences.IMPERIAL);
        squat.sets().get(0).load().set("225");
        model.form().duration().set("50");

        model.save();

        StrengthEntry entry = (StrengthEntry) logbook.sessions().find(saved.get(0).id()).orElseThrow().entries().get(0);
        assertThat(entry.sets().get(0).load()).isEqualTo(Mass.pounds(225));
    }

    @Test
    void asksBeforeLeavingWithUnsavedChanges() {
        boolean[] left = {false};
        model.setOnLeave(() -> left[0] = true);
        squat();

        model.requestLeave();
        assertThat(left[0]).isFalse();
        assertThat(model.leavePromptProperty().get()).isTrue();

        model.confirmLeave();
        assertThat(left[0]).isTrue();
        assertThat(model.form().entries()).isEmpty();
    }

    /** A clock the test moves on by hand. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void editingAnImportedCarryKeepsItsDistanceAndTime() {
        StrengthEntry walk = new StrengthEntry(ExerciseId.of("farmers-carry"), List.of(
                StrengthSet.carry(Mass.kilograms(40), Distance.metres(40), null),
                StrengthSet.carry(Mass.kilograms(40), Distance.metres(40), Duration.ofSeconds(30))));
        Workout imported = new Workout(SessionId.random(), TODAY.minusDays(1).atTime(7, 0), Duration.ofMinutes(20),
                null, "", List.of(walk), "Carries");
        logbook.sessions().save(imported);

        model.edit(imported.id());
        model.save();

        assertThat(saved).singleElement().satisfies(s -> assertThat(s.entries()).containsExactly(walk));
        assertThat(logbook.sessions().find(imported.id())).get().satisfies(s -> assertThat(s.entries())
                .containsExactly(walk));
    }
}

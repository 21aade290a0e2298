package app.overload.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import app.overload.TempLogbook;
import app.overload.domain.BlockId;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthGoal;
import app.overload.domain.StrengthSet;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.domain.Workout;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A workout typed on a day with a planned session is offered to log it as that session instead. */
class PlannedOfferTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @RegisterExtension
    final TempLogbook temp = new TempLogbook("offer.db");

    private Logbook logbook;
    private TrainingBlock block;
    private final List<Session> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        logbook = temp.open();
        List<PlannedSession> plan = new ArrayList<>();
        for (int week = 1; week <= 2; week++) {
            plan.add(new PlannedSession(PlannedSessionId.random(), week, DayOfWeek.MONDAY, Purpose.HEAVY_STRENGTH,
                    "Squat day", List.of(Prescription.Strength.sets(ExerciseId.of("back-squat"), 5, 5,
                            Mass.kilograms(100), ProgressionRule.Linear.standard(Mass.kilograms(2.5)))), ""));
        }
        LocalDate start = MONDAY.minusWeeks(1);
        block = new TrainingBlock(BlockId.random(), "Squat cycle", new StrengthGoal(ExerciseId.of("back-squat"),
                Mass.kilograms(120), 5), start, start.plusDays(13), 2, List.of(), List.of(), List.of(), List.of(), plan,
                "", null);
        logbook.blocks().save(block);
    }

    private LogViewModel model() {
        LogViewModel model = new LogViewModel(logbook, new CurrentThreadTaskExecutor(),
                Clock.fixed(MONDAY.atTime(18, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                new SimpleObjectProperty<>(UnitPreferences.METRIC));
        model.setOnSaved(saved::add);
        model.open();
        return model;
    }

    @Test
    void offersTodaysPlannedSessionWhenTheUserChoosesWorkout() {
        LogViewModel model = model();
        assertThat(model.plannedOfferProperty().get()).isEmpty();

        model.form().kindProperty().set(LogForm.Kind.WORKOUT);

        assertThat(model.plannedOfferProperty().get())
                .isEqualTo("Planned today: Squat cycle · Squat day. Log it as training?");
        model.acceptPlannedOffer();
        assertThat(model.form().kindProperty().get()).isEqualTo(LogForm.Kind.TRAINING);
        assertThat(model.form().plannedProperty().get()).isEqualTo(block.plannedIn(2).get(0));
        assertThat(model.form().entries()).singleElement().isInstanceOfSatisfying(StrengthModel.class,
                s -> assertThat(s.sets()).extracting(set -> set.load().text()).containsOnly("100"));
        assertThat(model.plannedOfferProperty().get()).isEmpty();
    }

    @Test
    void offersAnotherDaysPlannedSessionWhenTheDateMovesToIt() {
        LogViewModel model = model();
        model.form().kindProperty().set(LogForm.Kind.WORKOUT);

        model.form().date().set(MONDAY.minusDays(1).toString());
        assertThat(model.plannedOfferProperty().get()).isEmpty();
        model.form().date().set(MONDAY.minusWeeks(1).toString());

        assertThat(model.plannedOfferProperty().get())
                .isEqualTo("Planned on Mon 16 Nov: Squat cycle · Squat day. Log it as training?");
    }

    @Test
    void aPlannedSessionAlreadyDoneIsNotOfferedAgainAndTheNextSessionStartsAsAWorkout() {
        LogViewModel model = model();
        model.form().duration().set("60");
        model.save();
        assertThat(saved).singleElement().isInstanceOf(TrainingSession.class);

        assertThat(model.form().kindProperty().get()).isEqualTo(LogForm.Kind.WORKOUT);
        model.newSession();
        assertThat(model.form().kindProperty().get()).isEqualTo(LogForm.Kind.WORKOUT);
        assertThat(model.plannedOfferProperty().get()).isEmpty();
        LogViewModel reopened = model();
        assertThat(reopened.form().kindProperty().get()).isEqualTo(LogForm.Kind.WORKOUT);
        assertThat(reopened.plannedOfferProperty().get()).isEmpty();
    }

    /** A form whose reads wait until {@code background} releases them. */
    private LogViewModel modelReadingWith(HoldingExecutor background) {
        background.hold();
        return new LogViewModel(logbook, background,
                Clock.fixed(MONDAY.atTime(18, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                new SimpleObjectProperty<>(UnitPreferences.METRIC));
    }

    /** The number of entries in the form each time it turns opened, when a view would place the focus. */
    private static List<Integer> entriesWhenOpened(LogViewModel model) {
        List<Integer> seen = new ArrayList<>();
        model.openingProperty().addListener((obs, was, now) -> {
            if (!now) {
                seen.add(model.form().entries().size());
            }
        });
        return seen;
    }

    @Test
    void saysTheFormIsOpenedInTheTurnTodaysPlanFillsIt() {
        HoldingExecutor background = new HoldingExecutor(Runnable::run);
        LogViewModel model = modelReadingWith(background);
        List<Integer> opened = entriesWhenOpened(model);

        model.open();
        assertThat(model.openingProperty().get()).as("while the plan is read").isTrue();
        assertThat(model.form().entries()).isEmpty();
        background.release();

        assertThat(model.openingProperty().get()).isFalse();
        assertThat(opened).as("the planned squat was in when the form said it had opened").containsExactly(1);
    }

    @Test
    void aSessionToEditStillOnItsWayKeepsTheFormOpening() {
        Session done = new Workout(SessionId.random(), MONDAY.minusDays(3).atTime(18, 0), Duration.ofMinutes(45),
                null, "", List.of(new StrengthEntry(ExerciseId.of("back-squat"),
                        List.of(StrengthSet.working(5, Mass.kilograms(100))))), "");
        logbook.sessions().save(done);
        HoldingExecutor background = new HoldingExecutor(Runnable::run);
        LogViewModel model = modelReadingWith(background);
        List<Integer> opened = entriesWhenOpened(model);

        model.open();
        model.edit(done.id());
        background.release();

        assertThat(opened).as("opened once, after the session to edit was in").containsExactly(1);
        assertThat(model.titleProperty().get()).startsWith("Edit session of");
    }

    @Test
    void aReadThatFailsStillEndsTheOpening() {
        HoldingExecutor background = new HoldingExecutor(Runnable::run);
        LogViewModel model = modelReadingWith(background);

        model.edit(SessionId.random());
        assertThat(model.openingProperty().get()).isTrue();
        background.release();

        assertThat(model.openingProperty().get()).isFalse();
        assertThat(model.messageProperty().get()).isEqualTo("That session is no longer in the logbook.");
    }
}

package app.overload.ui.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
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
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
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
}

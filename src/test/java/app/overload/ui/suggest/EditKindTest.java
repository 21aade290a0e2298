package app.overload.ui.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import app.overload.domain.Distance;
import app.overload.domain.ExerciseId;
import app.overload.domain.InvalidValueException;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.PaceTarget;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.UnitPreferences;
import app.overload.progression.Decision;
import app.overload.progression.Suggestion;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which number of a suggestion can be typed over, and how what is typed is read. */
class EditKindTest {

    private static final ProgressionRule.Endurance RUNS = new ProgressionRule.Endurance(0.03, Distance.kilometres(1.5));

    private static Suggestion suggestion(Prescription rx, Decision decision) {
        return new Suggestion(PlannedSessionId.random(), LocalDate.of(2026, 11, 30), 0, rx, rx, decision, "Why.",
                List.of());
    }

    private static Prescription.Endurance run(Modality modality, PaceTarget target) {
        return new Prescription.Endurance(modality, Distance.kilometres(10), null, target, List.of(), RUNS);
    }

    @Test
    void theDecisionSaysWhichNumberMoves() {
        var squat = Prescription.Strength.sets(ExerciseId.of("back-squat"), 5, 5, Mass.kilograms(100),
                new ProgressionRule.Linear(Mass.kilograms(2.5), 3, 0.1));
        var chinUps = Prescription.Strength.sets(ExerciseId.of("chin-up"), 3, 8, Mass.ZERO,
                new ProgressionRule.DoubleProgression(8, 12, Mass.kilograms(2.5)));
        var tempo = run(Modality.RUN, new PaceTarget.AtPace(Pace.perKilometre(Duration.ofSeconds(270))));
        var easy = run(Modality.RUN, new PaceTarget.InZone(2));
        var kept = new Prescription.Endurance(Modality.RUN, Distance.kilometres(8), null, null, List.of(),
                new ProgressionRule.Hold());

        assertThat(EditKind.of(suggestion(squat, new Decision.Hold()))).isEqualTo(EditKind.LOAD);
        assertThat(EditKind.of(suggestion(chinUps, new Decision.AddReps(8, 9)))).isEqualTo(EditKind.NONE);
        assertThat(EditKind.of(suggestion(tempo, new Decision.LongerDistance(Distance.kilometres(9),
                Distance.kilometres(10))))).isEqualTo(EditKind.DISTANCE);
        assertThat(EditKind.of(suggestion(tempo, new Decision.Hold()))).isEqualTo(EditKind.PACE);
        assertThat(EditKind.of(suggestion(easy, new Decision.Hold()))).isEqualTo(EditKind.DISTANCE);
        assertThat(EditKind.of(suggestion(kept, new Decision.Hold()))).isEqualTo(EditKind.NONE);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            RUN,  KM, 4:30,  270
            RUN,  MI, 7:15,  270.30
            ROW,  KM, 1:55,  230
            SWIM, MI, 1:45,  1050
            RIDE, KM, 30,    120
            RIDE, MI, 18.6,  120.27
            """)
    void readsAPaceTheWayItsSportWritesIt(Modality modality, String distance, String typed, double secondsPerKm) {
        UnitPreferences units = distance.equals("KM") ? UnitPreferences.METRIC : UnitPreferences.IMPERIAL;
        // A pace the sport allows: a plan is held to the limit a logged session is (no 5:00 /km swims).
        var rx = run(modality, new PaceTarget.AtPace(Pace.perKilometre(Duration.ofSeconds(
                modality == Modality.SWIM ? 1200 : 300))));

        var edited = (Prescription.Endurance) EditKind.PACE.apply(rx, typed, units);

        double read = ((PaceTarget.AtPace) edited.target()).pace().secondsPerKilometre();
        assertThat(read).isCloseTo(secondsPerKm, Offset.offset(0.01));
        assertThat(EditKind.PACE.text(edited, units)).isEqualTo(typed);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            LOAD,     abc,    Load must be a number
            LOAD,     -5,     Load must be a number
            LOAD,     1200,   Load must be between
            DISTANCE, 0,      Distance must be more than zero
            PACE,     4:75,   Pace: minutes and seconds go up to 59
            PACE,     fast,   Pace must be a time such as 4:30
            """)
    void refusesWhatIsNotAUsableNumberWithAMessage(EditKind kind, String typed, String message) {
        Prescription rx = kind == EditKind.LOAD ? Prescription.Strength.sets(ExerciseId.of("back-squat"), 5, 5,
                Mass.kilograms(100), new ProgressionRule.Linear(Mass.kilograms(2.5), 3, 0.1))
                : run(Modality.RUN, new PaceTarget.AtPace(Pace.perKilometre(Duration.ofSeconds(270))));

        assertThatThrownBy(() -> kind.apply(rx, typed, UnitPreferences.METRIC))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith(message);
    }
}

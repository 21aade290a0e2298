package app.overload.ui.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.ExerciseId;
import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.UnitPreferences;
import app.overload.domain.Workout;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * New block… on a logbook with a 5×5 squat at 100 kg two weeks ago and a 5 km in 24:00 last week: the template's
 * levels come from them, each saying where from, and the goal that follows them says so too.
 */
class NewBlockFromLogbookTest {

    private static final LocalDate TODAY = NewBlockViewModelTest.TODAY;

    @TempDir
    Path folder;

    private Logbook logbook;

    @BeforeEach
    void open() {
        logbook = Logbook.open(folder.resolve("levels.db"));
        logRecentSquatAndRun(logbook);
    }

    /** 5×5 @ 100 kg of back squat two weeks before today, and 5 km in 24:00 six days before. */
    static void logRecentSquatAndRun(Logbook logbook) {
        List<StrengthSet> sets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sets.add(StrengthSet.working(5, Mass.kilograms(100)));
        }
        logbook.sessions().save(new Workout(SessionId.random(), TODAY.minusDays(14).atTime(18, 0),
                Duration.ofMinutes(60), null, "", List.of(new StrengthEntry(ExerciseId.of("back-squat"), sets)), ""));
        logbook.sessions().save(new Workout(SessionId.random(), TODAY.minusDays(6).atTime(7, 0),
                Duration.ofMinutes(24), null, "", List.of(EnduranceEntry.of(Modality.RUN, Distance.kilometres(5),
                        Duration.ofMinutes(24))), ""));
    }

    @AfterEach
    void close() {
        logbook.close();
    }

    private NewBlockViewModel model(UnitPreferences units) {
        NewBlockViewModel model = new NewBlockViewModel(new BlockData(logbook), new CurrentThreadTaskExecutor(),
                Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), units);
        model.open();
        return model;
    }

    @Test
    void theLinearTemplateStartsFromTheRecentFiveByFiveAndTheGoalSaysItMoved() {
        NewBlockViewModel model = model(UnitPreferences.METRIC);

        LevelInputs.Row squat = NewBlockViewModelTest.level(model, "back-squat");
        assertThat(squat.load().text()).isEqualTo("100");
        assertThat(squat.sourceProperty().get()).isEqualTo("From your 5×5 @ 100 kg on Wed 11 Nov.");
        assertThat(NewBlockViewModelTest.level(model, "bench-press").load().text()).isEmpty();
        // The template's lifter squats 60 kg and aims at 110 kg × 5; from 100 kg that is 150 kg × 5.
        assertThat(model.goal().load().text()).isEqualTo("150");
        assertThat(model.goalNoteProperty().get()).isEqualTo("The goal follows your current level: Back squat "
                + "150 kg × 5 (the template's is Back squat 110 kg × 5). Type your own to keep it.");
        assertThat(model.preview().get(0)).startsWith("Mon 30 Nov  Workout A: Back squat 5×5 @ 100 kg");
    }

    @Test
    void aGoalTypedByTheUserStaysAndTheNoteGoes() {
        NewBlockViewModel model = model(UnitPreferences.METRIC);

        model.goal().load().set("140");
        NewBlockViewModelTest.level(model, "back-squat").load().set("102.5");

        assertThat(model.goal().load().text()).isEqualTo("140");
        assertThat(model.goalNoteProperty().get()).isEmpty();
        assertThat(NewBlockViewModelTest.level(model, "back-squat").sourceProperty().get()).isEmpty();
    }

    @Test
    void theFiveKilometreTemplateStartsFromTheBestRecentFiveKilometres() {
        NewBlockViewModel model = model(UnitPreferences.METRIC);

        NewBlockViewModelTest.choose(model, "5 km in 8 weeks");

        LevelInputs.Row race = model.levels().rows().get(0);
        assertThat(race.time().text()).isEqualTo("24:00");
        assertThat(race.sourceProperty().get()).isEqualTo("From your run of 5.0 km in 24:00 on Thu 19 Nov.");
        assertThat(model.goalNoteProperty().get()).startsWith("The goal follows your current level: ");
    }

    @Test
    void inPoundsTheLevelReadsAsLogged() {
        NewBlockViewModel model = model(UnitPreferences.IMPERIAL);

        LevelInputs.Row squat = NewBlockViewModelTest.level(model, "back-squat");
        assertThat(squat.load().text()).isEqualTo("220.5");
        assertThat(squat.sourceProperty().get()).isEqualTo("From your 5×5 @ 220.5 lb on Wed 11 Nov.");
        assertThat(model.validProperty().get()).isTrue();
    }
}

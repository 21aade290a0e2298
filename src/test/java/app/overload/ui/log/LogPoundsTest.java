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
import app.overload.domain.MassUnit;
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
import app.overload.domain.UnitPreferences;
import app.overload.domain.Workout;
import app.overload.store.Logbook;
import app.overload.ui.CurrentThreadTaskExecutor;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The log form in kilograms and in pounds, on a plan written in kilograms (5×5 @ 95 kg today) and a squat logged at
 * 100 kg last week: the target and the set fields read as loads one can put on the bar, last time as it was logged.
 */
class LogPoundsTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final ExerciseId SQUAT = ExerciseId.of("back-squat");

    @RegisterExtension
    final TempLogbook temp = new TempLogbook("pounds.db");

    private Logbook logbook;
    private final List<Session> saved = new ArrayList<>();
    private Session lastWeek;

    @BeforeEach
    void open() {
        logbook = temp.open();
        List<PlannedSession> plan = new ArrayList<>();
        for (int week = 1; week <= 2; week++) {
            plan.add(new PlannedSession(PlannedSessionId.random(), week, DayOfWeek.MONDAY, Purpose.HEAVY_STRENGTH,
                    "Squat day", List.of(Prescription.Strength.sets(SQUAT, 5, 5, Mass.kilograms(95),
                            ProgressionRule.Linear.standard(Mass.kilograms(2.5)))), ""));
        }
        LocalDate start = MONDAY.minusWeeks(1);
        logbook.blocks().save(new TrainingBlock(BlockId.random(), "Squat", new StrengthGoal(SQUAT,
                Mass.kilograms(120), 5), start, start.plusDays(13), 2, List.of(), List.of(), List.of(), List.of(),
                plan, "", null));
        List<StrengthSet> sets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sets.add(StrengthSet.working(5, Mass.kilograms(100)));
        }
        lastWeek = new Workout(SessionId.random(), MONDAY.minusDays(6).atTime(18, 0), Duration.ofMinutes(45), null,
                "", List.of(new StrengthEntry(SQUAT, sets, "")), "");
        logbook.sessions().save(lastWeek);
    }

    private LogViewModel model(UnitPreferences units) {
        LogViewModel model = new LogViewModel(logbook, new CurrentThreadTaskExecutor(),
                Clock.fixed(MONDAY.atTime(18, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                new SimpleObjectProperty<>(units));
        model.setOnSaved(saved::add);
        model.open();
        return model;
    }

    private static UnitPreferences units(MassUnit unit) {
        return unit == MassUnit.KG ? UnitPreferences.METRIC : UnitPreferences.IMPERIAL;
    }

    @ParameterizedTest(name = "in {0}: fields {1}, target \"{2}\", last time \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
            KG | 95  | 5×5 @ 95 kg  | 5×5 @ 100 kg
            LB | 210 | 5×5 @ 210 lb | 5×5 @ 220.5 lb
            """)
    void thePlanFillsLoadableLoadsAndLastTimeReadsAsLogged(MassUnit unit, String field, String target,
            String last) {
        StrengthModel squat = (StrengthModel) model(units(unit)).form().entries().get(0);

        assertThat(squat.sets()).extracting(s -> s.load().text()).containsOnly(field);
        assertThat(squat.targetProperty().get()).isEqualTo(target);
        assertThat(squat.lastTimeProperty().get()).endsWith(": " + last);
    }

    @ParameterizedTest(name = "in {0}, the planned session is saved at {1} {0}")
    @CsvSource(textBlock = """
            KG, 95
            LB, 210
            """)
    void savingThePlannedSessionLogsWhatTheFieldsSaid(MassUnit unit, double load) {
        LogViewModel model = model(units(unit));
        model.form().duration().set("50");
        assertThat(model.checks().validProperty().get()).isTrue();

        model.save();

        StrengthEntry entry = (StrengthEntry) saved.get(0).entries().get(0);
        assertThat(entry.sets()).allSatisfy(s -> assertThat(s.load()).isEqualTo(Mass.of(load, unit)));
    }

    @ParameterizedTest(name = "in {0}, editing last week''s squat shows {1} and keeps 100 kg")
    @CsvSource(textBlock = """
            KG, 100
            LB, 220.5
            """)
    void editingALoggedSessionKeepsItsLoadsUnlessRetyped(MassUnit unit, String shown) {
        LogViewModel model = model(units(unit));
        model.edit(lastWeek.id());
        StrengthModel squat = (StrengthModel) model.form().entries().get(0);
        assertThat(squat.sets()).extracting(s -> s.load().text()).containsOnly(shown);
        squat.sets().get(4).load().set("230");

        model.save();

        StrengthEntry entry = (StrengthEntry) logbook.sessions().find(lastWeek.id()).orElseThrow().entries().get(0);
        assertThat(entry.sets().subList(0, 4)).allSatisfy(s -> assertThat(s.load()).isEqualTo(Mass.kilograms(100)));
        assertThat(entry.sets().get(4).load()).isEqualTo(Mass.of(230, unit));
    }
}

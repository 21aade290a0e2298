package app.overload.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.overload.domain.BlockId;
import app.overload.domain.CurrentLevel;
import app.overload.domain.Distance;
import app.overload.domain.EnduranceGoal;
import app.overload.domain.ExerciseId;
import app.overload.domain.Goal;
import app.overload.domain.Interval;
import app.overload.domain.InvalidValueException;
import app.overload.domain.LiftLevel;
import app.overload.domain.LoadTarget;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.PaceTarget;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.PrescribedLoads;
import app.overload.domain.PrescribedSet;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.RaceLevel;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.progression.RunningFormulas;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Filling a template from the athlete's level, with worked numbers. */
class TemplateFillerTest {

    static final ExerciseId SQUAT = ExerciseId.of("back-squat");
    static final ExerciseId BENCH = ExerciseId.of("bench-press");
    static final LocalDate TEMPLATE_START = LocalDate.of(2026, 1, 5);
    static final LocalDate START = LocalDate.of(2027, 3, 1);
    static final Distance FIVE_K = Distance.kilometres(5);

    /** A four-week squat template for a lifter whose 5 × 5 is 100 kg: +2.5 kg a week, week 4 a deload at 85 kg. */
    static TrainingBlock squatTemplate() {
        List<PlannedSession> plan = new ArrayList<>();
        double[] loads = {100, 102.5, 105, 85};
        for (int week = 1; week <= 4; week++) {
            plan.add(new PlannedSession(PlannedSessionId.random(), week, DayOfWeek.MONDAY,
                    week == 4 ? Purpose.DELOAD : Purpose.HEAVY_STRENGTH, "Squat day",
                    List.of(Prescription.Strength.sets(SQUAT, 5, 5, Mass.kilograms(loads[week - 1]),
                            ProgressionRule.Linear.standard(Mass.kilograms(2.5)))), ""));
        }
        return new TrainingBlock(BlockId.random(), "Squat template", new StrengthGoal(SQUAT, Mass.kilograms(110), 5),
                TEMPLATE_START, TEMPLATE_START.plusDays(27), 4, List.of(), List.of(4), List.of(),
                List.of(new LiftLevel(SQUAT, 5, 5, Mass.kilograms(100))), plan, "Notes", null);
    }

    static FillRequest request(TrainingBlock template, Goal goal, UnitPreferences units, CurrentLevel... levels) {
        return new FillRequest("My block", START, template.weeks(), goal, List.of(levels), units,
                Map.of(SQUAT, Mass.kilograms(2.5)));
    }

    static Mass load(TrainingBlock block, int week) {
        Prescription.Strength rx = (Prescription.Strength) block.plannedIn(week).get(0).prescriptions().get(0);
        return ((LoadTarget.Fixed) rx.sets().get(0).load()).load();
    }

    @Test
    void startsTheSquatAtTheAthletesFiveByFiveAndKeepsTheTemplatesSteps() {
        TrainingBlock template = squatTemplate();
        Goal goal = new StrengthGoal(SQUAT, Mass.kilograms(90), 5);

        TrainingBlock mine = TemplateFiller.fill(template, request(template, goal, UnitPreferences.METRIC,
                new LiftLevel(SQUAT, 5, 5, Mass.kilograms(80))));

        // Reference 5 × 5 @ 100 kg, athlete 80 kg: week 1 at 80 kg, then 82.5 and 85 kg (the template's +2.5 kg),
        // and the deload, 85 % of the reference, is 85 % of the athlete's: 68 kg, loaded as 67.5 kg.
        assertThat(List.of(load(mine, 1), load(mine, 2), load(mine, 3), load(mine, 4))).containsExactly(
                Mass.kilograms(80), Mass.kilograms(82.5), Mass.kilograms(85), Mass.kilograms(67.5));
    }

    @Test
    void roundsLoadsDownToPoundPlatesForPoundUsers() {
        TrainingBlock template = squatTemplate();
        Goal goal = new StrengthGoal(SQUAT, Mass.pounds(200), 5);

        TrainingBlock mine = TemplateFiller.fill(template, request(template, goal, UnitPreferences.IMPERIAL,
                new LiftLevel(SQUAT, 5, 5, Mass.pounds(178))));

        // 178 lb is 80.74 kg; week 2 is 80.74 + 2.5 kg = 83.24 kg = 183.5 lb, loaded as 180 lb.
        assertThat(load(mine, 1).pounds()).isCloseTo(175, Offset.offset(1e-6));
        assertThat(load(mine, 2).pounds()).isCloseTo(180, Offset.offset(1e-6));
    }

    @Test
    void comparesLevelsOfDifferentRepsThroughTheirEpleyMax() {
        TrainingBlock template = squatTemplate();

        // 3 × 8 @ 75 kg is an Epley max of 95 kg against the reference's 116.7 kg: a ratio of 0.814, so week 1 is
        // 100 − 18.6 = 81.4 kg, loaded as 80 kg.
        TrainingBlock mine = TemplateFiller.fill(template, request(template, template.goal(),
                UnitPreferences.METRIC, new LiftLevel(SQUAT, 3, 8, Mass.kilograms(75))));

        assertThat(load(mine, 1)).isEqualTo(Mass.kilograms(80));
    }

    @Test
    void keepsTheTemplatesLoadsWithoutALevel() {
        TrainingBlock template = squatTemplate();

        TrainingBlock mine = TemplateFiller.fill(template, request(template, template.goal(), UnitPreferences.METRIC));

        assertThat(load(mine, 1)).isEqualTo(Mass.kilograms(100));
        assertThat(mine.levels()).isEmpty();
    }

    @Test
    void givesTheBlockFreshIdsTheAthletesDatesNameAndGoal() {
        TrainingBlock template = squatTemplate();
        Goal goal = new StrengthGoal(SQUAT, Mass.kilograms(95), 5);
        LiftLevel level = new LiftLevel(SQUAT, 5, 5, Mass.kilograms(80));

        TrainingBlock mine = TemplateFiller.fill(template, request(template, goal, UnitPreferences.METRIC, level));

        assertThat(mine.id()).isNotEqualTo(template.id());
        assertThat(mine.plan()).extracting(PlannedSession::id)
                .doesNotContainAnyElementsOf(template.plan().stream().map(PlannedSession::id).toList());
        assertThat(mine.name()).isEqualTo("My block");
        assertThat(mine.goal()).isEqualTo(goal);
        assertThat(mine.start()).isEqualTo(START);
        assertThat(mine.goalDate()).isEqualTo(START.plusDays(27));
        assertThat(mine.levels()).containsExactly(level);
        assertThat(mine.deloadWeeks()).containsExactly(4);
        assertThat(mine.plan()).extracting(PlannedSession::day).containsOnly(DayOfWeek.MONDAY);
        assertThat(mine.dateOf(mine.plannedIn(1).get(0))).isEqualTo(START);
        assertThat(mine.notes()).isEqualTo("Notes");
    }

    @Test
    void refusesAnotherLengthForAStrengthTemplateNamingTheWeeks() {
        TrainingBlock template = squatTemplate();
        FillRequest longer = new FillRequest("My block", START, 6, template.goal(), List.of(), UnitPreferences.METRIC,
                Map.of());

        assertThatThrownBy(() -> TemplateFiller.fill(template, longer)).isInstanceOfSatisfying(
                InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("weeks");
                    assertThat(e.getMessage()).contains("runs 4 weeks");
                });
    }

    @Test
    void startsTheTrainingMaxAtNinetyPercentOfTheAthletesEpleyMax() {
        List<PlannedSession> plan = new ArrayList<>();
        for (int week = 1; week <= 2; week++) {
            plan.add(new PlannedSession(PlannedSessionId.random(), week, DayOfWeek.MONDAY, Purpose.HEAVY_STRENGTH,
                    "Squat day", List.of(new Prescription.Strength(SQUAT, List.of(
                            new PrescribedSet(5, SetKind.AMRAP, new LoadTarget.PercentOfTrainingMax(0.85), null)),
                            new ProgressionRule.TrainingMax(Mass.kilograms(week == 1 ? 140 : 145),
                                    Mass.kilograms(5)))), ""));
        }
        TrainingBlock template = new TrainingBlock(BlockId.random(), "TM", new StrengthGoal(SQUAT, Mass.kilograms(150),
                5), TEMPLATE_START, TEMPLATE_START.plusDays(13), 2, List.of(), List.of(), List.of(),
                List.of(new LiftLevel(SQUAT, 1, 5, Mass.kilograms(133.5))), plan, "", null);

        TrainingBlock mine = TemplateFiller.fill(template, request(template, template.goal(), UnitPreferences.METRIC,
                new LiftLevel(SQUAT, 1, 5, Mass.kilograms(100))));

        // 100 kg × 5 → Epley 116.7 kg → TM 105 kg; the template's next cycle is 5 kg higher, and so is the athlete's.
        Prescription.Strength week1 = (Prescription.Strength) mine.plannedIn(1).get(0).prescriptions().get(0);
        Prescription.Strength week2 = (Prescription.Strength) mine.plannedIn(2).get(0).prescriptions().get(0);
        assertThat(((ProgressionRule.TrainingMax) week1.rule()).trainingMax()).isEqualTo(Mass.kilograms(105));
        assertThat(((ProgressionRule.TrainingMax) week2.rule()).trainingMax()).isEqualTo(Mass.kilograms(110));
        // 85 % of 105 kg is 89.25 kg: 87.5 kg on the bar.
        assertThat(PrescribedLoads.of(week1, MassUnit.KG)).containsExactly(Mass.kilograms(87.5));
    }

    /** A one-week running template for a runner of 5 km in 20:00, each pace at its zone's middle. */
    static TrainingBlock runTemplate() {
        double vdot = RunningFormulas.vdot(FIVE_K, Duration.ofMinutes(20));
        Prescription tempo = new Prescription.Endurance(Modality.RUN, Distance.kilometres(6), null,
                new PaceTarget.AtPace(RunningFormulas.paceAt(vdot, 0.855)), List.of(),
                new ProgressionRule.Endurance(0.03, Distance.kilometres(1)));
        Prescription intervals = new Prescription.Endurance(Modality.RUN, null, null,
                new PaceTarget.AtPace(RunningFormulas.paceAt(vdot, 0.975)),
                List.of(new Interval(5, Distance.kilometres(1), null, null, Duration.ofMinutes(2))),
                new ProgressionRule.Endurance(0.02, Distance.kilometres(1)));
        Prescription easy = new Prescription.Endurance(Modality.RUN, Distance.kilometres(8), null,
                new PaceTarget.InZone(2), List.of(), new ProgressionRule.Hold());
        Duration raceTime = Duration.ofMinutes(19);
        Prescription race = new Prescription.Endurance(Modality.RUN, FIVE_K, raceTime,
                new PaceTarget.AtPace(Pace.of(FIVE_K, raceTime)), List.of(), new ProgressionRule.Hold());
        List<PlannedSession> plan = List.of(
                new PlannedSession(PlannedSessionId.random(), 1, DayOfWeek.TUESDAY, Purpose.INTERVALS, "", List.of(
                        intervals), ""),
                new PlannedSession(PlannedSessionId.random(), 1, DayOfWeek.THURSDAY, Purpose.TEMPO, "", List.of(tempo),
                        ""),
                new PlannedSession(PlannedSessionId.random(), 1, DayOfWeek.FRIDAY, Purpose.EASY_AEROBIC, "",
                        List.of(easy), ""),
                new PlannedSession(PlannedSessionId.random(), 1, DayOfWeek.SUNDAY, Purpose.RACE, "", List.of(race),
                        ""));
        return new TrainingBlock(BlockId.random(), "5 km", new EnduranceGoal(Modality.RUN, FIVE_K, raceTime),
                TEMPLATE_START, TEMPLATE_START.plusDays(6), 1, List.of(), List.of(), List.of(),
                List.of(new RaceLevel(Modality.RUN, FIVE_K, Duration.ofMinutes(20))), plan, "", null);
    }

    static Prescription.Endurance run(TrainingBlock block, Purpose purpose) {
        return (Prescription.Endurance) block.plan().stream().filter(p -> p.purpose() == purpose).findFirst()
                .orElseThrow().prescriptions().get(0);
    }

    static String pace(Prescription.Endurance rx) {
        return UnitPreferences.METRIC.format(((PaceTarget.AtPace) rx.target()).pace());
    }

    @Test
    void setsPacesFromTheAthletesVdot() {
        TrainingBlock template = runTemplate();
        Goal goal = new EnduranceGoal(Modality.RUN, FIVE_K, Duration.ofMinutes(24));

        TrainingBlock mine = TemplateFiller.fill(template, request(template, goal, UnitPreferences.METRIC,
                new RaceLevel(Modality.RUN, FIVE_K, Duration.ofMinutes(25))));

        // 5 km in 25:00 is VDOT 38.3: threshold pace (85.5 % VO2max) 5:23.7 /km → 5:25, interval pace (97.5 %)
        // 4:51.3 /km → 4:50; easy runs stay in zone 2; the race is run at the goal's 4:48 /km for 24:00.
        assertThat(pace(run(mine, Purpose.TEMPO))).isEqualTo("5:25 /km");
        assertThat(pace(run(mine, Purpose.INTERVALS))).isEqualTo("4:50 /km");
        assertThat(run(mine, Purpose.EASY_AEROBIC).target()).isEqualTo(new PaceTarget.InZone(2));
        assertThat(pace(run(mine, Purpose.RACE))).isEqualTo("4:48 /km");
        assertThat(run(mine, Purpose.RACE).duration()).isEqualTo(Duration.ofMinutes(24));
    }

    @Test
    void roundsPacesToFiveSecondsPerMileForMileUsers() {
        TrainingBlock template = runTemplate();

        TrainingBlock mine = TemplateFiller.fill(template, request(template, template.goal(),
                UnitPreferences.IMPERIAL, new RaceLevel(Modality.RUN, FIVE_K, Duration.ofMinutes(25))));

        // 5:23.7 /km is 8:40.9 /mi.
        assertThat(UnitPreferences.IMPERIAL.format(((PaceTarget.AtPace) run(mine, Purpose.TEMPO).target()).pace()))
                .isEqualTo("8:40 /mi");
    }

    @Test
    void suggestsAGoalAsFarFromTheAthletesLevelAsTheTemplatesIsFromItsOwn() {
        TrainingBlock template = squatTemplate();

        Goal goal = TemplateFiller.suggestedGoal(template, List.of(new LiftLevel(SQUAT, 5, 5, Mass.kilograms(80))),
                UnitPreferences.METRIC, Map.of());

        assertThat(goal).isEqualTo(new StrengthGoal(SQUAT, Mass.kilograms(90), 5));
    }

    @Test
    void suggestsARaceGoalThatImprovesByTheTemplatesShare() {
        TrainingBlock template = runTemplate();

        Goal goal = TemplateFiller.suggestedGoal(template,
                List.of(new RaceLevel(Modality.RUN, FIVE_K, Duration.ofMinutes(25))), UnitPreferences.METRIC,
                Map.of());

        // The template aims 19:00 from 20:00 (5 % faster); 25:00 → 23:45, to the nearest minute 24:00.
        assertThat(goal).isEqualTo(new EnduranceGoal(Modality.RUN, FIVE_K, Duration.ofMinutes(24)));
    }
}

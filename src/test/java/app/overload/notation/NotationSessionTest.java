package app.overload.notation;

import static app.overload.notation.NotationGrammarTest.METRIC;
import static app.overload.notation.NotationGrammarTest.NOW;
import static app.overload.notation.NotationGrammarTest.readOne;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import app.overload.domain.BlockId;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.ExerciseId;
import app.overload.domain.Goal;
import app.overload.domain.Mass;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Purpose;
import app.overload.domain.Rpe;
import app.overload.domain.Session;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthGoal;
import app.overload.domain.TimedEntry;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.domain.Workout;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** A session's date, time, kind, block, purpose, duration, RPE and notes; several sessions in one text. */
class NotationSessionTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    static final Goal GOAL = new StrengthGoal(ExerciseId.of("back-squat"), Mass.kilograms(140), 5);
    static final PlannedSession MONDAY_A = planned(4, DayOfWeek.MONDAY, Purpose.HEAVY_STRENGTH);
    static final PlannedSession MONDAY_EASY = planned(4, DayOfWeek.MONDAY, Purpose.EASY_AEROBIC);
    static final TrainingBlock LINEAR = block("Linear 5×5", MONDAY, List.of(MONDAY_A, MONDAY_EASY));
    static final TrainingBlock HALF = block("Half marathon", MONDAY, List.of());
    static final NotationContext BLOCKS = METRIC.withBlocks(List.of(LINEAR, HALF), Set.of());

    static TrainingBlock block(String name, LocalDate start, List<PlannedSession> plan) {
        return new TrainingBlock(BlockId.random(), name, GOAL, start.minusWeeks(3), start.plusWeeks(8).plusDays(6),
                12, List.of(), List.of(), List.of(), List.of(), plan, "", null);
    }

    static PlannedSession planned(int week, DayOfWeek day, Purpose purpose) {
        return new PlannedSession(PlannedSessionId.random(), week, day, purpose, "", List.of(), "");
    }

    static Session session(String text, NotationContext context) {
        Reading reading = readOne(text, context);
        assertThat(reading).as(() -> reading instanceof Reading.Refused r ? r.problem().message() : "")
                .isInstanceOf(Reading.Understood.class);
        return ((Reading.Understood) reading).session();
    }

    static String refusal(String text, NotationContext context) {
        return NotationGrammarTest.refusal(text, context);
    }

    @Test
    void aHeaderGivesDateTimeLabelDurationRpeAndNotes() {
        Session s = session("2026-11-20 18:15 workout \"spin class\" for 50 min rpe 7: spin 45 min # felt good",
                METRIC);
        assertThat(s).isInstanceOf(Workout.class);
        assertThat(s.start()).isEqualTo(LocalDateTime.of(2026, 11, 20, 18, 15));
        assertThat(((Workout) s).label()).isEqualTo("spin class");
        assertThat(s.duration()).isEqualTo(Duration.ofMinutes(50));
        assertThat(s.rpe()).isEqualTo(Rpe.of(7));
        assertThat(s.notes()).isEqualTo("felt good");
    }

    @Test
    void withoutADateALineIsTodayNowAndWithoutATimeAnotherDayIsAtNoon() {
        assertThat(session("yoga 45 min", METRIC).start()).isEqualTo(NOW);
        assertThat(session("yesterday: yoga 45 min", METRIC).start()).isEqualTo(LocalDateTime.of(2026, 11, 22, 12, 0));
        assertThat(session("yoga 45 min", METRIC.onDate(LocalDate.of(2026, 11, 1))).start())
                .isEqualTo(LocalDateTime.of(2026, 11, 1, 12, 0));
        assertThat(session("today at 7:30 yoga 45 min", METRIC).start()).isEqualTo(LocalDateTime.of(2026, 11, 23, 7,
                30));
    }

    @Test
    void aLineWithoutADurationCountsItsEntriesAndThreeMinutesASet() {
        assertThat(session("Back squat 5x5 @ 100 · run 5 km in 25:00", METRIC).duration())
                .isEqualTo(Duration.ofMinutes(15 + 25));
        assertThat(session("Back squat 5x5 @ 100 rest 2:00", METRIC).duration()).isEqualTo(Duration.ofMinutes(15));
        assertThat(session("Back squat 5x5 @ 100 rest 4:00", METRIC).duration()).isEqualTo(Duration.ofMinutes(25));
    }

    @Test
    void aTrainingLineNamesItsBlockAndPurpose() {
        Session s = session("2026-11-20 training \"half marathon\" tempo: run 8 km in 36:00", BLOCKS);
        assertThat(s).isInstanceOf(TrainingSession.class);
        TrainingSession t = (TrainingSession) s;
        assertThat(t.block()).isEqualTo(HALF.id());
        assertThat(t.purpose()).isEqualTo(Purpose.TEMPO);
        assertThat(t.plannedSession()).isNull();
    }

    @Test
    void aPurposeAfterARunServesATrainingSessionAndNamesAWorkout() {
        TrainingSession t = (TrainingSession) session("2026-11-20 training \"Half\": run 40:00 easy", BLOCKS);
        assertThat(t.purpose()).isEqualTo(Purpose.EASY_AEROBIC);
        Workout w = (Workout) session("run 40:00 easy", BLOCKS);
        assertThat(((EnduranceEntry) w.entries().get(0)).notes()).isEqualTo("easy");
        assertThat(((Workout) session("long run 20 km in 2:00:00", BLOCKS)).label()).isEqualTo("long run");
        TrainingSession longRun = (TrainingSession) session("2026-11-20 training \"Half\" long run 20 km in 2:00:00",
                BLOCKS);
        assertThat(longRun.purpose()).isEqualTo(Purpose.LONG_RUN);
        assertThat(longRun.entries()).hasSize(1);
    }

    @Test
    void aTrainingSessionOnAPlannedDayFulfilsThePlannedSessionOfItsPurpose() {
        LocalDate day = LINEAR.dateOf(MONDAY_A);
        TrainingSession strength = (TrainingSession) session(day + " training \"Linear 5×5\": Back squat 5x5 @ 100",
                BLOCKS);
        assertThat(strength.plannedSession()).isEqualTo(MONDAY_A.id());
        assertThat(strength.purpose()).isEqualTo(Purpose.HEAVY_STRENGTH);
        TrainingSession easy = (TrainingSession) session(day + " training \"Linear 5×5\" easy: run 30:00", BLOCKS);
        assertThat(easy.plannedSession()).isEqualTo(MONDAY_EASY.id());
        TrainingSession again = (TrainingSession) session(day + " training \"Linear 5×5\": Back squat 5x5 @ 100",
                BLOCKS.withBlocks(List.of(LINEAR), Set.of(MONDAY_A.id(), MONDAY_EASY.id())).asTraining(null,
                        Purpose.HEAVY_STRENGTH));
        assertThat(again.plannedSession()).isNull();
    }

    @Test
    void twoLinesOfOneTextDoNotFulfilTheSamePlannedSession() {
        LocalDate day = LINEAR.dateOf(MONDAY_A);
        List<Reading> readings = NotationParser.read(day + " Back squat 5x5 @ 100\n" + day + " Back squat 3x5 @ 105",
                BLOCKS.asTraining(LINEAR, Purpose.HEAVY_STRENGTH));
        assertThat(readings).allMatch(Reading.Understood.class::isInstance);
        assertThat(((TrainingSession) ((Reading.Understood) readings.get(0)).session()).plannedSession())
                .isEqualTo(MONDAY_A.id());
        assertThat(((TrainingSession) ((Reading.Understood) readings.get(1)).session()).plannedSession()).isNull();
    }

    @Test
    void theDefaultTrainingKindAppliesToLinesThatSayNothingElse() {
        NotationContext training = BLOCKS.asTraining(HALF, Purpose.RECOVERY);
        TrainingSession t = (TrainingSession) session("2026-11-20 run 5 km in 30:00", training);
        assertThat(t.block()).isEqualTo(HALF.id());
        assertThat(t.purpose()).isEqualTo(Purpose.RECOVERY);
        assertThat(session("2026-11-20 workout: run 5 km in 30:00", training)).isInstanceOf(Workout.class);
    }

    @Test
    void blocksAndPurposesThatDoNotFitAreRefused() {
        assertThat(refusal("2026-11-20 training \"Linar\" heavy: Back squat 5x5 @ 100", BLOCKS))
                .isEqualTo("`\"Linar\"` — the name of a block: Linear 5×5 or Half marathon");
        assertThat(refusal("2026-11-20 training \"a\" heavy: Back squat 5x5 @ 100", BLOCKS))
                .isEqualTo("`\"a\"` — one block; it could be Linear 5×5 or Half marathon");
        assertThat(refusal("2026-11-20 training \"Linear\" heavy: Back squat 5x5 @ 100", METRIC))
                .isEqualTo("`\"Linear\"` — a block, but the logbook has none; log it as a workout or plan a block "
                        + "first");
        assertThat(refusal("2026-09-01 training \"Half\" easy: run 30:00", BLOCKS))
                .isEqualTo("`\"Half\"` — a day inside Half marathon, which runs from 2026-10-12 to 2027-01-03 (the "
                        + "session is on 2026-09-01)");
        assertThat(refusal("2026-11-20 training \"Half\": run 30:00", BLOCKS))
                .isEqualTo("`\"Half\"` — a purpose after the block, e.g. training \"Half marathon\" heavy strength");
    }

    @Test
    void eachLineIsASessionAndBlankLinesMakeParagraphsOfEntries() {
        assertThat(NotationParser.read("yoga 45 min\n\nrun 5 km in 25:00\n", METRIC)).hasSize(2);
        List<Reading> lines = NotationParser.read("2026-11-20 Back squat 5x5 @ 100\n2026-11-21 run 5 km in 25:00",
                METRIC);
        assertThat(lines).hasSize(2).allMatch(Reading.Understood.class::isInstance);

        List<Reading> paragraphs = NotationParser.read("""
                2026-11-20 18:00 workout
                Back squat 5x5 @ 100
                Bench press 3x8 @ 60
                # heavy today
                # knees fine

                2026-11-21
                run 5 km in 25:00
                """, METRIC);
        assertThat(paragraphs).hasSize(2).allMatch(Reading.Understood.class::isInstance);
        Session first = ((Reading.Understood) paragraphs.get(0)).session();
        assertThat(first.entries()).hasSize(2);
        assertThat(first.notes()).isEqualTo("heavy today\nknees fine");
        assertThat(((Reading.Understood) paragraphs.get(1)).session().date()).isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    void aProblemSaysItsLineAndColumn() {
        List<Reading> readings = NotationParser.read("yoga 45 min\nBack squat 5x\n\n", METRIC);
        assertThat(readings.get(0)).isInstanceOf(Reading.Understood.class);
        Problem problem = ((Reading.Refused) readings.get(1)).problem();
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(12);
        assertThat(problem.start()).isEqualTo(12 + 11);
        assertThat(problem.end()).isEqualTo(14 + 11);
        assertThat(problem.describe()).isEqualTo("line 2: `5x` — reps after the x, e.g. 5x5");
    }

    @Test
    void anUnknownExerciseComesWithTheClosestNamesOrIsNewWhenAllowed() {
        Problem problem = ((Reading.Refused) readOne("Bak squat 5x5 @ 100", METRIC)).problem();
        assertThat(problem.unknownExercise()).isEqualTo("Bak squat");
        assertThat(problem.suggestions()).startsWith("Back squat");
        assertThat(problem.start()).isZero();
        assertThat(problem.end()).isEqualTo(9);

        Reading.Understood read = (Reading.Understood) readOne("Zercher squat 5x5 @ 100 · Zercher squat 1x3 @ 110",
                METRIC.allowingNewExercises(true));
        assertThat(read.newExercises()).containsExactly(new NewExercise(ExerciseId.of("zercher-squat"),
                "Zercher squat"));
        assertThat(((StrengthEntry) read.session().entries().get(0)).exercise()).isEqualTo(
                ExerciseId.of("zercher-squat"));
    }

    @Test
    void aQuotedNameIsAlwaysANameAndAnActivityMayBeCalledAnything() {
        Session s = session("\"Run\" 30:00 · \"21s curl\" 20:00", METRIC);
        assertThat(s.entries()).allMatch(TimedEntry.class::isInstance);
    }

    @Test
    void aWrittenUnitWinsOverTheUsersUnit() {
        NotationContext imperial = NotationContext.of(ShippedCatalogue.CATALOGUE, UnitPreferences.IMPERIAL, NOW);
        StrengthEntry pounds = (StrengthEntry) session("Back squat 5x5 @ 225", imperial).entries().get(0);
        assertThat(pounds.sets().get(0).load()).isEqualTo(Mass.pounds(225));
        StrengthEntry kilos = (StrengthEntry) session("Back squat 5x5 @ 100 kg", imperial).entries().get(0);
        assertThat(kilos.sets().get(0).load()).isEqualTo(Mass.kilograms(100));
        EnduranceEntry miles = (EnduranceEntry) session("run 5 in 40:00", imperial).entries().get(0);
        assertThat(miles.distance().miles()).isEqualTo(5.0, Offset.offset(1e-9));
        EnduranceEntry km = (EnduranceEntry) session("run 5 km in 25:00", imperial).entries().get(0);
        assertThat(km.distance().metres()).isEqualTo(5000);
    }
}

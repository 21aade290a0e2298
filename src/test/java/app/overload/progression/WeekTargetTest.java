package app.overload.progression;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import app.overload.domain.Mass;
import app.overload.domain.Modality;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.ProgressionRule;
import app.overload.domain.Purpose;
import app.overload.domain.TrainingBlock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The log form's "this week's target" for an entry logged outside its planned session: the week's next planned
 * session not done yet, of the purpose being logged. Week 2 (9–15 Nov): squat on Monday and Friday, intervals on
 * Tuesday, tempo on Thursday, long run on Sunday.
 */
class WeekTargetTest {

    static TrainingBlock block() {
        Plans plans = new Plans("targets", 4);
        for (int week = 1; week <= 4; week++) {
            plans.plan(week, MONDAY, Purpose.HEAVY_STRENGTH, Prescription.Strength.sets(Plans.SQUAT, 5, 5,
                    Mass.kilograms(100), ProgressionRule.Linear.standard(Mass.kilograms(2.5))));
            plans.plan(week, TUESDAY, Purpose.INTERVALS, EnduranceRuleTest.tempo(3, 400));
            plans.plan(week, THURSDAY, Purpose.TEMPO, EnduranceRuleTest.tempo(4, 435));
            plans.plan(week, FRIDAY, Purpose.HEAVY_STRENGTH, Prescription.Strength.sets(Plans.SQUAT, 5, 5,
                    Mass.kilograms(102.5), ProgressionRule.Linear.standard(Mass.kilograms(2.5))));
            plans.plan(week, SUNDAY, Purpose.LONG_RUN, EnduranceRuleTest.tempo(10, 500));
        }
        return plans.build();
    }

    @ParameterizedTest(name = "{0} on {1}, {2}, done {3} → {4}")
    @CsvSource(textBlock = """
            run,   2026-11-13, TEMPO,          -,                THURSDAY
            run,   2026-11-13, TEMPO,          THURSDAY,         -
            run,   2026-11-13, LONG_RUN,       THURSDAY,         SUNDAY
            run,   2026-11-13, -,              -,                TUESDAY
            run,   2026-11-13, -,              TUESDAY THURSDAY, SUNDAY
            run,   2026-11-10, TEMPO,          -,                THURSDAY
            run,   2026-11-13, HEAVY_STRENGTH, -,                -
            squat, 2026-11-11, HEAVY_STRENGTH, MONDAY,           FRIDAY
            squat, 2026-11-11, -,              -,                MONDAY
            squat, 2026-11-11, -,              MONDAY FRIDAY,    -
            """)
    void theNextPlannedSessionOfThePurposeNotDoneYet(String entry, LocalDate day, String purpose, String done,
            String expected) {
        TrainingBlock block = block();
        int week = block.weekOf(day).orElseThrow();
        Set<PlannedSessionId> fulfilled = new HashSet<>();
        if (!done.equals("-")) {
            Arrays.stream(done.split(" ")).forEach(d -> fulfilled.add(Plans.planned(block, week,
                    DayOfWeek.valueOf(d)).id()));
        }
        Optional<WeekTarget.Found> found = WeekTarget.next(List.of(block), block.id(), day,
                purpose.equals("-") ? null : Purpose.valueOf(purpose), fulfilled,
                entry.equals("run") ? WeekTarget.modality(Modality.RUN) : WeekTarget.exercise(Plans.SQUAT));
        if (expected.equals("-")) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).hasValueSatisfying(f -> {
                assertThat(f.planned()).isEqualTo(Plans.planned(block, week, DayOfWeek.valueOf(expected)));
                assertThat(f.prescription()).isEqualTo(f.planned().prescriptions().get(0));
            });
        }
    }

    @ParameterizedTest(name = "a day outside every block ({0}) has no target")
    @CsvSource(textBlock = """
            2026-10-31
            2026-12-01
            """)
    void noTargetOutsideTheBlock(LocalDate day) {
        TrainingBlock block = block();
        assertThat(WeekTarget.next(List.of(block), null, day, null, Set.of(), WeekTarget.modality(Modality.RUN)))
                .isEmpty();
    }
}

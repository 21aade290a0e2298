package app.overload.planning;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import app.overload.domain.Checks;
import app.overload.domain.Durations;
import app.overload.domain.EnduranceGoal;
import app.overload.domain.EstimatedMaxGoal;
import app.overload.domain.Goal;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.PrescriptionText;
import app.overload.domain.StrengthGoal;
import app.overload.domain.UnitPreferences;

/**
 * What the goal looks like on the goal date: an expected result with a range (low, high: an 80 % range) and the
 * chance of reaching the target, from the trend of the logged efforts and what the rest of the plan builds to. The
 * method is in {@link Outlooks} and docs/replan.md.
 *
 * <p>Values are in the goal's terms: for a lift goal the load at the goal's reps (kilograms), for an estimated-max
 * goal the one-rep max (kilograms), for a race the time over the goal distance (seconds, where lower is better).
 * {@code low} is always the smaller number, so for a race it is the faster end.
 *
 * @param chance  0 to 1; NaN when not measured
 * @param basis   how the figures were found, in a sentence
 * @param missing why there is no outlook, when {@link #measured()} is false; empty otherwise
 */
public record GoalOutlook(Goal goal, LocalDate on, double low, double expected, double high, double target,
        double chance, String basis, String missing) {

    public GoalOutlook {
        Checks.required(goal, "goal");
        Checks.required(on, "goal date");
        basis = basis == null ? "" : basis;
        missing = missing == null ? "" : missing;
    }

    static GoalOutlook unknown(Goal goal, LocalDate on, String missing) {
        return new GoalOutlook(goal, on, Double.NaN, Double.NaN, Double.NaN, target(goal), Double.NaN, "", missing);
    }

    /** False when the logbook cannot say (a measurable goal, nothing logged toward it). */
    public boolean measured() {
        return !Double.isNaN(expected);
    }

    /** True for race times, where the smaller number is the better result. */
    public boolean lowerIsBetter() {
        return goal instanceof EnduranceGoal;
    }

    /** The target in the same terms as the figures: kilograms, or seconds over the goal distance. */
    static double target(Goal goal) {
        if (goal instanceof StrengthGoal g) {
            return g.load().kilograms();
        }
        if (goal instanceof EstimatedMaxGoal g) {
            return g.oneRepMax().kilograms();
        }
        if (goal instanceof EnduranceGoal g) {
            return g.targetTime().toMillis() / 1000.0;
        }
        return Double.NaN;
    }

    /** The chance as people say it: "70 %", "under 1 %", "over 99 %". */
    public String chanceText() {
        double percent = chance * 100;
        if (percent < 1) {
            return "under 1 %";
        }
        if (percent > 99) {
            return "over 99 %";
        }
        return Math.round(percent) + " %";
    }

    /** The range in the user's units: "102.5–110 kg × 5", "e1RM 120–127.5 kg", "1:52:10–1:58:40". */
    public String range(UnitPreferences units) {
        if (goal instanceof EnduranceGoal) {
            return clock(low) + "–" + clock(high);
        }
        String lowText = UnitPreferences.number(down(low, units), 2);
        String highText = UnitPreferences.number(down(high, units), 2);
        String range = (lowText.equals(highText) ? lowText : lowText + "–" + highText) + " " + units.mass().symbol();
        return goal instanceof StrengthGoal g ? range + " × " + g.reps() : "e1RM " + range;
    }

    /** The expected figure alone, in the user's units: "105 kg × 5", "1:55:20". */
    public String expectedText(UnitPreferences units) {
        if (goal instanceof EnduranceGoal) {
            return clock(expected);
        }
        String load = UnitPreferences.number(down(expected, units), 2) + " " + units.mass().symbol();
        return goal instanceof StrengthGoal g ? load + " × " + g.reps() : "e1RM " + load;
    }

    /** The goal's target in the user's units: "the 105 kg goal", "the 1:55:00 goal". */
    public String targetText(UnitPreferences units) {
        return goal instanceof EnduranceGoal ? clock(target) : units.formatTarget(Mass.kilograms(target));
    }

    /** "On 3 Jan: 102.5–110 kg × 5 expected; 70 % chance of the 105 kg goal.", or why there is none. */
    public String sentence(UnitPreferences units) {
        if (!measured()) {
            return missing;
        }
        return "On " + PrescriptionText.dates(List.of(on)) + ": " + range(units) + " expected; " + chanceText()
                + " chance of the " + targetText(units) + " goal.";
    }

    /** A load rounded down to the user's plate step: an expectation the lifter can load. */
    private static double down(double kilograms, UnitPreferences units) {
        MassUnit unit = units.mass();
        return Mass.kilograms(Math.min(Math.max(0, kilograms), Mass.MAX_KILOGRAMS))
                .roundDown(unit.smallestStep(), unit).in(unit);
    }

    private static String clock(double seconds) {
        return Durations.clock(Duration.ofSeconds(Math.max(1, Math.round(seconds))));
    }

    /** Days from {@code today} to the goal date, never negative. */
    static long daysLeft(LocalDate today, LocalDate on) {
        return Math.max(0, ChronoUnit.DAYS.between(today, on));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "GoalOutlook[%s %.1f/%.1f/%.1f target %.1f chance %.2f]", on, low, expected,
                high, target, chance);
    }
}

package app.overload.progression;

import java.time.Duration;

import app.overload.domain.Checks;
import app.overload.domain.Distance;
import app.overload.domain.Modality;

/**
 * Next week's planned volume of one modality against the two weeks before it (TRAINING-RULES.md: warn above 10 %
 * week over week; above 30 % over two weeks the engine holds its own increases back unless the user overrides).
 * Both distance and time are totalled; {@code measure} says which one the growth is judged by.
 *
 * @param measure time when some session counted has no distance but every one has a time, else distance
 * @param refused true when the engine held back increases to stay under the two-week limit
 */
public record VolumeCheck(Modality modality, Measure measure, Distance lastWeek, Distance twoWeeksAgo,
        Distance planned, Duration lastWeekTime, Duration twoWeeksAgoTime, Duration plannedTime, Severity severity,
        boolean refused, String sentence) {

    /** What weekly volume is compared in. */
    public enum Measure { DISTANCE, TIME }

    public VolumeCheck {
        Checks.required(modality, "modality");
        Checks.required(measure, "measure");
        Checks.required(lastWeek, "last week");
        Checks.required(twoWeeksAgo, "two weeks ago");
        Checks.required(planned, "planned");
        Checks.required(lastWeekTime, "last week's time");
        Checks.required(twoWeeksAgoTime, "time two weeks ago");
        Checks.required(plannedTime, "planned time");
        Checks.required(severity, "severity");
        Checks.required(sentence, "sentence");
    }

    /** Growth over last week as a fraction (0.12 is 12 %), or NaN when last week had nothing to compare with. */
    public double growthOverLastWeek() {
        return growth(amount(lastWeek, lastWeekTime));
    }

    /** Growth over the week before last as a fraction, or NaN when that week had nothing. */
    public double growthOverTwoWeeks() {
        return growth(amount(twoWeeksAgo, twoWeeksAgoTime));
    }

    private double growth(double before) {
        return VolumeGuard.growth(amount(planned, plannedTime), before);
    }

    /** Metres or seconds, as the check measures. */
    private double amount(Distance distance, Duration time) {
        return measure == Measure.TIME ? time.toMillis() / 1000.0 : distance.metres();
    }
}

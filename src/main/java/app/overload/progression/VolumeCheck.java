package app.overload.progression;

import app.overload.domain.Checks;
import app.overload.domain.Distance;
import app.overload.domain.Modality;

/**
 * Next week's planned distance of one modality against the two weeks before it (TRAINING-RULES.md: warn above
 * 10 % week over week; above 30 % over two weeks the engine holds its own distance increases back unless the
 * user overrides).
 *
 * @param refused true when the engine held back distance increases to stay under the two-week limit
 */
public record VolumeCheck(Modality modality, Distance lastWeek, Distance twoWeeksAgo, Distance planned,
        Severity severity, boolean refused, String sentence) {

    public VolumeCheck {
        Checks.required(modality, "modality");
        Checks.required(lastWeek, "last week");
        Checks.required(twoWeeksAgo, "two weeks ago");
        Checks.required(planned, "planned");
        Checks.required(severity, "severity");
        Checks.required(sentence, "sentence");
    }

    /** Growth over last week as a fraction (0.12 is 12 %), or NaN when last week had nothing to compare with. */
    public double growthOverLastWeek() {
        return lastWeek.isZero() ? Double.NaN : planned.metres() / lastWeek.metres() - 1;
    }

    /** Growth over the week before last as a fraction, or NaN when that week had nothing. */
    public double growthOverTwoWeeks() {
        return twoWeeksAgo.isZero() ? Double.NaN : planned.metres() / twoWeeksAgo.metres() - 1;
    }
}

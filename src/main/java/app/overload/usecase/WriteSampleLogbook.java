package app.overload.usecase;

import java.time.LocalDate;

import app.overload.domain.AthleteSettings;
import app.overload.sample.SampleLogbook;
import app.overload.store.Logbook;

/**
 * Fill an empty logbook with the deterministic sample logbook, in one transaction, and give it the sample athlete's
 * heart rates (so its zones and heart-rate loads show) unless the user already set their own. A logbook that already
 * holds sessions is left alone. {@code overload demo} and the welcome page both call it.
 */
public final class WriteSampleLogbook {

    /** What was written; {@code existingSessions} is above zero (and nothing was written) for a logbook in use. */
    public record Outcome(SampleLogbook sample, int existingSessions) {
        public boolean written() {
            return existingSessions == 0;
        }
    }

    private final Logbook logbook;

    public WriteSampleLogbook(Logbook logbook) {
        this.logbook = logbook;
    }

    /** Generates {@code years} of sample training up to {@code until} and writes it when the logbook is empty. */
    public Outcome write(int years, long seed, LocalDate until) {
        int existing = logbook.sessions().count();
        if (existing > 0) {
            return new Outcome(null, existing);
        }
        SampleLogbook sample = SampleLogbook.generate(years, seed, until);
        logbook.saveAll(sample.blocks(), sample.sessions());
        if (logbook.settings().athlete().equals(AthleteSettings.NONE)) {
            logbook.settings().saveAthlete(SampleLogbook.athlete());
        }
        return new Outcome(sample, 0);
    }
}

package app.overload.progression;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import app.overload.domain.EnduranceEntry;
import app.overload.domain.Prescription;
import app.overload.domain.PrescriptionText;
import app.overload.domain.Purpose;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.TrainingSession;

/**
 * Unplanned training of a key session's purpose (a tempo run logged as training outside the plan): evidence of what
 * the athlete can do, not an attempt at the planned session. It never moves the series along — the next step still
 * grows from the last planned session — but the latest session of the purpose decides whether the prescription was
 * met, so an unplanned tempo run that did it makes up for a planned one that fell short, and the reason names it.
 *
 * @param entry the latest unplanned entry of the modality, in a training session of the purpose
 */
record Evidence(Session session, EnduranceEntry entry) {

    /**
     * The latest unplanned training session of the target's purpose and modality after {@code after} (exclusive),
     * before the history ends; empty when there is none.
     */
    static Optional<Evidence> latest(Context c, LocalDateTime after) {
        Prescription.Endurance target = (Prescription.Endurance) c.target.prescription();
        Purpose purpose = c.target.planned().purpose();
        LocalDate from = after == null ? c.until().minusDays(BestEffort.WINDOW_DAYS) : after.toLocalDate();
        Evidence latest = null;
        for (TrainingHistory.Logged<EnduranceEntry> e : c.history.endurance(target.modality(), from, c.until())) {
            if (e.session() instanceof TrainingSession t && t.plannedSession() == null && t.purpose() == purpose
                    && (after == null || t.start().isAfter(after))) {
                latest = new Evidence(t, e.entry());
            }
        }
        return Optional.ofNullable(latest);
    }

    SessionId id() {
        return session.id();
    }

    /** "the unplanned tempo / threshold run on 8 Nov". */
    String describe(Context c) {
        Purpose purpose = ((TrainingSession) session).purpose();
        Prescription.Endurance target = (Prescription.Endurance) c.target.prescription();
        return "the unplanned " + purpose.label().toLowerCase(Locale.ROOT) + " "
                + target.modality().label().toLowerCase(Locale.ROOT) + " on "
                + PrescriptionText.dates(List.of(session.date()));
    }

    /**
     * What it adds to the sentence about the planned session before it: ", and the unplanned … did it too",
     * ", but the unplanned … fell short (3.0 mi of 4.0 mi)", ", but … did it", ", and … did not either (…)".
     *
     * @param plannedMet whether the planned session did what it was prescribed
     * @param shortfall  why this session does not count as the prescription, or empty when it does
     */
    String after(boolean plannedMet, String shortfall, Context c) {
        boolean met = shortfall.isEmpty();
        String outcome = met ? (plannedMet ? " did it too" : " did it")
                : (plannedMet ? " fell short (" : " did not either (") + shortfall + ")";
        return (plannedMet == met ? ", and " : ", but ") + describe(c) + outcome;
    }

    /** Why it does not count as {@code rx}, or empty when it does. */
    String shortfall(Prescription.Endurance rx, PrescriptionText text) {
        return EnduranceRule.shortfall(rx, entry, text);
    }
}

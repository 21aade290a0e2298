package app.overload.progression;

import java.util.List;

import app.overload.domain.Prescription;
import app.overload.domain.SessionId;

/**
 * What a rule proposes for one prescription, before the engine places it in the week.
 *
 * @param before for an endurance step that made the session longer, the prescription of the last logged session it
 *               grew from, never a projected one (the weekly volume limit holds back to it, or to the plan when the
 *               plan asks for less); otherwise null
 */
record Proposal(Prescription suggested, Decision decision, String reason, List<SessionId> basedOn,
        Prescription before) {

    Proposal {
        basedOn = List.copyOf(basedOn);
    }

    Proposal(Prescription suggested, Decision decision, String reason, List<SessionId> basedOn) {
        this(suggested, decision, reason, basedOn, null);
    }

    static Proposal keep(Prescription rx, Decision decision, String reason) {
        return new Proposal(rx, decision, reason, List.of());
    }

    /** The prescription as planned, with what is missing to do better. */
    static Proposal notEnoughData(Prescription rx, String missing, String reason) {
        return new Proposal(rx, new Decision.NotEnoughData(missing), reason, List.of());
    }

    Proposal withBefore(Prescription value) {
        return new Proposal(suggested, decision, reason, basedOn, value);
    }
}

package app.overload.analysis;

import java.util.Locale;
import java.util.Objects;

import app.overload.domain.Modality;
import app.overload.domain.Purpose;

/**
 * What the endurance charts are about: every entry of a modality, or those of one training purpose ("Run · Tempo /
 * threshold").
 *
 * @param purpose null for all entries of the modality, workouts included
 */
public record EnduranceSubject(Modality modality, Purpose purpose, int entries) {

    public EnduranceSubject {
        Objects.requireNonNull(modality, "modality");
    }

    public boolean includes(EnduranceRow row) {
        return row.modality() == modality && (purpose == null || row.purpose() == purpose);
    }

    /** "Run · all" or "Run · Tempo / threshold". */
    public String label() {
        return modality.label() + " · " + (purpose == null ? "all" : purpose.label());
    }

    /** For sentences: "runs" or "Tempo / threshold runs". */
    public String phrase() {
        String plural = switch (modality) {
            case RUN -> "runs";
            case WALK -> "walks";
            case RIDE -> "rides";
            case ROW -> "rows";
            case SWIM -> "swims";
            default -> modality.label().toLowerCase(Locale.ROOT) + " sessions";
        };
        return purpose == null ? plural : purpose.label() + " " + plural;
    }

    @Override
    public String toString() {
        return label();
    }
}

package app.overload.planning;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import app.overload.analysis.PlannedRow;
import app.overload.domain.BlockId;
import app.overload.domain.Interval;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.PaceTarget;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Prescription;
import app.overload.domain.TrainingBlock;

/**
 * About how long a planned session takes, from its prescriptions: what the fitness projection multiplies by the
 * athlete's usual session RPE. A run's time at its pace (or, without one, at an easy 6:00 /km; 2:00 /km riding,
 * 2:30 per 500 m rowing, 2:00 per 100 m swimming, 10:00 /km walking), a lift's 3 minutes a work set with its rest,
 * a timed activity's time, and 10 minutes for warming up.
 */
public final class PlannedMinutes {

    static final double PER_SET = 3;
    static final double WARM_UP = 10;

    private PlannedMinutes() {
    }

    /** The planned sessions of {@code blocks} that nothing fulfils yet, archived blocks left out. */
    public static List<PlannedRow> rows(Collection<TrainingBlock> blocks,
            Map<BlockId, Map<PlannedSessionId, LocalDate>> fulfilled) {
        List<PlannedRow> rows = new ArrayList<>();
        for (TrainingBlock b : blocks) {
            if (b.outcome() != null) {
                continue;
            }
            Map<PlannedSessionId, LocalDate> done = fulfilled.getOrDefault(b.id(), Map.of());
            for (PlannedSession p : b.plan()) {
                if (!done.containsKey(p.id())) {
                    rows.add(new PlannedRow(b.dateOf(p), p.purpose(), of(p), b.name()));
                }
            }
        }
        return rows;
    }

    /** Minutes the session takes, warm-up included. */
    public static double of(PlannedSession planned) {
        double minutes = WARM_UP;
        for (Prescription rx : planned.prescriptions()) {
            if (rx instanceof Prescription.Strength s) {
                minutes += PER_SET * s.sets().stream().filter(set -> set.kind().isWork()).count();
            } else if (rx instanceof Prescription.Endurance e) {
                minutes += seconds(e) / 60;
            } else {
                minutes += ((Prescription.Timed) rx).duration().toSeconds() / 60.0;
            }
        }
        return minutes;
    }

    private static double seconds(Prescription.Endurance rx) {
        if (rx.duration() != null) {
            return rx.duration().toSeconds();
        }
        Pace pace = rx.target() instanceof PaceTarget.AtPace p ? p.pace() : usual(rx.modality());
        if (!rx.intervals().isEmpty()) {
            double total = 0;
            for (Interval i : rx.intervals()) {
                double work = i.workDuration() != null ? i.workDuration().toSeconds()
                        : pace.timeFor(i.workDistance()).toSeconds();
                double rest = i.recoveryDuration() != null ? i.recoveryDuration().toSeconds()
                        : i.recoveryDistance() != null ? usual(rx.modality()).timeFor(i.recoveryDistance()).toSeconds()
                        : 0;
                total += i.repeats() * (work + rest);
            }
            return total;
        }
        return rx.distance() == null ? 0 : pace.timeFor(rx.distance()).toSeconds();
    }

    private static Pace usual(Modality modality) {
        double secondsPerKm = switch (modality) {
            case WALK -> 600;
            case RIDE -> 120;
            case ROW -> 300;
            case SWIM -> 1200;
            default -> 360;
        };
        return Pace.perKilometre(Duration.ofSeconds((long) secondsPerKm));
    }
}

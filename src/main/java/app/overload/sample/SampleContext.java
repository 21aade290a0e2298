package app.overload.sample;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.ActivityEntry;
import app.overload.domain.BlockId;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Modality;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Rpe;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.Workout;

/** What the sample's builders share: the dice, the athlete, the last day to log, and what was made so far. */
final class SampleContext {

    final Dice dice;
    final Athlete athlete;
    final LocalDate until;
    final List<TrainingBlock> blocks = new ArrayList<>();
    final List<Session> sessions = new ArrayList<>();

    SampleContext(Dice dice, Athlete athlete, LocalDate until) {
        this.dice = dice;
        this.athlete = athlete;
        this.until = until;
    }

    boolean loggable(LocalDate day) {
        return !day.isAfter(until);
    }

    BlockId blockId() {
        return new BlockId(dice.uuid());
    }

    PlannedSessionId plannedId() {
        return new PlannedSessionId(dice.uuid());
    }

    /**
     * When in the day a session starts, so that sessions on one day do not overlap: runs early, strength in the
     * evening (mid-morning at weekends), other workouts around midday or late evening.
     */
    enum Slot {
        RUN(6, 8, 8, 9), STRENGTH(17, 18, 10, 11), OTHER(20, 20, 13, 14);

        private final int weekdayFrom;
        private final int weekdayTo;
        private final int weekendFrom;
        private final int weekendTo;

        Slot(int weekdayFrom, int weekdayTo, int weekendFrom, int weekendTo) {
            this.weekdayFrom = weekdayFrom;
            this.weekdayTo = weekdayTo;
            this.weekendFrom = weekendFrom;
            this.weekendTo = weekendTo;
        }
    }

    LocalDateTime startOn(LocalDate day, Slot slot) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        int hour = weekend ? dice.between(slot.weekendFrom, slot.weekendTo)
                : dice.between(slot.weekdayFrom, slot.weekdayTo);
        return day.atTime(LocalTime.of(hour, dice.between(0, 59)));
    }

    private static Slot slotOf(List<ActivityEntry> entries) {
        if (entries.stream().allMatch(e -> e instanceof EnduranceEntry en
                && en.modality() == Modality.RUN)) {
            return Slot.RUN;
        }
        return entries.stream().allMatch(e -> e instanceof StrengthEntry) ? Slot.STRENGTH
                : Slot.OTHER;
    }

    void logTraining(BlockDraft block, PlannedSession planned, LocalDate day, Duration duration,
            double rpe, List<ActivityEntry> entries) {
        sessions.add(new TrainingSession(new SessionId(dice.uuid()), startOn(day, slotOf(entries)), duration, sessionRpe(rpe), "",
                entries, block.id(), planned.purpose(), planned.id()));
    }

    void logWorkout(LocalDate day, String label, Duration duration, double rpe, List<ActivityEntry> entries) {
        Slot slot = slotOf(entries);
        sessions.add(new Workout(new SessionId(dice.uuid()), startOn(day, slot == Slot.RUN ? Slot.RUN : Slot.OTHER),
                duration, sessionRpe(rpe), "", entries,
                label));
    }

    private static Rpe sessionRpe(double value) {
        return Rpe.of(Math.max(1, Math.min(10, Math.round(value * 2) / 2.0)));
    }
}

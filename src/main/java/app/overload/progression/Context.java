package app.overload.progression;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import app.overload.domain.EnduranceEntry;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.LiftLevel;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.PlateMath;
import app.overload.domain.Prescription;
import app.overload.domain.PrescriptionText;
import app.overload.domain.ProgressionRule;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.TrainingBlock;

/** Everything a rule reads about one prescription: the request, its series, the attempts and the catalogue. */
final class Context {

    /** No session of a prescription for this many days is a break: restart lighter instead of increasing. */
    static final int BREAK_DAYS = 14;
    /** A break of this many days or more takes off {@link #LONG_BREAK_REDUCTION} instead of {@link #BREAK_REDUCTION}. */
    static final int LONG_BREAK_DAYS = 28;
    static final double BREAK_REDUCTION = 0.10;
    static final double LONG_BREAK_REDUCTION = 0.20;

    final WeekRequest request;
    final TrainingBlock block;
    final PlannedSeries series;
    final PlannedSeries.Occurrence target;
    /** Attempts before the history ends, oldest first, planned deload and taper weeks included. */
    final List<PlannedSeries.Attempt> attempts;
    /** The attempts of normal weeks: what progression decisions are made from. */
    final List<PlannedSeries.Attempt> normal;
    /** Sessions of the series still to come before the target, assumed to go to plan. */
    final int pending;
    final TrainingHistory history;
    final PrescriptionText text;
    private final Map<ExerciseId, Exercise> catalogue;
    private final LocalDate lastDone;
    private EnduranceRule.Ceiling ceiling;

    /** In a deload or taper week: true when the plan made some lift of the week lighter than the week before. */
    final boolean liftsLightened;

    Context(WeekRequest request, PlannedSeries series, TrainingHistory history, PrescriptionText text,
            Map<ExerciseId, Exercise> catalogue, boolean liftsLightened) {
        this.liftsLightened = liftsLightened;
        this.request = request;
        this.block = request.block();
        this.series = series;
        this.target = series.target();
        this.history = history;
        this.text = text;
        this.catalogue = catalogue;
        this.attempts = series.attempts(history, request.historyUntil());
        this.normal = attempts.stream().filter(PlannedSeries.Attempt::inNormalWeek).toList();
        this.pending = series.pendingBefore(request.historyUntil(), attempts);
        this.lastDone = lastDone(series, history, request.historyUntil());
    }

    private static LocalDate lastDone(PlannedSeries series, TrainingHistory history, LocalDate until) {
        if (series.target().prescription() instanceof Prescription.Endurance e) {
            List<TrainingHistory.Logged<EnduranceEntry>> done = history.endurance(e.modality(), LocalDate.MIN, until);
            return done.isEmpty() ? null : done.get(done.size() - 1).date();
        }
        List<TrainingHistory.Logged<StrengthEntry>> done = history.strength(series.family(), until);
        return done.isEmpty() ? null : done.get(done.size() - 1).date();
    }

    /** The run's pace ceiling, worked out once: the rules ask for it several times. */
    EnduranceRule.Ceiling ceiling() {
        if (ceiling == null) {
            ceiling = EnduranceRule.Ceiling.compute(this);
        }
        return ceiling;
    }

    MassUnit unit() {
        return text.units().mass();
    }

    LocalDate until() {
        return request.historyUntil();
    }

    Optional<Exercise> exercise(ExerciseId id) {
        return Optional.ofNullable(catalogue.get(id));
    }

    /** The increment the target's rule climbs by, else the catalogue's for its exercise: the rounding step. */
    Mass ruleIncrement() {
        return target.prescription() instanceof Prescription.Strength s ? incrementOf(s) : Mass.kilograms(2.5);
    }

    /** The increment a strength prescription's rule climbs by, else the catalogue's for its exercise. */
    Mass incrementOf(Prescription.Strength rx) {
        ProgressionRule rule = rx.rule();
        if (rule instanceof ProgressionRule.Linear l) {
            return l.increment();
        }
        if (rule instanceof ProgressionRule.DoubleProgression d) {
            return d.increment();
        }
        if (rule instanceof ProgressionRule.ExerciseChain chain) {
            return chain.increment();
        }
        if (rule instanceof ProgressionRule.RpeBased r) {
            return r.roundingStep();
        }
        return increment(rx.exercise());
    }

    /**
     * A load kept from the plan or the last session, as the user would put it on the bar: the nearest plate in their
     * unit (a 102.5 kg plan in a pound logbook is 225 lb). Loads on a plate already come back unchanged.
     */
    Mass loadable(Mass load) {
        return PlateMath.nearest(load, ruleIncrement(), unit());
    }

    /** The catalogue's increment for the exercise, 2.5 kg when it is unknown. */
    Mass increment(ExerciseId id) {
        return exercise(id).map(Exercise::increment).orElse(Mass.kilograms(2.5));
    }

    Optional<LiftLevel> level(ExerciseId id) {
        return block.levels().stream().filter(l -> l instanceof LiftLevel).map(l -> (LiftLevel) l)
                .filter(l -> l.exercise().equals(id)).findFirst();
    }

    Optional<PlannedSeries.Attempt> last() {
        return normal.isEmpty() ? Optional.empty() : Optional.of(normal.get(normal.size() - 1));
    }

    /**
     * The last day the target's exercise (any exercise of its chain) or, for endurance, its modality was logged in
     * any session, as far as the history read goes; any session counts, so a skipped accessory slot or a deload week
     * without the "first set last" sets is no break.
     */
    Optional<LocalDate> lastDone() {
        return Optional.ofNullable(lastDone);
    }

    /**
     * Days from {@link #lastDone()} to the day the break is measured to. When nothing was read, the days since the
     * series was first planned, if that is in the past; otherwise empty.
     */
    OptionalLong daysOff() {
        if (lastDone != null) {
            return OptionalLong.of(ChronoUnit.DAYS.between(lastDone, request.breakMeasuredTo()));
        }
        LocalDate first = series.first().date();
        return first.isBefore(until()) ? OptionalLong.of(ChronoUnit.DAYS.between(first, request.breakMeasuredTo()))
                : OptionalLong.empty();
    }

    /** "20 Oct", the last day done; or, when nothing was read, the day the series was first planned. */
    String lastDoneText() {
        return PrescriptionText.dates(List.of(lastDone().orElse(series.first().date())));
    }

    boolean onBreak() {
        return daysOff().orElse(0) >= BREAK_DAYS;
    }

    /** True when the series was planned to begin before the history ends and nothing of it was logged. */
    boolean skippedSinceStart() {
        return attempts.isEmpty() && series.first().date().isBefore(until());
    }

    static double breakReduction(long days) {
        return days >= LONG_BREAK_DAYS ? LONG_BREAK_REDUCTION : BREAK_REDUCTION;
    }

    static List<SessionId> ids(List<PlannedSeries.Attempt> attempts) {
        return attempts.stream().map(PlannedSeries.Attempt::id).toList();
    }

    static List<LocalDate> dates(List<PlannedSeries.Attempt> attempts) {
        return attempts.stream().map(PlannedSeries.Attempt::date).toList();
    }

    /** "3, 5 and 7 Nov" for these attempts. */
    static String on(List<PlannedSeries.Attempt> attempts) {
        return PrescriptionText.dates(dates(attempts));
    }
}

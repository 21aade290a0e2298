package app.overload.progression;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.LiftLevel;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.SessionId;
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
    final Series series;
    final Series.Occurrence target;
    /** Attempts before the history ends, oldest first, planned deload and taper weeks included. */
    final List<Series.Attempt> attempts;
    /** The attempts of normal weeks: what progression decisions are made from. */
    final List<Series.Attempt> normal;
    /** Sessions of the series still to come before the target, assumed to go to plan. */
    final int pending;
    final TrainingHistory history;
    final PrescriptionText text;
    private final Map<ExerciseId, Exercise> catalogue;

    Context(WeekRequest request, Series series, TrainingHistory history, PrescriptionText text,
            Map<ExerciseId, Exercise> catalogue) {
        this.request = request;
        this.block = request.block();
        this.series = series;
        this.target = series.target();
        this.history = history;
        this.text = text;
        this.catalogue = catalogue;
        this.attempts = series.attempts(history, request.historyUntil());
        this.normal = attempts.stream().filter(Series.Attempt::inNormalWeek).toList();
        this.pending = series.pendingBefore(request.historyUntil(), attempts);
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
        app.overload.domain.ProgressionRule rule = target.prescription().rule();
        if (rule instanceof app.overload.domain.ProgressionRule.Linear l) {
            return l.increment();
        }
        if (rule instanceof app.overload.domain.ProgressionRule.DoubleProgression d) {
            return d.increment();
        }
        if (rule instanceof app.overload.domain.ProgressionRule.ExerciseChain chain) {
            return chain.increment();
        }
        if (rule instanceof app.overload.domain.ProgressionRule.RpeBased r) {
            return r.roundingStep();
        }
        return target.prescription() instanceof app.overload.domain.Prescription.Strength s
                ? increment(s.exercise()) : Mass.kilograms(2.5);
    }

    /** The catalogue's increment for the exercise, 2.5 kg when it is unknown. */
    Mass increment(ExerciseId id) {
        return exercise(id).map(Exercise::increment).orElse(Mass.kilograms(2.5));
    }

    Optional<LiftLevel> level(ExerciseId id) {
        return block.levels().stream().filter(l -> l instanceof LiftLevel).map(l -> (LiftLevel) l)
                .filter(l -> l.exercise().equals(id)).findFirst();
    }

    Optional<Series.Attempt> last() {
        return normal.isEmpty() ? Optional.empty() : Optional.of(normal.get(normal.size() - 1));
    }

    /**
     * Days without the target's exercise (any exercise of its chain) or, for endurance, without its modality, up to
     * the day the break is measured to; any session counts, so a skipped accessory slot or a deload week without
     * the "first set last" sets is no break. When nothing was logged in what was read, the days since the series
     * was first planned, if that is in the past; otherwise empty.
     */
    OptionalLong daysOff() {
        LocalDate last = null;
        if (target.prescription() instanceof app.overload.domain.Prescription.Strength) {
            List<TrainingHistory.Logged<app.overload.domain.StrengthEntry>> done = history.strength(series.family(),
                    until());
            last = done.isEmpty() ? null : done.get(done.size() - 1).date();
        } else if (target.prescription() instanceof app.overload.domain.Prescription.Endurance e) {
            List<TrainingHistory.Logged<app.overload.domain.EnduranceEntry>> done = history.endurance(e.modality(),
                    LocalDate.MIN, until());
            last = done.isEmpty() ? null : done.get(done.size() - 1).date();
        }
        if (last == null) {
            LocalDate first = series.first().date();
            return first.isBefore(until()) ? OptionalLong.of(ChronoUnit.DAYS.between(first, request.breakMeasuredTo()))
                    : OptionalLong.empty();
        }
        return OptionalLong.of(ChronoUnit.DAYS.between(last, request.breakMeasuredTo()));
    }

    /** The last day anything of the target's exercise or modality was logged, as {@link #daysOff()} sees it. */
    String lastDoneText() {
        long days = daysOff().orElse(0);
        return PrescriptionText.dates(List.of(request.breakMeasuredTo().minusDays(days)));
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

    static List<SessionId> ids(List<Series.Attempt> attempts) {
        return attempts.stream().map(Series.Attempt::id).toList();
    }

    static List<LocalDate> dates(List<Series.Attempt> attempts) {
        return attempts.stream().map(Series.Attempt::date).toList();
    }

    /** "3, 5 and 7 Nov" for these attempts. */
    static String on(List<Series.Attempt> attempts) {
        return PrescriptionText.dates(dates(attempts));
    }
}

package app.overload.progression;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;

import app.overload.domain.Durations;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.ExerciseId;
import app.overload.domain.Intensity;
import app.overload.domain.Pace;
import app.overload.domain.PrescriptionText;
import app.overload.domain.Purpose;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;

/**
 * Observations on recent training shown next to the suggestions (TRAINING-RULES.md): moderate running dominating
 * the last four weeks (the grey zone), monotony above 2.0, an acute:chronic load ratio above 1.5, and heavy sets
 * taken with less than two minutes' rest.
 */
final class Insights {

    static final double MONOTONY_LIMIT = 2.0;
    static final double ACUTE_CHRONIC_LIMIT = 1.5;
    /** No ratio, and so no warning, before this many days of logged history. */
    static final int ACUTE_CHRONIC_HISTORY_DAYS = 28;
    static final int GREY_ZONE_DAYS = 28;
    /** Less endurance time than this in four weeks is too little to call a distribution. */
    static final Duration GREY_ZONE_MINIMUM = Duration.ofHours(1);
    static final int SHORT_REST_DAYS = 14;
    static final int HEAVY_REPS = 6;
    static final double HEAVY_SHARE = 0.80;
    static final Duration HEAVY_REST = Duration.ofSeconds(120);

    private Insights() {
    }

    static List<Insight> of(WeekRequest request, TrainingHistory history, PrescriptionText text) {
        List<Insight> insights = new ArrayList<>();
        LocalDate lastDay = request.historyUntil().minusDays(1);
        DailyLoads loads = history.dailyLoads(lastDay.minusDays(34), lastDay);
        monotony(loads, lastDay).ifPresent(insights::add);
        OptionalDouble ratio = acuteChronicRatio(history, loads, lastDay);
        if (ratio.isPresent() && ratio.getAsDouble() > ACUTE_CHRONIC_LIMIT) {
            insights.add(new Insight(Insight.Kind.ACUTE_CHRONIC, Severity.WARNING, "The last 7 days' load was "
                    + UnitPreferences.number(ratio.getAsDouble(), 2) + " × the weekly average of the last 4 weeks "
                    + "(above " + UnitPreferences.number(ACUTE_CHRONIC_LIMIT, 1) + "): a sudden jump; build up more "
                    + "gradually."));
        }
        greyZone(request, history).ifPresent(insights::add);
        shortRest(request, history, text).ifPresent(insights::add);
        if (history.unreadable() > 0) {
            insights.add(new Insight(Insight.Kind.UNREADABLE_HISTORY, Severity.INFO, history.unreadable()
                    + (history.unreadable() == 1 ? " logged entry holds" : " logged entries hold")
                    + " values Overload cannot use and " + (history.unreadable() == 1 ? "was" : "were")
                    + " left out of these suggestions."));
        }
        return insights;
    }

    /**
     * The acute:chronic ratio on {@code lastDay}, only once the logged history covers the 28 days it averages
     * (TRAINING-RULES.md): before that the days ahead of the first session would count as rest, and a single session
     * would read as four times the usual load.
     */
    static OptionalDouble acuteChronicRatio(TrainingHistory history, DailyLoads loads, LocalDate lastDay) {
        LocalDate needed = lastDay.minusDays(ACUTE_CHRONIC_HISTORY_DAYS - 1L);
        boolean enough = history.firstDay().map(first -> !first.isAfter(needed)).orElse(false);
        return enough ? loads.acuteChronicRatio(lastDay) : OptionalDouble.empty();
    }

    /** Monotony above the limit; seven equal days with load (no spread, infinite monotony) are said in words. */
    private static Optional<Insight> monotony(DailyLoads loads, LocalDate lastDay) {
        OptionalDouble monotony = loads.monotony(lastDay);
        if (monotony.isEmpty() || monotony.getAsDouble() <= MONOTONY_LIMIT) {
            return Optional.empty();
        }
        String week = " over the week to " + PrescriptionText.dates(List.of(lastDay));
        String measure = Double.isInfinite(monotony.getAsDouble())
                ? "Training load was the same every day" + week + " (monotony without limit, above "
                : "Training monotony was " + UnitPreferences.number(monotony.getAsDouble(), 1) + week + " (above ";
        return Optional.of(new Insight(Insight.Kind.MONOTONY, Severity.WARNING, measure
                + UnitPreferences.number(MONOTONY_LIMIT, 1) + "): the days were all alike; put easy or rest days "
                + "between the hard ones."));
    }

    private static Optional<Insight> greyZone(WeekRequest request, TrainingHistory history) {
        LocalDate until = request.historyUntil();
        LocalDate from = until.minusDays(GREY_ZONE_DAYS);
        Pace threshold = BestEffort.of(request.block(), history, until, null)
                .map(b -> RunningFormulas.thresholdCeiling(b.vdot())).orElse(null);
        IntensityZones.Distribution distribution = IntensityZones.Distribution.empty();
        for (TrainingHistory.Logged<EnduranceEntry> e : history.endurance(null, from, until)) {
            Purpose purpose = e.session() instanceof TrainingSession t ? t.purpose() : null;
            distribution = distribution.plus(IntensityZones.classify(e.entry(), purpose, null, threshold),
                    e.entry().duration());
        }
        if (distribution.classified().compareTo(GREY_ZONE_MINIMUM) < 0 || !distribution.moderateDominates()) {
            return Optional.empty();
        }
        Duration moderate = distribution.time().get(Intensity.MODERATE);
        return Optional.of(new Insight(Insight.Kind.GREY_ZONE, Severity.WARNING, "Moderate effort was the largest "
                + "share of your endurance time in the last 4 weeks (" + Durations.hoursMinutes(moderate) + " of "
                + Durations.hoursMinutes(distribution.classified()) + "): the grey zone. Make easy days easier and "
                + "hard days hard."));
    }

    private static Optional<Insight> shortRest(WeekRequest request, TrainingHistory history, PrescriptionText text) {
        LocalDate until = request.historyUntil();
        LocalDate from = until.minusDays(SHORT_REST_DAYS);
        Map<ExerciseId, Double> best = new HashMap<>();
        for (TrainingHistory.Logged<StrengthEntry> e : history.strength(null, until)) {
            for (StrengthSet s : e.entry().workSets()) {
                if (!s.failed() && s.reps() >= 1 && s.reps() <= RpeRule.MAX_REPS_FOR_ESTIMATE && !s.load().isZero()) {
                    best.merge(e.entry().exercise(), OneRepMax.estimate(s.load(), s.reps(), s.rpe()).kilograms(),
                            Math::max);
                }
            }
        }
        Map<ExerciseId, TreeSet<LocalDate>> days = new LinkedHashMap<>();
        int sets = 0;
        long restSeconds = 0;
        for (TrainingHistory.Logged<StrengthEntry> e : history.strength(null, until)) {
            if (e.date().isBefore(from)) {
                continue;
            }
            Double max = best.get(e.entry().exercise());
            for (StrengthSet s : e.entry().workSets()) {
                if (max != null && s.reps() <= HEAVY_REPS && s.load().kilograms() >= HEAVY_SHARE * max
                        && s.restBefore() != null && s.restBefore().compareTo(HEAVY_REST) < 0) {
                    days.computeIfAbsent(e.entry().exercise(), k -> new TreeSet<>()).add(e.date());
                    sets++;
                    restSeconds += s.restBefore().toSeconds();
                }
            }
        }
        if (sets == 0) {
            return Optional.empty();
        }
        List<String> where = new ArrayList<>();
        days.forEach((exercise, on) -> where.add(text.name(exercise).toLowerCase(Locale.ROOT) + " on "
                + PrescriptionText.dates(new ArrayList<>(on))));
        return Optional.of(new Insight(Insight.Kind.SHORT_REST, Severity.WARNING, sets + " heavy "
                + (sets == 1 ? "set" : "sets") + " (≤ " + HEAVY_REPS + " reps at ≥ 80 % of your max) had under 2 min "
                + "rest, " + Durations.clock(Duration.ofSeconds(restSeconds / sets)) + " on average: "
                + String.join(", ", where) + ". Heavy strength work wants 2 to 5 minutes between sets."));
    }
}

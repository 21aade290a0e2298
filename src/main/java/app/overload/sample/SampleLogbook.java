package app.overload.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import app.overload.domain.AthleteSettings;
import app.overload.domain.LoadMeasure;
import app.overload.domain.Session;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrimpCurve;

/**
 * A realistic, deterministic logbook of a hybrid athlete: back-to-back strength blocks (linear 5×5, 8–12
 * hypertrophy, 5/3/1 cycles, a split-squat-to-squat comeback), half-marathon and 5 km blocks with the
 * unstructured running between them, and one-off workouts (spin class, yoga, a fun run). The same years, seed and
 * last day always give the same logbook, ids included. The current strength and running blocks are in progress on
 * the last day, so there is always a week to suggest.
 */
public record SampleLogbook(List<TrainingBlock> blocks, List<Session> sessions) {

    public static final int MAX_YEARS = 30;

    public SampleLogbook {
        blocks = List.copyOf(blocks);
        sessions = List.copyOf(sessions);
    }

    /**
     * @param years how far back the logbook reaches from {@code until} (1 to 30)
     * @param seed  any number; the same seed gives the same logbook
     * @param until the last day anything is logged
     */
    public static SampleLogbook generate(int years, long seed, LocalDate until) {
        if (years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException("Years must be between 1 and " + MAX_YEARS + " (was " + years + ").");
        }
        Dice dice = new Dice(seed);
        SampleContext context = new SampleContext(dice, new Athlete(until), until);
        LocalDate first = until.minusYears(years).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate thisMonday = until.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

        List<Slot> strength = schedule(dice, thisMonday.minusWeeks(6), first, StrengthKind.ROTATION);
        List<Slot> runningBlocks = schedule(dice, thisMonday.minusWeeks(7), first, RunningKind.ROTATION);

        LocalDate previousEnd = first;
        for (Slot slot : strength) {
            long gapWeeks = ChronoUnit.WEEKS.between(previousEnd, slot.start());
            context.athlete.detrain(0.008 * gapWeeks);
            new Workouts(context).gym(previousEnd, slot.start());
            ((StrengthKind) slot.kind()).build(context, slot.start());
            previousEnd = slot.start().plusWeeks(slot.kind().weeks());
        }
        previousEnd = first;
        for (Slot slot : runningBlocks) {
            new Workouts(context).unplannedRuns(previousEnd, slot.start());
            ((RunningKind) slot.kind()).build(context, slot.start());
            previousEnd = slot.start().plusWeeks(slot.kind().weeks());
        }
        new Workouts(context).scatter(first, until.plusDays(1));
        new Workouts(context).accessoryDays(first, until.plusDays(1));
        List<Session> sessions = new ArrayList<>(context.sessions);
        sessions.sort(Comparator.comparing(Session::start));
        return new SampleLogbook(context.blocks, sessions);
    }

    /**
     * The sample athlete's heart as the settings would hold it: the heart rates its runs are simulated with (easy
     * runs about 138, tempo 165, intervals 171) sit in the zones these give.
     */
    public static AthleteSettings athlete() {
        return new AthleteSettings(190, 50, 170, null, null, LoadMeasure.SESSION_RPE, TrimpCurve.MEN);
    }

    /** A block kind with its length in weeks and the weeks of rest usually taken before it. */
    interface Kind {
        int weeks();

        int restBefore(Dice dice);
    }

    record Slot(Kind kind, LocalDate start) {
    }

    /**
     * Places blocks backwards from the current one (which starts at {@code current}), walking the rotation, until
     * the next would start before {@code first}; returns them oldest first.
     */
    private static List<Slot> schedule(Dice dice, LocalDate current, LocalDate first, List<? extends Kind> rotation) {
        List<Slot> slots = new ArrayList<>();
        LocalDate start = current;
        int i = 0;
        while (!start.isBefore(first)) {
            Kind kind = rotation.get(i % rotation.size());
            slots.add(new Slot(kind, start));
            Kind previous = rotation.get((i + 1) % rotation.size());
            start = start.minusWeeks(previous.weeks() + kind.restBefore(dice));
            i++;
        }
        Collections.reverse(slots);
        return slots;
    }

    enum StrengthKind implements Kind {
        LINEAR(LinearBlock.WEEKS), TRAINING_MAX(TrainingMaxBlock.WEEKS),
        DOUBLE_PROGRESSION(DoubleProgressionBlock.WEEKS), CHAIN(ChainBlock.WEEKS);

        /** Newest first: the current block is a 5×5, the one before it 5/3/1, and so on. */
        static final List<StrengthKind> ROTATION = List.of(LINEAR, TRAINING_MAX, LINEAR, DOUBLE_PROGRESSION, CHAIN,
                TRAINING_MAX, DOUBLE_PROGRESSION);

        private final int weeks;

        StrengthKind(int weeks) {
            this.weeks = weeks;
        }

        @Override
        public int weeks() {
            return weeks;
        }

        @Override
        public int restBefore(Dice dice) {
            return this == CHAIN ? dice.between(4, 6) : dice.between(1, 2);
        }

        void build(SampleContext context, LocalDate start) {
            switch (this) {
                case LINEAR -> new LinearBlock(context).build(start);
                case TRAINING_MAX -> new TrainingMaxBlock(context).build(start);
                case DOUBLE_PROGRESSION -> new DoubleProgressionBlock(context).build(start);
                default -> new ChainBlock(context).build(start);
            }
        }
    }

    enum RunningKind implements Kind {
        HALF_MARATHON(HalfMarathonBlock.WEEKS), FIVE_K(FiveKBlock.WEEKS);

        static final List<RunningKind> ROTATION = List.of(HALF_MARATHON, FIVE_K);

        private final int weeks;

        RunningKind(int weeks) {
            this.weeks = weeks;
        }

        @Override
        public int weeks() {
            return weeks;
        }

        @Override
        public int restBefore(Dice dice) {
            return dice.between(4, 7);
        }

        void build(SampleContext context, LocalDate start) {
            if (this == HALF_MARATHON) {
                new HalfMarathonBlock(context).build(start);
            } else {
                new FiveKBlock(context).build(start);
            }
        }
    }
}

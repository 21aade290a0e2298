package app.overload.usecase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Purpose;
import app.overload.domain.Session;
import app.overload.domain.TrainingBlock;
import app.overload.exchange.history.ExerciseMatcher;
import app.overload.notation.Catalogue;
import app.overload.notation.NewExercise;
import app.overload.notation.NotationContext;
import app.overload.notation.NotationParser;
import app.overload.notation.Problem;
import app.overload.notation.Reading;
import app.overload.store.Logbook;

/**
 * Logging sessions typed in the notation (docs/notation.md), for the command line and the log form's quick entry
 * alike: read what the lines are read against from the logbook, read the lines, then save every session and any
 * exercise they add in one transaction, or nothing at all when a line is refused.
 */
public final class LogSessions {

    /** Blocks this many days either side of the day are the ones a line may name. */
    static final int BLOCK_WINDOW_DAYS = 366;

    private final Logbook logbook;
    private final Clock clock;

    public LogSessions(Logbook logbook, Clock clock) {
        this.logbook = logbook;
        this.clock = clock;
    }

    /**
     * What lines say nothing about.
     *
     * @param date         the day of a line without a date, or null for today
     * @param block        the name of the block lines without a kind are training in, or null for workouts
     * @param purpose      the purpose of such training when a line names none, or null
     * @param newExercises true to add exercises the catalogue lacks instead of refusing them
     */
    public record Options(LocalDate date, String block, Purpose purpose, boolean newExercises) {

        public static Options defaults() {
            return new Options(null, null, null, false);
        }
    }

    /** What a text was read as, session by session. */
    public record Result(String text, List<Reading> readings) {

        public Result {
            readings = List.copyOf(readings);
        }

        public boolean understood() {
            return !readings.isEmpty() && readings.stream().allMatch(Reading.Understood.class::isInstance);
        }

        public List<Reading.Understood> sessions() {
            return readings.stream().filter(Reading.Understood.class::isInstance).map(Reading.Understood.class::cast)
                    .toList();
        }

        public List<Problem> problems() {
            return readings.stream().filter(Reading.Refused.class::isInstance)
                    .map(r -> ((Reading.Refused) r).problem()).toList();
        }

        /** The exercises the sessions add to the catalogue, each once. */
        public List<Exercise> newExercises() {
            Map<ExerciseId, Exercise> added = new LinkedHashMap<>();
            for (Reading.Understood u : sessions()) {
                for (NewExercise n : u.newExercises()) {
                    added.putIfAbsent(n.id(), ExerciseMatcher.newExercise(n.name()));
                }
            }
            return List.copyOf(added.values());
        }
    }

    /** What was saved. */
    public record Saved(List<Session> sessions, List<Exercise> exercises) {
    }

    /**
     * The catalogue (with the names other apps use for its exercises), the blocks around the day with their planned
     * sessions already logged, and the user's units. Reads the logbook: off the UI thread.
     */
    public NotationContext context(Options options) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        LocalDate day = options.date() == null ? now.toLocalDate() : options.date();
        List<Exercise> exercises = logbook.exercises().all();
        ExerciseMatcher otherApps = new ExerciseMatcher(exercises);
        Catalogue catalogue = new Catalogue(exercises, name -> otherApps.match(name).map(Exercise::id));
        List<TrainingBlock> blocks = logbook.blocks().current(day.minusDays(BLOCK_WINDOW_DAYS),
                day.plusDays(BLOCK_WINDOW_DAYS));
        Set<PlannedSessionId> done = new HashSet<>();
        logbook.sessions().fulfilled().values().forEach(byPlanned -> done.addAll(byPlanned.keySet()));
        NotationContext context = NotationContext.of(catalogue, logbook.settings().units(), now).onDate(day)
                .withBlocks(blocks, done).allowingNewExercises(options.newExercises());
        if (options.block() != null) {
            context = context.asTraining(block(options.block(), blocks), options.purpose());
        } else if (options.purpose() != null) {
            throw new IllegalArgumentException("A purpose is for training: name the block too (--training).");
        }
        return context;
    }

    /** The block named {@code name}: the same name ignoring case, else the only one whose name contains it. */
    private static TrainingBlock block(String name, List<TrainingBlock> blocks) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        List<TrainingBlock> same = blocks.stream().filter(b -> b.name().toLowerCase(Locale.ROOT).equals(wanted))
                .toList();
        List<TrainingBlock> found = same.isEmpty() ? blocks.stream()
                .filter(b -> b.name().toLowerCase(Locale.ROOT).contains(wanted)).toList() : same;
        if (found.size() == 1) {
            return found.get(0);
        }
        List<String> names = (found.isEmpty() ? blocks : found).stream().map(TrainingBlock::name).toList();
        if (names.isEmpty()) {
            throw new IllegalArgumentException("No block called \"" + name + "\": the logbook has no block running "
                    + "around that day.");
        }
        throw new IllegalArgumentException((found.isEmpty() ? "No block called \"" + name + "\"; the blocks are "
                : "\"" + name + "\" could be any of ") + String.join(", ", names) + ".");
    }

    /** Reads the text against a context read before; quick and pure, so the log form can do it on every key. */
    public static Result read(String text, NotationContext context) {
        return new Result(text, NotationParser.read(text, context));
    }

    /** Saves every session the text was read as and the exercises they add, in one transaction. */
    public Saved save(Result result) {
        if (!result.understood()) {
            throw new IllegalStateException(result.problems().isEmpty() ? "Nothing to save."
                    : "Not saved: " + result.problems().get(0).describe());
        }
        List<Session> sessions = new ArrayList<>();
        result.sessions().forEach(u -> sessions.add(u.session()));
        List<Exercise> added = result.newExercises();
        logbook.saveAll(added, List.of(), sessions);
        return new Saved(sessions, added);
    }

    /** Adds an exercise the user confirmed, named as they typed it; returns it. */
    public Exercise addExercise(String name) {
        Exercise exercise = ExerciseMatcher.newExercise(name);
        logbook.exercises().save(exercise);
        return exercise;
    }
}

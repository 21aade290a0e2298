package app.overload.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import app.overload.domain.Exercise;
import app.overload.domain.Routine;
import app.overload.domain.Session;
import app.overload.domain.TrainingBlock;

/**
 * An open logbook: the database and its repositories and queries. The one object the UI, the command line and the
 * use cases hold, and the one place that builds a repository: nothing outside the store calls their constructors.
 */
public final class Logbook implements AutoCloseable {

    private final Database database;
    private final SessionRepository sessions;
    private final BlockRepository blocks;
    private final ExerciseRepository exercises;
    private final SettingsRepository settings;
    private final EngineHistoryReader history;
    private final HistoryQueries historyPages;
    private final ChartQueries charts;
    private final LastTimeQueries lastTime;
    private final DraftRepository drafts;
    private final RecordQueries records;
    private final RoutineRepository routines;

    private Logbook(Database database) {
        this.database = database;
        this.sessions = new SessionRepository(database);
        this.blocks = new BlockRepository(database);
        this.exercises = new ExerciseRepository(database);
        this.settings = new SettingsRepository(database);
        this.history = new EngineHistoryReader(database);
        this.historyPages = new HistoryQueries(database);
        this.charts = new ChartQueries(database);
        this.lastTime = new LastTimeQueries(database);
        this.drafts = new DraftRepository(database);
        this.records = new RecordQueries(database);
        this.routines = new RoutineRepository(database);
    }

    /** Opens or creates the logbook file; see {@link Database#open}. */
    public static Logbook open(Path file) {
        return new Logbook(Database.open(file));
    }

    /** Opens with explicit options, e.g. read-only or a shorter wait for another writer. */
    public static Logbook open(Path file, Database.Options options) {
        return new Logbook(Database.open(file, options));
    }

    /**
     * Opens to write, holding the logbook's lock as {@code command} ("overload import") until closed, so that no
     * restore swaps the file while it writes, and a refused restore can name it.
     */
    public static Logbook openToWrite(Path file, String command) {
        return open(file, Database.Options.DEFAULT.heldBy(command));
    }

    /**
     * Opens only to read: nothing is written, created or migrated. A missing file reads as an empty logbook, an
     * older one as its upgraded contents, both in memory; an empty (0-byte) file is refused.
     */
    public static Logbook openToRead(Path file) {
        return open(file, Database.Options.DEFAULT.lookingOnly());
    }

    /**
     * The database itself, for what works on the file as a whole: backups, the read-only flag, the format version.
     * Reads and writes of logbook content go through the repositories and queries below.
     */
    public Database database() {
        return database;
    }

    public Path file() {
        return database.file();
    }

    public SessionRepository sessions() {
        return sessions;
    }

    public BlockRepository blocks() {
        return blocks;
    }

    public ExerciseRepository exercises() {
        return exercises;
    }

    public SettingsRepository settings() {
        return settings;
    }

    /** The history the progression engine reads: recent entries per exercise, endurance and daily loads. */
    public EngineHistoryReader history() {
        return history;
    }

    /** The history list's reads: pages of days, narrowed by a filter. */
    public HistoryQueries historyPages() {
        return historyPages;
    }

    /** Compact rows for charts and for block goal progress. */
    public ChartQueries charts() {
        return charts;
    }

    /** "What did I do last time?" beside the log form's entries. */
    public LastTimeQueries lastTime() {
        return lastTime;
    }

    /** Unsaved form state kept while the user types. */
    public DraftRepository drafts() {
        return drafts;
    }

    /** Named workouts to start from. */
    public RoutineRepository routines() {
        return routines;
    }

    /** The bests personal records are measured against, and what sessions did toward them. */
    public RecordQueries records() {
        return records;
    }

    /** Writes blocks, then sessions, in one transaction: a whole sample logbook or a whole import, or nothing. */
    public void saveAll(Collection<TrainingBlock> newBlocks, Collection<? extends Session> newSessions) {
        saveAll(List.of(), newBlocks, newSessions);
    }

    /**
     * Adds or updates exercises, then blocks, then sessions, in one transaction. An import calls this once, so a
     * failure anywhere leaves the logbook exactly as it was.
     */
    public void saveAll(Collection<Exercise> newExercises, Collection<TrainingBlock> newBlocks,
            Collection<? extends Session> newSessions) {
        saveAll(newExercises, newBlocks, newSessions, List.of());
    }

    /**
     * Adds or updates exercises, then blocks, then sessions, then routines, in one transaction: a block file's
     * contents, or nothing.
     */
    public void saveAll(Collection<Exercise> newExercises, Collection<TrainingBlock> newBlocks,
            Collection<? extends Session> newSessions, Collection<Routine> newRoutines) {
        database.write("saving " + counted(newExercises.size(), newBlocks.size(), newSessions.size()), c -> {
                    for (Exercise e : newExercises) {
                        ExerciseRepository.upsert(c, e);
                    }
                    for (TrainingBlock b : newBlocks) {
                        BlockWriter.save(c, b);
                    }
                    for (Session s : newSessions) {
                        SessionWriter.save(c, s);
                    }
                    for (Routine r : newRoutines) {
                        RoutineRepository.save(c, r);
                    }
                    return null;
                });
    }

    /** What {@link #addNew} added. */
    public record Added(int exercises, int sessions) {
    }

    /**
     * Adds, in one transaction, the exercises and sessions not yet in the logbook, and counts what it really added:
     * the check is made inside the transaction, so two imports of the same file at once never both claim the same
     * sessions (the second finds them there and adds nothing).
     */
    public Added addNew(Collection<Exercise> newExercises, Collection<? extends Session> newSessions) {
        return database.write("saving " + counted(newExercises.size(), 0, newSessions.size()), c -> {
                    int exercises = 0;
                    for (Exercise e : newExercises) {
                        if (ExerciseRepository.find(c, e.id()).isEmpty()) {
                            ExerciseRepository.upsert(c, e);
                            exercises++;
                        }
                    }
                    int sessions = 0;
                    try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM session WHERE uuid = ?")) {
                        for (Session s : newSessions) {
                            exists.setString(1, s.id().toString());
                            try (ResultSet rs = exists.executeQuery()) {
                                if (rs.next()) {
                                    continue;
                                }
                            }
                            SessionWriter.save(c, s);
                            sessions++;
                        }
                    }
                    return new Added(exercises, sessions);
                });
    }

    /** "3 exercises and 1 session": the counts that are not zero, each noun in the right number. */
    static String counted(int exercises, int blocks, int sessions) {
        List<String> parts = new ArrayList<>();
        count(parts, exercises, "exercise");
        count(parts, blocks, "block");
        count(parts, sessions, "session");
        if (parts.isEmpty()) {
            return "nothing";
        }
        String last = parts.remove(parts.size() - 1);
        return parts.isEmpty() ? last : String.join(", ", parts) + " and " + last;
    }

    private static void count(List<String> parts, int n, String noun) {
        if (n > 0) {
            parts.add(n + " " + noun + (n == 1 ? "" : "s"));
        }
    }

    @Override
    public void close() {
        database.close();
    }
}

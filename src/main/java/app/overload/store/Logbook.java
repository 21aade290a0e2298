package app.overload.store;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import app.overload.domain.Exercise;
import app.overload.domain.Session;
import app.overload.domain.TrainingBlock;

/**
 * An open logbook: the database and its repositories. The one object the UI and the command line hold.
 */
public final class Logbook implements AutoCloseable {

    private final Database database;
    private final SessionRepository sessions;
    private final BlockRepository blocks;
    private final ExerciseRepository exercises;
    private final SettingsRepository settings;
    private final HistoryReader history;

    private Logbook(Database database) {
        this.database = database;
        this.sessions = new SessionRepository(database);
        this.blocks = new BlockRepository(database);
        this.exercises = new ExerciseRepository(database);
        this.settings = new SettingsRepository(database);
        this.history = new HistoryReader(database);
    }

    /** Opens or creates the logbook file; see {@link Database#open}. */
    public static Logbook open(Path file) {
        return new Logbook(Database.open(file));
    }

    /** Opens with explicit options, e.g. read-only or a shorter wait for another writer. */
    public static Logbook open(Path file, Database.Options options) {
        return new Logbook(Database.open(file, options));
    }

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
    public HistoryReader history() {
        return history;
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
        database.write("saving " + newExercises.size() + " exercises, " + newBlocks.size() + " blocks and "
                + newSessions.size() + " sessions", c -> {
                    for (Exercise e : newExercises) {
                        ExerciseRepository.upsert(c, e);
                    }
                    for (TrainingBlock b : newBlocks) {
                        BlockWriter.save(c, b);
                    }
                    for (Session s : newSessions) {
                        SessionWriter.save(c, s);
                    }
                    return null;
                });
    }

    @Override
    public void close() {
        database.close();
    }
}

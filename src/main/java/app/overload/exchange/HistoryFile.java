package app.overload.exchange;

import java.util.List;

import app.overload.domain.Exercise;
import app.overload.domain.Session;
import app.overload.domain.TrainingBlock;

/**
 * A history file as read: its sessions, oldest first, the exercises and blocks they need, and what the reader
 * noticed but did not refuse.
 *
 * @param source  the file's name, for messages
 * @param version the format version the file declares
 */
public record HistoryFile(String source, String version, List<Exercise> exercises, List<TrainingBlock> blocks,
        List<Session> sessions, List<FileWarning> warnings) {

    public HistoryFile {
        exercises = List.copyOf(exercises);
        blocks = List.copyOf(blocks);
        sessions = List.copyOf(sessions);
        warnings = List.copyOf(warnings);
    }
}

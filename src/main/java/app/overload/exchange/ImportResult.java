package app.overload.exchange;

import app.overload.exchange.ImportPreview.Change;

/** What an import wrote, for the message after it. */
public record ImportResult(String blockName, Change change, int plannedSessions, int sessionsAdded,
        int sessionsSkipped, int exercisesAdded, int routinesWritten) {

    public ImportResult(String blockName, Change change, int plannedSessions, int sessionsAdded, int sessionsSkipped,
            int exercisesAdded) {
        this(blockName, change, plannedSessions, sessionsAdded, sessionsSkipped, exercisesAdded, 0);
    }

    public String describe() {
        if (change == Change.UNCHANGED && sessionsAdded == 0 && exercisesAdded == 0 && routinesWritten == 0) {
            return "Nothing to import: \"" + blockName + "\" and its sessions are already in the logbook.";
        }
        String what = switch (change) {
            case NEW -> "Imported the block \"" + blockName + "\" with "
                    + BlockExporter.count(plannedSessions, "planned session");
            case UPDATE -> "Updated the block \"" + blockName + "\" (" + BlockExporter.count(plannedSessions,
                    "planned session") + ")";
            case UNCHANGED -> "The block \"" + blockName + "\" was already up to date";
        };
        return what + "; added " + BlockExporter.count(sessionsAdded, "session")
                + (sessionsSkipped > 0 ? " (" + sessionsSkipped + " already there)" : "") + " and "
                + BlockExporter.count(exercisesAdded, "exercise")
                + (routinesWritten == 0 ? "" : ", and wrote " + BlockExporter.count(routinesWritten, "routine")) + ".";
    }
}

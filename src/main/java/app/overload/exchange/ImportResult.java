package app.overload.exchange;

import app.overload.exchange.ImportPreview.Change;

/**
 * What an import wrote, for the message after it.
 *
 * @param taken differences between the file and the logbook where the file's version was taken
 * @param kept  differences where the logbook's version was kept
 */
public record ImportResult(String blockName, Change change, int plannedSessions, int sessionsAdded,
        int sessionsSkipped, int exercisesAdded, int taken, int kept, int routinesWritten) {

    public ImportResult(String blockName, Change change, int plannedSessions, int sessionsAdded, int sessionsSkipped,
            int exercisesAdded, int taken, int kept) {
        this(blockName, change, plannedSessions, sessionsAdded, sessionsSkipped, exercisesAdded, taken, kept, 0);
    }

    public String describe() {
        boolean blockWritten = change == Change.NEW || (change == Change.UPDATE && taken > 0);
        if (!blockWritten && sessionsAdded == 0 && exercisesAdded == 0 && routinesWritten == 0) {
            return change == Change.UPDATE
                    ? "Nothing imported: you kept your version of \"" + blockName + "\" and its sessions are already "
                            + "in the logbook."
                    : "Nothing to import: \"" + blockName + "\" and its sessions are already in the logbook.";
        }
        String what = switch (change) {
            case NEW -> "Imported the block \"" + blockName + "\" with "
                    + BlockExporter.count(plannedSessions, "planned session");
            case UPDATE -> taken == 0 ? "Kept your block \"" + blockName + "\" as it was"
                    : "Updated the block \"" + blockName + "\" (" + BlockExporter.count(plannedSessions,
                            "planned session") + "; took " + BlockExporter.count(taken, "change") + " from the file"
                            + (kept > 0 ? ", kept yours for " + kept : "") + ")";
            case UNCHANGED -> "The block \"" + blockName + "\" was already up to date";
        };
        return what + "; added " + BlockExporter.count(sessionsAdded, "session")
                + (sessionsSkipped > 0 ? " (" + sessionsSkipped + " already there)" : "") + " and "
                + BlockExporter.count(exercisesAdded, "exercise")
                + (routinesWritten == 0 ? "" : ", and wrote " + BlockExporter.count(routinesWritten, "routine")) + ".";
    }
}

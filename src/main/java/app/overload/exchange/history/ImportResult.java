package app.overload.exchange.history;

/**
 * What an import did.
 *
 * @param written true when the logbook was changed; false when the import was refused or had nothing new
 * @param message one sentence for the user
 */
public record ImportResult(boolean written, int sessionsAdded, int exercisesCreated, int duplicatesSkipped,
        int problemsSkipped, String message) {
}

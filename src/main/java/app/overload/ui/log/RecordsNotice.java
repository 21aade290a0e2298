package app.overload.ui.log;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import app.overload.analysis.PersonalRecord;
import app.overload.domain.ExerciseNames;
import app.overload.domain.Session;
import app.overload.domain.UnitPreferences;
import app.overload.store.Logbook;
import app.overload.usecase.FindRecords;

/** The records a saved session set, in the words of the notice after the save. Off the FX thread. */
final class RecordsNotice {

    private RecordsNotice() {
    }

    /**
     * " New records: Back squat: heaviest set, 120 kg × 5; …", or empty. Looking them up is no part of saving: when
     * it fails, the session stays saved and the notice just names none.
     */
    static String of(Logbook logbook, Session session, UnitPreferences shownIn, ExerciseNames names) {
        try {
            List<PersonalRecord> records = new FindRecords(logbook).setBy(session);
            if (records.isEmpty()) {
                return "";
            }
            return (records.size() == 1 ? " New record: " : " New records: ") + String.join("; ",
                    records.stream().map(r -> r.describe(shownIn, names)).toList()) + ".";
        } catch (RuntimeException e) {
            Logger.getLogger(RecordsNotice.class.getName()).log(Level.WARNING,
                    "Records could not be looked up after a save", e);
            return "";
        }
    }
}

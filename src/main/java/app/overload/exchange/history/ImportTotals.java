package app.overload.exchange.history;

import java.time.LocalDate;
import java.util.Collection;

import app.overload.domain.ActivityEntry;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Session;
import app.overload.domain.StrengthEntry;

/**
 * What an import adds, summed: sessions, sets, volume (reps × kg over work sets, as the charts count it) and
 * distance.
 *
 * @param first the day of the earliest session, or null when there is none
 * @param last  the day of the latest session, or null when there is none
 */
public record ImportTotals(int sessions, int sets, double volumeKilograms, double distanceMetres, LocalDate first,
        LocalDate last) {

    public static ImportTotals of(Collection<? extends Session> sessions) {
        int sets = 0;
        double volume = 0;
        double metres = 0;
        LocalDate first = null;
        LocalDate last = null;
        for (Session s : sessions) {
            for (ActivityEntry e : s.entries()) {
                if (e instanceof StrengthEntry strength) {
                    sets += strength.sets().size();
                    volume += strength.volumeKilograms();
                } else if (e instanceof EnduranceEntry endurance && endurance.distance() != null) {
                    metres += endurance.distance().metres();
                }
            }
            LocalDate day = s.date();
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
        }
        return new ImportTotals(sessions.size(), sets, volume, metres, first, last);
    }
}

package app.overload.exchange.history;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.UnitPreferences;

/** The sentences both front ends show for a plan, in the user's units. */
public final class PreviewText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private PreviewText() {
    }

    /** "5 sessions from 4 Mar 2024 to 2 Apr 2025: 14 sets, 3,828 kg lifted, 10.2 km." */
    public static String totals(ImportTotals t, UnitPreferences units) {
        if (t.sessions() == 0) {
            return "No new sessions.";
        }
        String range = t.first().equals(t.last()) ? "on " + DAY.format(t.first())
                : "from " + DAY.format(t.first()) + " to " + DAY.format(t.last());
        StringBuilder sb = new StringBuilder();
        sb.append(t.sessions()).append(t.sessions() == 1 ? " session " : " sessions ").append(range).append(": ");
        sb.append(t.sets()).append(t.sets() == 1 ? " set" : " sets");
        if (t.volumeKilograms() > 0) {
            double shown = units.mass() == MassUnit.KG ? t.volumeKilograms()
                    : t.volumeKilograms() / Mass.KILOGRAMS_PER_POUND;
            sb.append(", ").append(String.format(Locale.ROOT, "%,.0f", shown)).append(' ')
                    .append(units.mass().symbol()).append(" lifted");
        }
        if (t.distanceMetres() > 0) {
            // a whole history can pass Distance's one-session ceiling, so the sum is formatted as a plain number
            sb.append(", ").append(String.format(Locale.ROOT, "%,.1f %s", t.distanceMetres() / units.distance().metres(),
                    units.distance().symbol()));
        }
        return sb.append('.').toString();
    }

    /** "Bench Press (Barbell) → Bench press (in the catalogue)". */
    public static String mapping(ExerciseMapping m) {
        String how = switch (m.how()) {
            case MATCHED -> "in the catalogue";
            case CHOSEN -> "your choice";
            case NEW -> "new exercise";
        };
        return m.sourceName() + " → " + m.target().name() + " (" + how + ", " + m.sets()
                + (m.sets() == 1 ? " set)" : " sets)");
    }

    public static String duplicates(int count) {
        return count == 0 ? "" : count + (count == 1 ? " session is" : " sessions are")
                + " already in the logbook and will be skipped.";
    }
}

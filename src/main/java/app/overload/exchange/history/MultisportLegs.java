package app.overload.exchange.history;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.overload.domain.Modality;
import app.overload.exchange.fit.FitSession;
import app.overload.exchange.fit.FitSport;

/**
 * Names the legs of a multisport activity, each of which becomes a workout of its own: "Triathlon — swim leg",
 * "Triathlon — transition 1", "Duathlon — run leg 2". The event is told from the order of the sports.
 */
final class MultisportLegs {

    private MultisportLegs() {
    }

    /** One label per session, in order. */
    static List<String> names(List<FitSession> sessions) {
        List<Modality> sports = new ArrayList<>();
        Map<Modality, Integer> total = new EnumMap<>(Modality.class);
        for (FitSession s : sessions) {
            if (!FitSport.isTransition(s.sport())) {
                Modality m = modality(s);
                sports.add(m);
                total.merge(m, 1, Integer::sum);
            }
        }
        String event = event(sports);
        Map<Modality, Integer> seen = new EnumMap<>(Modality.class);
        int transitions = 0;
        List<String> names = new ArrayList<>();
        for (FitSession s : sessions) {
            if (FitSport.isTransition(s.sport())) {
                names.add(event + " — transition " + ++transitions);
                continue;
            }
            Modality m = modality(s);
            int n = seen.merge(m, 1, Integer::sum);
            names.add(event + " — " + word(m) + " leg" + (total.get(m) > 1 ? " " + n : ""));
        }
        return names;
    }

    private static Modality modality(FitSession s) {
        return FitSport.modality(s.sport(), s.subSport()).orElse(Modality.OTHER);
    }

    private static String event(List<Modality> sports) {
        if (sports.equals(List.of(Modality.SWIM, Modality.RIDE, Modality.RUN))) {
            return "Triathlon";
        }
        if (sports.equals(List.of(Modality.RUN, Modality.RIDE, Modality.RUN))) {
            return "Duathlon";
        }
        if (sports.equals(List.of(Modality.SWIM, Modality.RUN))
                || sports.equals(List.of(Modality.RUN, Modality.SWIM, Modality.RUN))) {
            return "Aquathlon";
        }
        return "Multisport";
    }

    /** The word athletes use for a leg: a "bike leg", not a "ride leg". */
    private static String word(Modality m) {
        return m == Modality.RIDE ? "bike" : m.label().toLowerCase(Locale.ROOT);
    }
}

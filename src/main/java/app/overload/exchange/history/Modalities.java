package app.overload.exchange.history;

import java.util.Locale;
import java.util.Optional;

import app.overload.domain.Modality;

/**
 * The modality a source names: a GPX {@code <type>}, a TCX {@code Sport}, a FIT sport, or the name of a cardio
 * exercise in Strong or Hevy ("Running", "Cycling (Indoor)"). Words, not guesses from speed.
 */
final class Modalities {

    private Modalities() {
    }

    /** The modality a word names, or empty when it names none we know. */
    static Optional<Modality> named(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.toLowerCase(Locale.ROOT).replace('_', ' ');
        // Strava writes numeric activity types in some GPX files: 1 ride, 9 run, 10 walk, 11 hike.
        switch (s.strip()) {
            case "1": return Optional.of(Modality.RIDE);
            case "9": return Optional.of(Modality.RUN);
            case "10": case "11": return Optional.of(Modality.WALK);
            default: break;
        }
        if (s.contains("elliptical") || s.contains("cross trainer") || s.contains("crosstrainer")) {
            return Optional.of(Modality.ELLIPTICAL);
        }
        if (s.contains("stair") || s.contains("step mill") || s.contains("stepmill")) {
            return Optional.of(Modality.STAIRS);
        }
        if (s.contains("row") && !s.contains("barbell") && !s.contains("dumbbell") && !s.contains("cable")
                && !s.contains("machine") && !s.contains("upright")) {
            return Optional.of(Modality.ROW);
        }
        if (s.contains("swim")) {
            return Optional.of(Modality.SWIM);
        }
        if (s.contains("run") || s.contains("jog") || s.contains("treadmill")) {
            return Optional.of(Modality.RUN);
        }
        if (s.contains("walk") || s.contains("hik") || s.contains("wander")) {
            return Optional.of(Modality.WALK);
        }
        if (s.contains("cycl") || s.contains("bik") || s.contains("ride") || s.contains("spin")) {
            return Optional.of(Modality.RIDE);
        }
        return Optional.empty();
    }
}

package app.overload.domain;

/** How fast an endurance prescription should go: at a pace, or in a heart-rate / effort zone (1–5). */
public sealed interface PaceTarget permits PaceTarget.AtPace, PaceTarget.InZone {

    record AtPace(Pace pace) implements PaceTarget {
        public AtPace {
            Checks.required(pace, "pace");
        }
    }

    record InZone(int zone) implements PaceTarget {
        public InZone {
            Checks.intInRange(zone, 1, 5, "zone");
        }
    }
}

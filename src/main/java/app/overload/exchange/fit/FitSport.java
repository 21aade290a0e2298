package app.overload.exchange.fit;

import java.util.Map;
import java.util.Optional;

import app.overload.domain.Modality;

/**
 * What the FIT profile's sport and sub-sport numbers of a session mean for a logbook. The sport decides where it
 * names a way of moving (running, cycling…); a generic sport (generic, fitness equipment, training) is told apart by
 * its sub-sport (treadmill, indoor rowing, elliptical…). Other sports (tennis, yoga…) have no modality.
 */
public final class FitSport {

    public static final int GENERIC = 0;
    public static final int RUNNING = 1;
    public static final int CYCLING = 2;
    public static final int TRANSITION = 3;
    public static final int SWIMMING = 5;
    public static final int TRAINING = 10;
    public static final int WALKING = 11;
    public static final int FITNESS_EQUIPMENT = 4;

    private static final Map<Integer, Modality> BY_SPORT = Map.ofEntries(
            Map.entry(RUNNING, Modality.RUN), Map.entry(CYCLING, Modality.RIDE), Map.entry(SWIMMING, Modality.SWIM),
            Map.entry(WALKING, Modality.WALK), Map.entry(15, Modality.ROW), // rowing
            Map.entry(17, Modality.WALK), // hiking
            Map.entry(21, Modality.RIDE), // e-biking
            Map.entry(48, Modality.STAIRS), // floor climbing
            Map.entry(65, Modality.WALK), Map.entry(66, Modality.RUN)); // wheelchair push walk, push run

    private static final Map<Integer, Modality> BY_SUB_SPORT = Map.ofEntries(
            Map.entry(1, Modality.RUN), Map.entry(45, Modality.RUN), // treadmill, indoor running
            Map.entry(87, Modality.RUN), // indoor wheelchair run
            Map.entry(5, Modality.RIDE), Map.entry(6, Modality.RIDE), // spin, indoor cycling
            Map.entry(7, Modality.RIDE), Map.entry(10, Modality.RIDE), // road, recumbent
            Map.entry(11, Modality.RIDE), Map.entry(12, Modality.RIDE), // cyclocross, hand cycling
            Map.entry(13, Modality.RIDE), Map.entry(28, Modality.RIDE), // track cycling, e-bike fitness
            Map.entry(46, Modality.RIDE), Map.entry(47, Modality.RIDE), // gravel cycling, e-bike mountain
            Map.entry(88, Modality.RIDE), Map.entry(127, Modality.RIDE), // indoor hand cycling, e-bike enduro
            Map.entry(14, Modality.ROW), // indoor rowing
            Map.entry(15, Modality.ELLIPTICAL), Map.entry(16, Modality.STAIRS),
            Map.entry(17, Modality.SWIM), Map.entry(18, Modality.SWIM), // lap swimming, open water
            Map.entry(27, Modality.WALK), Map.entry(30, Modality.WALK), // indoor walking, casual walking
            Map.entry(31, Modality.WALK), Map.entry(86, Modality.WALK)); // speed walking, indoor wheelchair walk

    private FitSport() {
    }

    /**
     * The modality of a session of this sport and sub-sport (either may be null), or empty when neither names one
     * (a transition, a team sport, yoga).
     */
    public static Optional<Modality> modality(Integer sport, Integer subSport) {
        if (sport != null && sport == TRANSITION) {
            return Optional.empty(); // "swim to bike transition" is neither a swim nor a ride
        }
        Modality bySport = sport == null ? null : BY_SPORT.get(sport);
        if (bySport != null) {
            return Optional.of(bySport);
        }
        boolean generic = sport == null || sport == GENERIC || sport == FITNESS_EQUIPMENT || sport == TRAINING;
        return Optional.ofNullable(generic && subSport != null ? BY_SUB_SPORT.get(subSport) : null);
    }

    public static boolean isTransition(Integer sport) {
        return sport != null && sport == TRANSITION;
    }
}

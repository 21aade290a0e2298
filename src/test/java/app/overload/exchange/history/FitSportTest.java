package app.overload.exchange.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.overload.domain.Modality;
import app.overload.exchange.fit.FitSport;
import com.garmin.fit.Sport;
import com.garmin.fit.SubSport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** FIT sports and sub-sports, named as Garmin's SDK names them, and the modality each becomes. */
class FitSportTest {

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(textBlock = """
            RUNNING,           STREET,                  RUN
            RUNNING,           TREADMILL,               RUN
            RUNNING,           TRAIL,                   RUN
            CYCLING,           ROAD,                    RIDE
            CYCLING,           INDOOR_CYCLING,          RIDE
            E_BIKING,          E_BIKE_MOUNTAIN,         RIDE
            SWIMMING,          LAP_SWIMMING,            SWIM
            SWIMMING,          OPEN_WATER,              SWIM
            WALKING,           TREADMILL,               WALK
            HIKING,            GENERIC,                 WALK
            ROWING,            GENERIC,                 ROW
            FITNESS_EQUIPMENT, INDOOR_ROWING,           ROW
            FITNESS_EQUIPMENT, ELLIPTICAL,              ELLIPTICAL
            FITNESS_EQUIPMENT, STAIR_CLIMBING,          STAIRS
            FITNESS_EQUIPMENT, TREADMILL,               RUN
            FITNESS_EQUIPMENT, INDOOR_CYCLING,          RIDE
            TRAINING,          STAIR_CLIMBING,          STAIRS
            FLOOR_CLIMBING,    GENERIC,                 STAIRS
            GENERIC,           INDOOR_WALKING,          WALK
            TRANSITION,        SWIM_TO_BIKE_TRANSITION, OTHER
            TRANSITION,        BIKE_TO_RUN_TRANSITION,  OTHER
            TRAINING,          STRENGTH_TRAINING,       OTHER
            TRAINING,          YOGA,                    OTHER
            MOTORCYCLING,      GENERIC,                 OTHER
            MULTISPORT,        TRIATHLON,               OTHER
            """)
    void sportAndSubSportGiveTheModality(Sport sport, SubSport subSport, Modality expected) {
        assertThat(FitSport.modality((int) sport.getValue(), (int) subSport.getValue()).orElse(Modality.OTHER))
                .isEqualTo(expected);
    }

    @Test
    void aSessionWithoutSportOrSubSportHasNoModality() {
        assertThat(FitSport.modality(null, null)).isEmpty();
        assertThat(FitSport.modality(FitSport.RUNNING, null)).contains(Modality.RUN);
    }

    /**
     * The reader before this one matched the SDK's names against words ("run", "cycl"…). The numbers give the same
     * modality for a sport of its own, and for every sub-sport of the generic sports, except where a word misled it.
     */
    @Test
    void agreesWithReadingTheSportsNamesExceptWhereAWordMisledIt() {
        List<String> differences = new ArrayList<>();
        for (Sport sport : Sport.values()) {
            for (SubSport sub : SubSport.values()) {
                boolean generic = sport == Sport.GENERIC || sport == Sport.FITNESS_EQUIPMENT || sport == Sport.TRAINING;
                if (sport == Sport.INVALID || sub == SubSport.INVALID || !generic && sub != SubSport.GENERIC) {
                    continue;
                }
                Optional<Modality> byName = Modalities.named(sport.name() + " " + sub.name());
                Optional<Modality> byNumber = FitSport.modality((int) sport.getValue(), (int) sub.getValue());
                if (!byName.equals(byNumber)) {
                    differences.add(sport + "/" + sub + ": " + byName.map(Modality::name).orElse("none") + " → "
                            + byNumber.map(Modality::name).orElse("none"));
                }
            }
        }
        List<String> misled = new ArrayList<>();
        for (String generic : List.of("GENERIC", "FITNESS_EQUIPMENT", "TRAINING")) {
            // sub-sports whose names hold no word the old reading knew
            misled.add(generic + "/ROAD: none → RIDE");
            misled.add(generic + "/RECUMBENT: none → RIDE");
            misled.add(generic + "/OPEN_WATER: none → SWIM");
            // a transition or a swimrun taken for its first sport
            misled.add(generic + "/BIKE_TO_RUN_TRANSITION: RUN → none");
            misled.add(generic + "/RUN_TO_BIKE_TRANSITION: RUN → none");
            misled.add(generic + "/SWIM_TO_BIKE_TRANSITION: SWIM → none");
            misled.add(generic + "/SWIM_RUN: SWIM → none");
        }
        misled.add("MOTORCYCLING/GENERIC: RIDE → none"); // "cycl"
        misled.add("FLOOR_CLIMBING/GENERIC: none → STAIRS");
        assertThat(differences).containsExactlyInAnyOrderElementsOf(misled);
    }
}

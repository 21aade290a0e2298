package app.overload.exchange.history;

import static org.assertj.core.api.Assertions.assertThat;

import app.overload.domain.MassUnit;
import app.overload.exchange.history.UnitEvidence.Equipment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The evidence alone: loads as a file writes them, each on its own line from line 2, and what they tell. */
class UnitEvidenceTest {

    /** "Squat (Barbell)=62.5; Curl (Dumbbell)=24" → the verdict on those loads. */
    private static UnitEvidence.Verdict verdictOn(String loads) {
        UnitEvidence evidence = new UnitEvidence();
        long line = 2;
        for (String load : loads.split(";")) {
            String[] parts = load.split("=");
            evidence.observe(parts[0].strip(), Double.parseDouble(parts[1].strip()), line++);
        }
        return evidence.verdict();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a pound round trip decides alone     | Curl (Dumbbell)=37.49999999999999                                         | LB | 37.49999999999999 on line 2 is 37.5 lb saved as kilograms and converted back
            a kilogram round trip decides alone  | Bench Press (Barbell)=62.50000000000001                                   | KG | 62.50000000000001 on line 2 is 62.5 kg saved as pounds and converted back
            20 kg shown in pounds                | Bench Press (Barbell)=44.09245243697552                                   | LB | 44.09245243697552 on line 2 is exactly 20 kg written in pounds
            37.5 lb shown in kilograms           | Curl (Dumbbell)=17.009713875                                              | KG | 17.009713875 on line 2 is exactly 37.5 lb written in kilograms
            a rounded conversion still tells     | Bench Press (Barbell)=44.0925                                             | LB | is exactly 20 kg written in pounds
            kilogram plate steps                 | Squat (Barbell)=62.5; Bench Press (Barbell)=42.5; Deadlift (Barbell)=102.5 | KG | 62.5 on line 2 takes 1.25 kg plates (pound loads move by 5), and 2 more loads like it
            a quarter and a 2 kg dumbbell step   | Bench Press (Barbell)=41.25; Row (Dumbbell)=24                            | KG | 41.25 on line 2 ends in a quarter, which only kilogram plates make; a 24 dumbbell (line 3) is a 2 kg step
            the empty bars                       | Squat (Barbell)=20; Bench Press (Barbell)=62.5; Row (Dumbbell)=16         | KG | 20 on a barbell (line 2) is the empty 20 kg bar
            pound plates on a pound bar          | Bench Press (Barbell)=45; Bench Press (Barbell)=135; Squat (Barbell)=225  | LB | 45 on a barbell (line 2) is the empty 45 lb bar; 135 on a barbell (line 3) is 45 lb plates on a 45 lb bar, and 1 more load like them
            more than any barbell lift in kg     | Deadlift (Barbell)=550                                                    | LB | 550 on a barbell (line 2) would be more than any barbell lift on record in kilograms
            dumbbells past the kilogram racks    | Bench Press (Dumbbell)=70; Row (Dumbbell)=80; Swing (Kettlebell)=55       | LB | a 70 dumbbell or kettlebell (line 2) would be heavier than any common kilogram one, and 2 more loads like it
            a round trip outweighs a plate step  | Curl (Dumbbell)=37.49999999999999; Squat (Barbell)=62.5                   | LB | 37.49999999999999 on line 2
            """)
    void tellsTheUnitAndNamesTheLoadsThatDecided(String what, String loads, MassUnit unit, String because) {
        UnitEvidence.Verdict verdict = verdictOn(loads);

        assertThat(verdict).isInstanceOfSatisfying(UnitEvidence.Told.class, told -> {
            assertThat(told.unit()).isEqualTo(unit);
            assertThat(told.evidence()).contains(because);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            loads that load the same either way  | Squat (Barbell)=60; Squat (Barbell)=80; Squat (Barbell)=100; Curl (Dumbbell)=10 | its loads do not tell: every one of them is a load a lifter can put on a bar in kilograms and in pounds alike
            one load written many times          | Squat (Barbell)=62.5; Squat (Barbell)=62.5; Squat (Barbell)=62.5            | its loads do not tell: too few of them point either way (62.5 on line 2 takes 1.25 kg plates (pound loads move by 5))
            plates pointing both ways            | Squat (Barbell)=62.5; Squat (Barbell)=135; Bench Press (Barbell)=42.5; Bench Press (Barbell)=225 | too few of them point either way (62.5 on line 2 takes 1.25 kg plates (pound loads move by 5); 135 on a barbell (line 3) is 45 lb plates on a 45 lb bar)
            round trips both ways                | Curl (Dumbbell)=37.49999999999999; Bench Press (Barbell)=62.50000000000001 | its loads point both ways
            a round trip against many plates     | Curl (Dumbbell)=37.49999999999999; Squat (Barbell)=62.5; Squat (Barbell)=102.5; Squat (Barbell)=82.5 | its loads point both ways (37.49999999999999 on line 2 is 37.5 lb saved as kilograms and converted back; 62.5 on line 3
            a typed number that is no conversion | Squat (Barbell)=72.3456; Squat (Barbell)=60                                | every one of them
            """)
    void refusesToGuessWhenTheLoadsDoNotTell(String what, String loads, String why) {
        UnitEvidence.Verdict verdict = verdictOn(loads);

        assertThat(verdict).isInstanceOfSatisfying(UnitEvidence.Untold.class,
                untold -> assertThat(untold.why()).contains(why));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            Bench Press (Barbell),          BARBELL
            Deadlift,                       BARBELL
            Incline Bench Press (Dumbbell), DUMBBELL
            Goblet Squat (Kettlebell),      KETTLEBELL
            Leg Press,                      OTHER
            Squat (Smith Machine),          OTHER
            Lat Pulldown (Cable),           OTHER
            """)
    void readsTheEquipmentFromTheExerciseName(String exercise, Equipment equipment) {
        assertThat(Equipment.of(exercise)).isEqualTo(equipment);
    }
}

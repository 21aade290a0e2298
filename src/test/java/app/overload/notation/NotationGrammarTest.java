package app.overload.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import app.overload.domain.UnitPreferences;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The grammar as a table: every form docs/notation.md lists, read on 2026-11-23 at 20:00 by a user in kilograms
 * and kilometres, written back in full; and lines that are refused, with the exact message.
 */
class NotationGrammarTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 20, 0);
    static final NotationContext METRIC = NotationContext.of(ShippedCatalogue.CATALOGUE, UnitPreferences.METRIC, NOW);

    static Reading readOne(String line, NotationContext context) {
        List<Reading> readings = NotationParser.read(line, context);
        assertThat(readings).hasSize(1);
        return readings.get(0);
    }

    static String entries(String line, NotationContext context) {
        Reading reading = readOne(line, context);
        assertThat(reading).as(() -> reading instanceof Reading.Refused r ? r.problem().message() : "")
                .isInstanceOf(Reading.Understood.class);
        String written = new NotationWriter(context.units(), context.catalogue().names(), id -> "?")
                .write(((Reading.Understood) reading).session());
        return written.substring(written.indexOf(": ") + 2);
    }

    static String refusal(String line, NotationContext context) {
        Reading reading = readOne(line, context);
        assertThat(reading).isInstanceOf(Reading.Refused.class);
        return ((Reading.Refused) reading).problem().message();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Back squat 5x5 @ 100                                   | Back squat 5×5 @ 100 kg
            Back squat 5×5 @ 100 kg                                | Back squat 5×5 @ 100 kg
            back squat 5 X 5 @ 100KG                               | Back squat 5×5 @ 100 kg
            squat 3 x 8 @ 135 lb                                   | Back squat 3×8 @ 61.2 kg
            Back squat 5, 5, 4 @ 100                               | Back squat 2×5 @ 100 kg + 1×4 @ 100 kg
            Back squat 100x5, 105x3, 110x1                         | Back squat 1×5 @ 100 kg + 1×3 @ 105 kg + 1×1 @ 110 kg
            Back squat 100x5, 105x3, 110x1 lb                      | Back squat 1×5 @ 45.4 kg + 1×3 @ 47.6 kg + 1×1 @ 49.9 kg
            Back squat 90 kg × 5, 100 kg × 3                       | Back squat 1×5 @ 90 kg + 1×3 @ 100 kg
            Back squat 100 kg x 5 @ 8                              | Back squat 1×5 @ 100 kg rpe 8
            Bench press 3x8 @ 60 @8                                | Bench press 3×8 @ 60 kg rpe 8
            Bench press 3x8 @ 60 rpe 8.5                           | Bench press 3×8 @ 60 kg rpe 8.5
            Bench press 3x8 @ 60 rir 2                             | Bench press 3×8 @ 60 kg rpe 8
            Bench press 3×8 @ 60 kg @ RPE 8                        | Bench press 3×8 @ 60 kg rpe 8
            Back squat w: 20x10, 40x5 + 5x5 @ 100                  | Back squat w: 1×10 @ 20 kg + w: 1×5 @ 40 kg + 5×5 @ 100 kg
            Back squat w: 2x5 @ 60, 5x5 @ 100                      | Back squat w: 2×5 @ 60 kg + 5×5 @ 100 kg
            Back squat 5x5 @ 100 rest 3:00                         | Back squat 5×5 @ 100 kg rest 3:00
            Back squat 5x5 @ 100 rest 150 s                        | Back squat 5×5 @ 100 kg rest 2:30
            Back squat 3x5 @ 100 + 1x3 @ 100 failed                | Back squat 3×5 @ 100 kg + 1×3 @ 100 kg failed
            Back squat 5, 5, 3 @ 100 kg (1 failed) @ RPE 10        | Back squat 2×5 @ 100 kg rpe 10 + 1×3 @ 100 kg rpe 10 failed
            Back squat 5, 5, 0 @ 100 (1 failed)                    | Back squat 2×5 @ 100 kg + 1×0 @ 100 kg failed
            Back squat 3x5 @ 100 amrap                             | Back squat 3×5 @ 100 kg amrap
            Back squat 5×5 @ 20 kg (warm-up only)                  | Back squat w: 5×5 @ 20 kg
            Pull-ups 3x10                                          | Pull-up 3×10 @ bw
            pull ups 3x8 bw rpe 9                                  | Pull-up 3×8 @ bw rpe 9
            Push-up 3×10 (body weight) @ RPE 8                     | Push-up 3×10 @ bw rpe 8
            push-ups 20, 15, 12                                    | Push-up 1×20 @ bw + 1×15 @ bw + 1×12 @ bw
            ohp 5x5 @ 50                                           | Overhead press 5×5 @ 50 kg
            rdl 3x8 @ 80                                           | Romanian deadlift 3×8 @ 80 kg
            Deadlifts 1x5 @ 180                                    | Deadlift 1×5 @ 180 kg
            Bench Press 3x8 @ 60                                   | Bench press 3×8 @ 60 kg
            run 8 km in 40:12                                      | Run 8 km in 40:12
            Run 8.0 km in 40:12, 5:01 /km                          | Run 8 km in 40:12
            run 8 km 40:12                                         | Run 8 km in 40:12
            run 5k in 25:00                                        | Run 5 km in 25:00
            run 8 in 40:12                                         | Run 8 km in 40:12
            run 8 km @ 5:00                                        | Run 8 km in 40:00
            run 40:00 easy                                         | Run 40:00
            bike 1:30:00 42 km hr 142                              | Ride 42 km in 1:30:00 hr 142
            Ride 42.0 km in 1:30:00, 28.0 km/h                     | Ride 42 km in 1:30:00
            cycling 2 h 60 km elev 800 m                           | Ride 60 km in 2:00:00 elev 800 m
            row 2000 m in 7:30, 1:52 /500 m                        | Row 2 km in 7:30
            swim 1500 m in 30:00                                   | Swim 1.5 km in 30:00
            walk 3 mi in 1:00:00                                   | Walk 4.828 km in 1:00:00
            run 6 x 800 m @ 3:15 rest 90 s                         | Run 6 × 800 m @ 3:15 rest 1:30, 4.8 km in 27:00
            run 6 x 800 m @ 3:15 jog 400 m in 2:00                 | Run 6 × 800 m @ 3:15 jog 400 m in 2:00, 6.8 km in 29:30
            run 4 x 3:00 rest 2:00 + 4 x 1:00, 45:00               | Run 4 × 3:00 rest 2:00 + 4 × 1:00, 45:00
            Run 8 × 400 m @ 1:35 4 × 3:00, 8.0 km in 40:00, 5:00 /km | Run 8 × 400 m @ 1:35 + 4 × 3:00, 8 km in 40:00
            yoga 45 min                                            | yoga 45:00
            Run 29:02 @ RPE 6                                      | "Run" 29:02 rpe 6
            Back squat w: 2x10 @ bw + 5x5 @ 100                    | Back squat w: 2×10 @ bw + 5×5 @ 100 kg
            Spin class 45:00 @ RPE 7                               | Spin class 45:00 rpe 7
            stretching 1 h 10 min rpe 3                            | stretching 1:10:00 rpe 3
            stretching 1h10                                        | stretching 1:10:00
            Back squat 5x5 @ 100 · Bench press 3x8 @ 60; run 5 km in 25:00 | Back squat 5×5 @ 100 kg · Bench press 3×8 @ 60 kg · Run 5 km in 25:00
            Back squat 5x5 @ 100 ; yoga 20 min ·                  | Back squat 5×5 @ 100 kg · yoga 20:00
            """)
    void readsEveryWrittenForm(String line, String written) {
        assertThat(entries(line, METRIC)).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Back squat 5x                      | `5x` — reps after the x, e.g. 5x5
            Back squat 5 x                     | `5 x` — reps after the x, e.g. 5x5
            Back squat                         | `Back squat` — sets after the name, e.g. Back squat 5x5 @ 100
            Back squat @ 100                   | `@` — sets such as 5x5 @ 100, reps such as 5, 5, 4 @ 100, load × reps such as 100x5, 105x3, or a carry such as 40 kg x 40 m
            Back squat 5x5 @                   | `@` — a load after the @, e.g. @ 100 or @ 100 kg
            Back squat 5x5 @ 100 @ 12          | `@ 12` — an RPE from 0 to 10 after the load
            Back squat 5x5 @ 100 rpe 11        | `rpe 11` — an RPE from 0 to 10, e.g. rpe 8
            Back squat 5x5 @ 100 rest 3        | `3` — a unit or a clock for the time, e.g. rest 90 s or rest 3:00
            Back squat 5x5 @ 100 rest 1:75     | `1:75` — minutes and seconds under 60, e.g. 1:15 or 1:02:30
            Back squat 5x5 @ 100 foo           | `foo` — rpe, rest, failed, or more sets after + or a comma
            Back squat 5x5 @ 100 +             | `+` — more sets after it, e.g. + 3x5 @ 80
            Back squat 5x5 @ 100 (2 fialed)    | `(2 fialed)` — one of (body weight), (1 failed), (warm-up only)
            Back squat 3x5 @ 100 (4 failed)    | `4` — at most 3 failed sets: the group has 3
            Back squat 5, 5, 0 @ 100           | `5, 5, 0 @ 100` — a set of 0 reps only as a failed set, e.g. 5, 5, 0 @ 100 (1 failed)
            Back squat 5.5x5 @ 100             | `5.5` — sets as a whole number
            Back squat 300x5 @ 100             | `300` — sets from 1 to 200
            Back squat 100x5                   | `100x5` — 100 sets? For one set of 5 at 100 write 100 kg x 5 or 1x5 @ 100
            Back squat 100x5 @8                | `100x5 @8` — 100 sets? For 100 kg × 5 at RPE 8 write 100 kg x 5 rpe 8; for 100 sets give the load's unit, e.g. @ 8 kg
            Back squat 5x5 @ 2000              | `2000` — a load up to 1000 kg
            Back squat 100 kg                  | `100 kg` — reps with the load, e.g. 100 kg x 5
            Back squat 100x5, 105x3 @ 100      | `@ 100` — an RPE from 0 to 10 after the load; sets at one load go after a +, e.g. 40x5 + 5x5 @ 100
            Bak squat 5x5 @ 100                | `Bak squat` — an exercise from the catalogue; did you mean Back squat, Front squat or Split squat?
            Zercher squat 5x5 @ 100            | `Zercher squat` — an exercise from the catalogue; did you mean Back squat, Front squat or Goblet squat?
            Moonwalk 5x5 @ 100                 | `Moonwalk` — an exercise from the catalogue
            5x5 @ 100                          | `5` — an exercise or an activity first, e.g. Back squat 5x5 @ 100 or run 8 km in 40:12
            Back squat 5x5 @ 100 · 18:00 run 5 km in 25:00 | `18:00` — a date or start time only at the start of a session; separate sessions with a blank line
            row 5x5 @ 60                       | `row 5x5 @ 60` — a distance or a time after row, which means rowing here; for a lift give its full name, e.g. Barbell row 5x5 @ 60
            run                                | `run` — a distance or a time after it, e.g. run 8 km in 40:12
            run 8 km                           | `run 8 km` — a time as well, e.g. run 8 km in 40:12 (or a pace: @ 5:00)
            run 8 km in 40:12 in 41:00         | `in 41:00` — one time; 40:12 is given already
            run 8 km 9 km in 40:00             | `9 km` — one distance; 8.0 km is given already
            run 8 in                           | `in` — a time such as 40:12
            run 8 km in 40:12 hr               | `hr` — the average heart rate after hr, e.g. hr 150
            run 8 km in 40:12 hr 300           | `300` — heart rate from 25 to 250
            run 8 km in 40:12 fast             | `fast` — a distance, a time, hr or elev, e.g. run 8 km in 40:12 hr 150
            run 800 in 3:00 blah               | `blah` — a distance, a time, hr or elev, e.g. run 8 km in 40:12 hr 150
            run 10 km in 10:00                 | `run 10 km in 10:00` — A run at 1:00 /km is faster than anyone can go (limit 1:40 /km): check the distance and the time.
            Run 8.0 km in 40:12, 4:00 /km      | `4:00 /km` — not the pace of 8.0 km in 40:12, which is 5:02 /km; leave the pace out or check the numbers
            Run 40:12, 5:01 /km                | `5:01 /km` — a distance before the pace, e.g. run 8 km in 40:12, 5:02 /km
            run 6 x 800 @ 3:15                 | `800` — a unit after the distance, e.g. 800 m
            run 6 x 800 m                      | `run 6 x 800 m` — the time of each repeat (6 x 800 m @ 3:15) or the whole time after a comma, e.g. run 6 x 800 m, 8 km in 40:00
            run 6 x 800 m @ 3:15 rest          | `rest` — the recovery as a time or a distance, e.g. rest 90 s or jog 200 m
            run 6 x 800 m @ 3:15,              | `,` — a distance, a time or a pace after the comma, e.g. run 8 km in 40:12
            yoga 45                            | `45` — a unit or a clock for the time, e.g. 45 min or 45:00
            yoga 45 min hard                   | `hard` — nothing more after the time and effort of yoga, e.g. yoga 45 min rpe 6
            "spin class 45 min                 | `"spin class 45 min` — a closing quote after the name
            2027-01-01 Back squat 5x5 @ 100    | `2027-01-01` — a day up to tomorrow (2026-11-24)
            2026-13-01 Back squat 5x5 @ 100    | `2026-13-01` — a date such as 2026-11-23
            25:00 Back squat 5x5 @ 100         | `25:00` — a start time of day such as 18:30 (a session's length goes after for: for 40:00)
            2026-11-20                         | `2026-11-20` — at least one exercise or activity, e.g. Back squat 5x5 @ 100 or run 8 km in 40:12
            training Back squat 5x5 @ 100      | `training` — the block's name in quotes after it, e.g. training "Linear 5×5" heavy strength
            for 30 h: yoga 45 min              | `for 30 h: yoga 45 min` — Duration must be at most 24 hours (was 30:00:00).
            """)
    void refusesWithWhatWasExpected(String line, String message) {
        assertThat(refusal(line, METRIC)).isEqualTo(message);
    }
}

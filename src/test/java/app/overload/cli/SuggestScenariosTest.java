package app.overload.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.Mass;
import app.overload.domain.UnitPreferences;
import app.overload.store.Logbook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of TRAINING-RULES.md end to end, the way an athlete meets them: a block file with logged sessions is
 * brought in with {@code overload import}, and {@code overload suggest --json} is asked for the next week. Blocks
 * start on Monday 2 Nov 2026; week 2 is asked for on Sunday 8 Nov.
 */
class SuggestScenariosTest {

    private static final LocalDate START = LocalDate.of(2026, 11, 2);
    private static final double MILE = 1609.344;
    /** 7:15 /mi in seconds per kilometre. */
    private static final double SEVEN_FIFTEEN = 435 / 1.609344;

    @TempDir
    Path dir;

    /** Imports the file into a new logbook kept in {@code units}; returns the logbook file. */
    private Path imported(BlockFileBuilder file, UnitPreferences units) {
        Path db = dir.resolve("logbook-" + file.id("db") + ".db");
        CommandRun r = CommandRun.of("import", "--db", db.toString(), file.write(dir).toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (Logbook logbook = Logbook.open(db)) {
            logbook.settings().saveUnits(units);
        }
        return db;
    }

    private static JsonNode suggest(Path db, String block, int week, String today, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("suggest", "--db", db.toString(), "--block", block, "--week",
                Integer.toString(week), "--today", today, "--json"));
        args.addAll(List.of(more));
        CommandRun r = CommandRun.of(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    private static JsonNode on(JsonNode json, String date) {
        for (JsonNode s : json.path("suggestions")) {
            if (s.path("date").asText().equals(date)) {
                return s;
            }
        }
        throw new AssertionError("No suggestion on " + date + " in " + json);
    }

    private static UnitPreferences units(String mass) {
        return mass.equals("kg") ? UnitPreferences.METRIC : UnitPreferences.IMPERIAL;
    }

    @ParameterizedTest(name = "{0} {1} {2} (+{3} kg) in {4} → {5}")
    @CsvSource(textBlock = """
            back-squat, upper, 102.0582, 2.268,  lb, 104.3262, Back squat 5×5 @ 230 lb
            back-squat, lower, 102.0582, 2.5,    lb, 104.3262, Back squat 5×5 @ 230 lb
            deadlift,   lower, 142.8816, 4.5359, lb, 147.4175, Deadlift 5×5 @ 325 lb
            back-squat, lower, 100,      2.5,    kg, 102.5,    Back squat 5×5 @ 102.5 kg
            deadlift,   lower, 140,      5,      kg, 145,      Deadlift 5×5 @ 145 kg
            """)
    void poundsClimbByFiveAndTenPoundsAndNeverRoundBackToTheStart(String lift, String region, double kg,
            double incrementKg, String mass, double nextKg, String text) throws Exception {
        // 225 lb is 102.0582 kg and 315 lb 142.8816 kg in a file; 5 lb is 2.268 kg and 10 lb 4.5359 kg.
        BlockFileBuilder file = new BlockFileBuilder("Pounds " + lift + kg + mass, START, 4)
                .exercise(lift, lift.equals("deadlift") ? "Deadlift" : "Back squat", region, incrementKg);
        for (int week = 1; week <= 4; week++) {
            BlockFileBuilder.lift(file.planned("w" + week, week, "monday", "heavy-strength"), lift, 5, 5, kg, null,
                    incrementKg);
        }
        BlockFileBuilder.lifted(file.session("w1", START, 60, 7.0, "heavy-strength", "w1"), lift, 5, 5, kg);
        JsonNode json = suggest(imported(file, units(mass)), "Pounds " + lift + kg + mass, 2, "2026-11-08");
        JsonNode monday = on(json, "2026-11-09");
        assertThat(monday.path("decision").asText()).isEqualTo("increase-load");
        assertThat(monday.path("suggestedText").asText()).isEqualTo(text);
        for (JsonNode set : monday.path("suggested").path("sets")) {
            double load = set.path("loadKg").asDouble();
            assertThat(load).isCloseTo(nextKg, within(0.001));
            if (mass.equals("lb")) {
                // The JSON keeps kilograms to the gram, so a pound load read back from it is within 0.003 lb.
                double pounds = Mass.kilograms(load).pounds();
                assertThat(pounds).as("a multiple of 5 lb").isCloseTo(5 * Math.rint(pounds / 5), within(0.003));
            }
        }
    }

    /** Weekly tempo runs of 4 mi @ 7:15 /mi on Thursdays, week 1's done in 29:00 at the session RPE given. */
    private BlockFileBuilder tempoBlock(String name, double rpe) {
        BlockFileBuilder file = new BlockFileBuilder(name, START, 6);
        for (int week = 1; week <= 6; week++) {
            BlockFileBuilder.run(file.planned("tempo" + week, week, "thursday", "tempo"), 4 * MILE, SEVEN_FIFTEEN,
                    null, 0.03, MILE);
        }
        BlockFileBuilder.ran(file.session("tempo1", file.day(1, 4), 35, rpe, "tempo", "tempo1"), 4 * MILE, 1740);
        return file;
    }

    @ParameterizedTest(name = "no race on file, tempo at RPE {0}, in {1} → {2} s/km")
    @CsvSource(textBlock = """
            7, lb, 260.98, 4.0 mi @ 7:00 /mi
            8, lb, 260.98, 4.0 mi @ 7:00 /mi
            7, kg, 260,    6.4 km @ 4:20 /km
            """)
    void aRunnerWithNoRaceOnFileIsNotSlowedDown(double rpe, String mass, double pace, String text)
            throws Exception {
        // With nothing to set a ceiling, the run it would be worked out from must not cap itself: 7:15 /mi done
        // moves on by 3 % to 7:00 /mi (4:20 /km on the 5 s grid), and the reason says there is no ceiling.
        BlockFileBuilder file = tempoBlock("Tempo " + rpe + mass, rpe);
        JsonNode thursday = on(suggest(imported(file, units(mass)), "Tempo " + rpe + mass, 2, "2026-11-08"),
                "2026-11-12");
        assertThat(thursday.path("decision").asText()).isEqualTo("faster-pace");
        assertThat(thursday.path("suggested").path("paceSecondsPerKm").asDouble()).isCloseTo(pace, within(0.01));
        assertThat(thursday.path("suggested").path("distanceMetres").asDouble()).isCloseTo(4 * MILE, within(0.01));
        assertThat(thursday.path("suggestedText").asText()).isEqualTo("Run " + text);
        assertThat(thursday.path("reason").asText()).contains("no race or hard effort (session RPE 8 or more) in "
                + "the last 8 weeks, so no pace ceiling");
    }

    @Test
    void aRaceOfTheLastEightWeeksSetsTheCeiling() throws Exception {
        // A 5 km race in 20:40 on 31 Oct is VDOT 47.9: threshold 7:05 /mi, so 7:15 /mi moves only to 7:05 /mi.
        BlockFileBuilder file = tempoBlock("Raced", 7);
        BlockFileBuilder.ran(file.session("race", LocalDate.of(2026, 10, 31), 30, 9.0, "race", null), 5000, 1240);
        JsonNode thursday = on(suggest(imported(file, UnitPreferences.IMPERIAL), "Raced", 2, "2026-11-08",
                "--allow-volume-jump"), "2026-11-12");
        assertThat(thursday.path("decision").asText()).isEqualTo("faster-pace");
        assertThat(thursday.path("suggestedText").asText()).isEqualTo("Run 4.0 mi @ 7:05 /mi");
        assertThat(thursday.path("reason").asText()).contains("as fast as your threshold 7:05 /mi (VDOT 47.9 from "
                + "the race of 3.1 mi in 20:40 on 31 Oct) allows");
    }

    @Test
    void unplannedTrainingOfThePurposeIsNamedAsEvidence() throws Exception {
        // The planned tempo fell short (3.5 of 4 mi); an unplanned tempo run on Saturday did 4 mi at 7:15 /mi.
        BlockFileBuilder file = new BlockFileBuilder("Evidence", START, 6);
        for (int week = 1; week <= 6; week++) {
            BlockFileBuilder.run(file.planned("tempo" + week, week, "thursday", "tempo"), 4 * MILE, SEVEN_FIFTEEN,
                    null, 0.03, MILE);
        }
        BlockFileBuilder.ran(file.session("tempo1", file.day(1, 4), 30, 7.0, "tempo", "tempo1"), 3.5 * MILE,
                3.5 * 435);
        BlockFileBuilder.ran(file.session("extra", file.day(1, 6), 35, 7.0, "tempo", null), 4 * MILE, 1740);
        JsonNode thursday = on(suggest(imported(file, UnitPreferences.IMPERIAL), "Evidence", 2, "2026-11-08"),
                "2026-11-12");
        assertThat(thursday.path("decision").asText()).isEqualTo("faster-pace");
        assertThat(thursday.path("reason").asText()).startsWith("4.0 mi @ 7:15 /mi on 5 Nov fell short (3.5 mi of "
                + "4.0 mi), but the unplanned tempo / threshold run on 7 Nov did it → 7:00 /mi");
        assertThat(thursday.path("basedOn")).hasSize(2);
    }

    @Test
    void eachPlannedRunIsItsOwnSeries() throws Exception {
        // Easy runs of 8, 10 and 12 km on Monday, Wednesday and Saturday, each climbing 1.5 km at most a quarter.
        BlockFileBuilder file = new BlockFileBuilder("Three easy", START, 4);
        String[] days = {"monday", "wednesday", "saturday"};
        double[] km = {8, 10, 12};
        for (int week = 1; week <= 4; week++) {
            for (int i = 0; i < 3; i++) {
                BlockFileBuilder.run(file.planned("easy" + week + i, week, days[i], "easy-aerobic"), km[i] * 1000, null,
                        2, 0, 1500);
            }
        }
        int[] dayOfWeek = {1, 3, 6};
        for (int i = 0; i < 3; i++) {
            BlockFileBuilder.ran(file.session("easy" + i, file.day(1, dayOfWeek[i]), 60, 5.0, "easy-aerobic",
                    "easy1" + i), km[i] * 1000, km[i] * 360);
        }
        JsonNode json = suggest(imported(file, UnitPreferences.METRIC), "Three easy", 2, "2026-11-08");
        assertThat(on(json, "2026-11-09").path("suggestedText").asText()).isEqualTo("Run 9.5 km in zone 2");
        assertThat(on(json, "2026-11-11").path("suggestedText").asText()).isEqualTo("Run 11.5 km in zone 2");
        assertThat(on(json, "2026-11-14").path("suggestedText").asText()).isEqualTo("Run 13.5 km in zone 2");
        assertThat(json.path("volume").get(0).path("plannedMetres").asDouble()).isCloseTo(34500, within(0.01));
    }

    @ParameterizedTest(name = "week 1 long run {0} m → refused {1}, severity {2}")
    @CsvSource(textBlock = """
            20000, false, warning
            19990, true,  strong_warning
            """)
    void theTwoWeekGuardHoldsBackExactlyWhereItWarns(double weekOne, boolean refused, String severity)
            throws Exception {
        // Easy 11 km on Tuesdays, a long run climbing 3 km on Sundays; week 1 only the long run, week 2 11 + 12 km.
        // Week 3 would be 11 + 15 = 26 km: 30 % over 20 km exactly is allowed; over 19.99 km it is not.
        BlockFileBuilder file = new BlockFileBuilder("Guard " + weekOne, START, 4);
        for (int week = 1; week <= 4; week++) {
            BlockFileBuilder.run(file.planned("easy" + week, week, "tuesday", "easy-aerobic"), 11000, null, 2, 0, 0);
            BlockFileBuilder.run(file.planned("long" + week, week, "sunday", "long-run"), 12000, null, 2, 0, 3000);
        }
        BlockFileBuilder.ran(file.session("long1", file.day(1, 7), 120, 6.0, "long-run", "long1"), weekOne, 7200);
        BlockFileBuilder.ran(file.session("easy2", file.day(2, 2), 66, 5.0, "easy-aerobic", "easy2"), 11000, 3960);
        BlockFileBuilder.ran(file.session("long2", file.day(2, 7), 75, 6.0, "long-run", "long2"), 12000, 4500);
        JsonNode json = suggest(imported(file, UnitPreferences.METRIC), "Guard " + weekOne, 3, "2026-11-15");
        JsonNode volume = json.path("volume").get(0);
        assertThat(volume.path("refused").asBoolean()).isEqualTo(refused);
        assertThat(volume.path("severity").asText()).isEqualTo(severity);
        assertThat(volume.path("message").asText().contains("more than 30 %")).isFalse();
        assertThat(on(json, "2026-11-22").path("decision").asText()).isEqualTo(refused ? "hold" : "longer");
    }

    @ParameterizedTest(name = "session RPE {0} where 8 is the cap, in {1} → {2}")
    @CsvSource(textBlock = """
            9.5, kg, hold,          100,      Back squat 5×5 @ 100 kg (RPE ≤ 8)
            7,   kg, increase-load, 102.5,    Back squat 5×5 @ 102.5 kg (RPE ≤ 8)
            9.5, lb, hold,          102.0582, Back squat 5×5 @ 225 lb (RPE ≤ 8)
            7,   lb, increase-load, 104.3262, Back squat 5×5 @ 230 lb (RPE ≤ 8)
            """)
    void aSetCapIsJudgedBySessionRpeWhenTheSetsCarryNone(double rpe, String mass, String decision, double nextKg,
            String text) throws Exception {
        double kg = mass.equals("kg") ? 100 : 102.0582;
        BlockFileBuilder file = new BlockFileBuilder("Capped " + rpe + mass, START, 4)
                .exercise("back-squat", "Back squat", "lower", 2.5);
        for (int week = 1; week <= 4; week++) {
            BlockFileBuilder.lift(file.planned("w" + week, week, "monday", "heavy-strength"), "back-squat", 5, 5, kg,
                    8.0, 2.5);
        }
        BlockFileBuilder.lifted(file.session("w1", START, 60, rpe, "heavy-strength", "w1"), "back-squat", 5, 5, kg);
        JsonNode monday = on(suggest(imported(file, units(mass)), "Capped " + rpe + mass, 2, "2026-11-08"),
                "2026-11-09");
        assertThat(monday.path("decision").asText()).isEqualTo(decision);
        assertThat(monday.path("suggested").path("sets").get(0).path("loadKg").asDouble()).isCloseTo(nextKg,
                within(0.001));
        assertThat(monday.path("suggestedText").asText()).isEqualTo(text);
        assertThat(monday.path("reason").asText()).contains("session RPE");
    }

    @Test
    void aDeloadWeekThePlanDidNotLightenGetsTheDefault() throws Exception {
        BlockFileBuilder file = new BlockFileBuilder("Deload", START, 6).weeks("deloadWeeks", 4)
                .exercise("back-squat", "Back squat", "lower", 2.5);
        for (int week = 1; week <= 6; week++) {
            BlockFileBuilder.lift(file.planned("w" + week, week, "monday", week == 4 ? "deload" : "heavy-strength"),
                    "back-squat", 5, 5, 100, null, 2.5);
        }
        BlockFileBuilder.lifted(file.session("w3", file.day(3, 1), 60, 7.0, "heavy-strength", "w3"), "back-squat", 5,
                5, 100);
        JsonNode json = suggest(imported(file, UnitPreferences.METRIC), "Deload", 4, "2026-11-22");
        assertThat(json.path("weekKind").asText()).isEqualTo("deload");
        JsonNode monday = on(json, "2026-11-23");
        assertThat(monday.path("decision").asText()).isEqualTo("deload");
        assertThat(monday.path("suggestedText").asText()).isEqualTo("Back squat 3×5 @ 90 kg");
        assertThat(monday.path("reason").asText()).contains("the plan does not lighten its lifts")
                .contains("the default deload, 10 % off the 100 kg lifted on 16 Nov and half the sets");
    }

    @Test
    void aTaperThePlanDidNotLightenIsCutToSixtyPercentOfThePeakWeek() throws Exception {
        BlockFileBuilder file = new BlockFileBuilder("Taper", START, 4).weeks("taperWeeks", 3, 4);
        for (int week = 1; week <= 4; week++) {
            BlockFileBuilder.run(file.planned("long" + week, week, "sunday", "long-run"), 16000, null, 2, 0, 1500);
        }
        JsonNode json = suggest(imported(file, UnitPreferences.METRIC), "Taper", 3, "2026-11-15");
        JsonNode sunday = on(json, "2026-11-22");
        assertThat(sunday.path("decision").asText()).isEqualTo("taper");
        assertThat(sunday.path("suggestedText").asText()).isEqualTo("Run 9.6 km in zone 2");
        assertThat(sunday.path("reason").asText()).contains("the default taper, 60 % of 16.0 km in zone 2");
    }

    @Test
    void oneLoggedSessionRaisesNoAcuteChronicAlarm() throws Exception {
        BlockFileBuilder file = tempoBlock("One session", 9);
        JsonNode json = suggest(imported(file, UnitPreferences.METRIC), "One session", 2, "2026-11-08");
        for (JsonNode insight : json.path("insights")) {
            assertThat(insight.path("kind").asText()).isNotEqualTo("acute-chronic");
        }
    }

    @Test
    void aPaceEasedBecauseTheRunFellShortSaysEasePace() throws Exception {
        // A 5 km race in 23:00 (VDOT 42.3, threshold 7:55 /mi); the tempo of 4 mi @ 7:15 /mi was run in 30:20
        // (7:35 /mi), short of its pace: the pace is eased to the ceiling and the label says so.
        BlockFileBuilder file = new BlockFileBuilder("Eased", START, 6);
        for (int week = 1; week <= 6; week++) {
            BlockFileBuilder.run(file.planned("tempo" + week, week, "thursday", "tempo"), 4 * MILE, SEVEN_FIFTEEN,
                    null, 0.03, MILE);
        }
        BlockFileBuilder.ran(file.session("race", LocalDate.of(2026, 10, 31), 30, 9.0, "race", null), 5000, 1380);
        BlockFileBuilder.ran(file.session("tempo1", file.day(1, 4), 35, 7.0, "tempo", "tempo1"), 4 * MILE, 1820);
        JsonNode thursday = on(suggest(imported(file, UnitPreferences.IMPERIAL), "Eased", 2, "2026-11-08"),
                "2026-11-12");
        assertThat(thursday.path("decision").asText()).isEqualTo("ease-pace");
        assertThat(thursday.path("suggestedText").asText()).isEqualTo("Run 4.0 mi @ 7:55 /mi");
    }
}

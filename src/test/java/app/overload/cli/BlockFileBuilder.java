package app.overload.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Block files (docs/block-format.md, version 1.0) written the way a coach or another tool would write them: a
 * block, the exercises it names, its plan and the sessions logged against it, all in kilograms, metres and
 * seconds. Ids are derived from the names given, so a test can point a logged session at a planned one.
 */
final class BlockFileBuilder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode root = JSON.createObjectNode();
    private final ObjectNode block;
    private final ArrayNode exercises;
    private final ArrayNode plan;
    private final ArrayNode sessions;
    private final LocalDate start;
    private final String name;

    BlockFileBuilder(String name, LocalDate start, int weeks) {
        this.name = name;
        this.start = start;
        root.put("format", "overload-block");
        root.put("version", "1.0");
        block = root.putObject("block");
        block.put("id", id("block").toString());
        block.put("name", name);
        ObjectNode goal = block.putObject("goal");
        goal.put("kind", "measurable");
        goal.put("description", "Get better");
        goal.put("target", 1);
        goal.put("higherIsBetter", true);
        block.put("start", start.toString());
        block.put("goalDate", start.plusDays(weeks * 7L - 1).toString());
        block.put("weeks", weeks);
        exercises = root.putArray("exercises");
        plan = root.putArray("plan");
        sessions = root.putArray("sessions");
    }

    /** A lift goal: {@code kg} × {@code reps} of {@code exercise}. */
    BlockFileBuilder liftGoal(String exercise, double kg, int reps) {
        ObjectNode goal = block.putObject("goal");
        goal.put("kind", "strength");
        goal.put("exercise", exercise);
        goal.put("loadKg", kg);
        goal.put("reps", reps);
        return this;
    }

    /** A race goal: {@code metres} of running in {@code seconds}. */
    BlockFileBuilder raceGoal(double metres, double seconds) {
        ObjectNode goal = block.putObject("goal");
        goal.put("kind", "endurance");
        goal.put("modality", "run");
        goal.put("distanceM", metres);
        goal.put("targetTimeS", seconds);
        return this;
    }

    /** The athlete's level at the start: {@code sets} × {@code reps} of {@code exercise} at {@code kg}. */
    BlockFileBuilder liftLevel(String exercise, int sets, int reps, double kg) {
        ArrayNode levels = block.has("currentLevels") ? (ArrayNode) block.get("currentLevels")
                : block.putArray("currentLevels");
        ObjectNode level = levels.addObject();
        level.put("kind", "lift");
        level.put("exercise", exercise);
        level.put("sets", sets);
        level.put("reps", reps);
        level.put("loadKg", kg);
        return this;
    }

    /** The athlete's level at the start: a run of {@code metres} in {@code seconds}. */
    BlockFileBuilder raceLevel(double metres, double seconds) {
        ArrayNode levels = block.has("currentLevels") ? (ArrayNode) block.get("currentLevels")
                : block.putArray("currentLevels");
        ObjectNode level = levels.addObject();
        level.put("kind", "race");
        level.put("modality", "run");
        level.put("distanceM", metres);
        level.put("timeS", seconds);
        return this;
    }

    UUID id(String what) {
        return UUID.nameUUIDFromBytes((name + " " + what).getBytes(StandardCharsets.UTF_8));
    }

    BlockFileBuilder weeks(String field, int... weeks) {
        ArrayNode list = block.putArray(field);
        for (int w : weeks) {
            list.add(w);
        }
        return this;
    }

    BlockFileBuilder exercise(String key, String name, String region, double incrementKg) {
        ObjectNode e = exercises.addObject();
        e.put("key", key);
        e.put("name", name);
        e.put("pattern", "other");
        e.put("region", region);
        e.put("incrementKg", incrementKg);
        e.put("defaultRestS", 180);
        return this;
    }

    /** A planned session; its id is {@code id("plan " + key)}. Returns its prescriptions to fill. */
    ArrayNode planned(String key, int week, String day, String purpose) {
        ObjectNode p = plan.addObject();
        p.put("id", id("plan " + key).toString());
        p.put("week", week);
        p.put("day", day);
        p.put("purpose", purpose);
        p.put("title", "");
        return p.putArray("prescriptions");
    }

    /** {@code sets} × {@code reps} at {@code kg} (RPE cap when not null), linear by {@code incrementKg}. */
    static void lift(ArrayNode prescriptions, String exercise, int sets, int reps, double kg, Double rpeCap,
            double incrementKg) {
        ObjectNode rx = prescriptions.addObject();
        rx.put("kind", "strength");
        rx.put("exercise", exercise);
        ArrayNode list = rx.putArray("sets");
        for (int i = 0; i < sets; i++) {
            ObjectNode s = list.addObject();
            s.put("setKind", "working");
            s.put("reps", reps);
            s.put("loadKg", kg);
            if (rpeCap != null) {
                s.put("rpeCap", rpeCap);
            }
        }
        ObjectNode rule = rx.putObject("rule");
        rule.put("kind", "linear");
        rule.put("incrementKg", incrementKg);
        rule.put("failuresBeforeDeload", 3);
        rule.put("deloadFraction", 0.1);
    }

    /** A run of {@code metres} at a pace (s/km) or in a zone, progressing by pace step and distance step. */
    static void run(ArrayNode prescriptions, double metres, Double paceSPerKm, Integer zone, double paceStep,
            double distanceStepM) {
        ObjectNode rx = prescriptions.addObject();
        rx.put("kind", "endurance");
        rx.put("modality", "run");
        rx.put("distanceM", metres);
        if (paceSPerKm != null) {
            rx.put("paceSPerKm", paceSPerKm);
        }
        if (zone != null) {
            rx.put("zone", zone);
        }
        ObjectNode rule = rx.putObject("rule");
        if (paceStep == 0 && distanceStepM == 0) {
            rule.put("kind", "hold");
        } else {
            rule.put("kind", "endurance");
            rule.put("paceStep", paceStep);
            rule.put("distanceStepM", distanceStepM);
        }
    }

    /** A logged session on {@code day} at 18:00; {@code plannedKey} null for an unplanned one. Returns its entries. */
    ArrayNode session(String key, LocalDate day, int minutes, Double rpe, String purpose, String plannedKey) {
        ObjectNode s = sessions.addObject();
        s.put("id", id("session " + key).toString());
        s.put("start", day.atTime(18, 0).toString());
        s.put("durationS", minutes * 60);
        if (rpe != null) {
            s.put("rpe", rpe);
        }
        s.put("purpose", purpose);
        if (plannedKey != null) {
            s.put("plannedSession", id("plan " + plannedKey).toString());
        }
        return s.putArray("entries");
    }

    /** {@code sets} × {@code reps} at {@code kg}, without set RPE. */
    static void lifted(ArrayNode entries, String exercise, int sets, int reps, double kg) {
        ObjectNode e = entries.addObject();
        e.put("kind", "strength");
        e.put("exercise", exercise);
        ArrayNode list = e.putArray("sets");
        for (int i = 0; i < sets; i++) {
            ObjectNode s = list.addObject();
            s.put("setKind", "working");
            s.put("reps", reps);
            s.put("loadKg", kg);
            s.put("restS", 180);
        }
    }

    static void ran(ArrayNode entries, double metres, double seconds) {
        ObjectNode e = entries.addObject();
        e.put("kind", "endurance");
        e.put("modality", "run");
        e.put("distanceM", metres);
        e.put("durationS", seconds);
    }

    LocalDate day(int week, int dayOfWeek) {
        return start.plusDays(7L * (week - 1) + dayOfWeek - 1);
    }

    Path write(Path dir) {
        try {
            Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9]+", "-") + ".json");
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package app.overload.exchange.fit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import app.overload.exchange.fit.FitWriter.Field;
import app.overload.exchange.fit.WorkoutStep.ByDistance;
import app.overload.exchange.fit.WorkoutStep.ByTime;
import app.overload.exchange.fit.WorkoutStep.Single;

/**
 * Writes a {@link FitWorkout} as a FIT workout file a watch can follow: file_id (type workout), one workout message
 * and one workout_step message per step, a repeat being a step that sends the watch back to the first step of its
 * group. Copied to a Garmin watch's NewFiles folder (or sent by the maker's app) it appears among its workouts.
 */
public final class FitWorkoutEncoder {

    /** Watches show a few words; longer names are cut (at a character boundary) to this many UTF-8 bytes. */
    static final int MAX_NAME_BYTES = 48;

    private static final int DURATION_TIME = 0;
    private static final int DURATION_DISTANCE = 1;
    private static final int DURATION_OPEN = 5;
    private static final int DURATION_REPEAT = 6;
    private static final int TARGET_SPEED = 0;
    private static final int TARGET_HEART_RATE = 1;
    private static final int TARGET_OPEN = 2;
    /** A custom heart-rate target above 100 is beats per minute plus 100; 0–100 would be % of maximum. */
    private static final int HEART_RATE_OFFSET = 100;

    private FitWorkoutEncoder() {
    }

    /**
     * @param created the file's creation time (FIT time_created), whole seconds
     */
    public static void write(FitWorkout workout, Instant created, OutputStream out) throws IOException {
        List<Object[]> steps = new ArrayList<>();
        for (WorkoutStep step : workout.steps()) {
            if (step instanceof Single single) {
                steps.add(single(steps.size(), single));
            } else if (step instanceof WorkoutStep.Repeat repeat) {
                int first = steps.size();
                for (Single single : repeat.steps()) {
                    steps.add(single(steps.size(), single));
                }
                steps.add(new Object[] {steps.size(), null, DURATION_REPEAT, (long) first, TARGET_OPEN,
                        (long) repeat.times(), null, null, WorkoutStep.Kind.WORK.fit});
            }
        }
        String name = cut(workout.name());
        int stepNameSize = 1;
        for (Object[] step : steps) {
            if (step[1] != null) {
                stepNameSize = Math.max(stepNameSize, ((String) step[1]).getBytes(StandardCharsets.UTF_8).length + 1);
            }
        }
        FitWriter fit = new FitWriter();
        fit.define(0, FitProfile.FILE_ID, Field.of(0, BaseType.ENUM), // type
                Field.of(1, BaseType.UINT16), // manufacturer
                Field.of(2, BaseType.UINT16), // product
                Field.of(3, BaseType.UINT32Z), // serial_number
                Field.of(4, BaseType.UINT32)); // time_created
        fit.message(0, FitProfile.FILE_WORKOUT, FitProfile.MANUFACTURER_DEVELOPMENT, 0, workout.serialNumber(),
                FitProfile.fitSeconds(created));
        fit.define(1, FitProfile.WORKOUT,
                new Field(8, BaseType.STRING, name.getBytes(StandardCharsets.UTF_8).length + 1), // wkt_name
                Field.of(4, BaseType.ENUM), // sport
                Field.of(11, BaseType.ENUM), // sub_sport
                Field.of(6, BaseType.UINT16)); // num_valid_steps
        fit.message(1, name, workout.sport(), 0, steps.size());
        fit.define(2, FitProfile.WORKOUT_STEP, Field.of(FitProfile.MESSAGE_INDEX, BaseType.UINT16),
                new Field(0, BaseType.STRING, stepNameSize), // wkt_step_name
                Field.of(1, BaseType.ENUM), // duration_type
                Field.of(2, BaseType.UINT32), // duration_value
                Field.of(3, BaseType.ENUM), // target_type
                Field.of(4, BaseType.UINT32), // target_value
                Field.of(5, BaseType.UINT32), // custom_target_value_low
                Field.of(6, BaseType.UINT32), // custom_target_value_high
                Field.of(7, BaseType.ENUM)); // intensity
        for (Object[] step : steps) {
            fit.message(2, step);
        }
        fit.writeTo(out);
    }

    /** The file's bytes. */
    public static byte[] encode(FitWorkout workout, Instant created) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try {
            write(workout, created, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return out.toByteArray();
    }

    /** message_index, name, duration type and value, target type, value, low and high, intensity. */
    private static Object[] single(int index, Single step) {
        int durationType;
        Long durationValue;
        if (step.length() instanceof ByTime t) {
            durationType = DURATION_TIME;
            durationValue = t.time().toMillis();
        } else if (step.length() instanceof ByDistance d) {
            durationType = DURATION_DISTANCE;
            durationValue = Math.round(d.distance().metres() * 100);
        } else {
            durationType = DURATION_OPEN;
            durationValue = null;
        }
        int targetType = TARGET_OPEN;
        Long value = null;
        Long low = null;
        Long high = null;
        if (step.target() instanceof WorkoutStep.Speed s) {
            targetType = TARGET_SPEED;
            value = 0L; // 0: the custom range below, not one of the watch's speed zones
            low = Math.round(s.low() * 1000);
            high = Math.round(s.high() * 1000);
        } else if (step.target() instanceof WorkoutStep.HeartRateZone z) {
            targetType = TARGET_HEART_RATE;
            value = (long) z.zone();
        } else if (step.target() instanceof WorkoutStep.HeartRateRange r) {
            targetType = TARGET_HEART_RATE;
            value = 0L;
            low = (long) r.low() + HEART_RATE_OFFSET;
            high = (long) r.high() + HEART_RATE_OFFSET;
        }
        return new Object[] {index, step.name().isEmpty() ? null : cut(step.name()), durationType, durationValue,
                targetType, value, low, high, step.kind().fit};
    }

    /** At most {@link #MAX_NAME_BYTES} bytes of UTF-8, never half a character. */
    static String cut(String text) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
            return text;
        }
        int end = 0;
        int bytes = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > MAX_NAME_BYTES - 3) { // room for the ellipsis (3 bytes)
                break;
            }
            bytes += size;
            end += Character.charCount(cp);
        }
        return text.substring(0, end) + "…";
    }
}

package app.overload.exchange.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.Distance;
import app.overload.domain.Modality;
import app.overload.exchange.fit.WorkoutStep.ByDistance;
import app.overload.exchange.fit.WorkoutStep.ByTime;
import app.overload.exchange.fit.WorkoutStep.Kind;
import app.overload.exchange.fit.WorkoutStep.Single;
import app.overload.exchange.fit.WorkoutStep.UntilLap;
import com.garmin.fit.File;
import com.garmin.fit.FitMessages;
import com.garmin.fit.Intensity;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.Sport;
import com.garmin.fit.WktStepDuration;
import com.garmin.fit.WktStepTarget;
import com.garmin.fit.WorkoutStepMesg;
import org.junit.jupiter.api.Test;

/** Workout files as Garmin's SDK reads them: what a watch will follow. */
class FitWorkoutEncoderTest {

    private static final Instant CREATED = Instant.parse("2026-12-06T18:30:00Z");

    private static final FitWorkout INTERVALS = new FitWorkout("Track 4 × 1 km", Modality.RUN, 123_456L, List.of(
            new Single("Warm up", Kind.WARM_UP, new UntilLap(), new WorkoutStep.Open()),
            new WorkoutStep.Repeat(4, List.of(
                    new Single("1 km hard", Kind.WORK, new ByDistance(Distance.kilometres(1)),
                            new WorkoutStep.Speed(3.5, 3.7)),
                    new Single("Jog", Kind.RECOVERY, new ByTime(Duration.ofSeconds(90)), new WorkoutStep.Open()))),
            new Single("Steady", Kind.WORK, new ByTime(Duration.ofMinutes(10)), new WorkoutStep.HeartRateZone(2)),
            new Single("", Kind.WORK, new ByTime(Duration.ofMinutes(5)), new WorkoutStep.HeartRateRange(140, 150)),
            new Single("Cool down", Kind.COOL_DOWN, new UntilLap(), new WorkoutStep.Open())), 0);

    @Test
    void garminsDecoderReadsTheWorkoutAndEveryStep() {
        byte[] bytes = FitWorkoutEncoder.encode(INTERVALS, CREATED);

        assertThat(GarminReading.intact(bytes)).isTrue();
        FitMessages fit = GarminReading.of(bytes);
        assertThat(fit.getFileIdMesgs()).singleElement().satisfies(id -> {
            assertThat(id.getType()).isEqualTo(File.WORKOUT);
            assertThat(id.getManufacturer()).isEqualTo(Manufacturer.DEVELOPMENT);
            assertThat(id.getSerialNumber()).isEqualTo(123_456L);
            assertThat(id.getTimeCreated().getInstant()).isEqualTo(CREATED);
        });
        assertThat(fit.getWorkoutMesgs()).singleElement().satisfies(w -> {
            assertThat(w.getWktName()).isEqualTo("Track 4 × 1 km");
            assertThat(w.getSport()).isEqualTo(Sport.RUNNING);
            assertThat(w.getNumValidSteps()).isEqualTo(7);
        });
        List<WorkoutStepMesg> steps = fit.getWorkoutStepMesgs();
        assertThat(steps).extracting(WorkoutStepMesg::getMessageIndex).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(steps).extracting(WorkoutStepMesg::getIntensity).containsExactly(Intensity.WARMUP,
                Intensity.ACTIVE, Intensity.RECOVERY, Intensity.ACTIVE, Intensity.ACTIVE, Intensity.ACTIVE,
                Intensity.COOLDOWN);
        assertThat(steps).extracting(WorkoutStepMesg::getDurationType).containsExactly(WktStepDuration.OPEN,
                WktStepDuration.DISTANCE, WktStepDuration.TIME, WktStepDuration.REPEAT_UNTIL_STEPS_CMPLT,
                WktStepDuration.TIME, WktStepDuration.TIME, WktStepDuration.OPEN);

        WorkoutStepMesg work = steps.get(1);
        assertThat(work.getWktStepName()).isEqualTo("1 km hard");
        assertThat(work.getDurationDistance()).isEqualTo(1000f);
        assertThat(work.getTargetType()).isEqualTo(WktStepTarget.SPEED);
        assertThat(work.getTargetSpeedZone()).isZero();
        assertThat(work.getCustomTargetSpeedLow()).isCloseTo(3.5f, within(1e-3f));
        assertThat(work.getCustomTargetSpeedHigh()).isCloseTo(3.7f, within(1e-3f));
        assertThat(steps.get(2).getDurationTime()).isEqualTo(90f);
        assertThat(steps.get(2).getTargetType()).isEqualTo(WktStepTarget.OPEN);

        WorkoutStepMesg repeat = steps.get(3);
        assertThat(repeat.getDurationStep()).as("back to the first step of the group").isEqualTo(1L);
        assertThat(repeat.getRepeatSteps()).as("done four times in all").isEqualTo(4L);

        assertThat(steps.get(4).getTargetType()).isEqualTo(WktStepTarget.HEART_RATE);
        assertThat(steps.get(4).getTargetHrZone()).isEqualTo(2L);
        assertThat(steps.get(5).getTargetHrZone()).isZero();
        assertThat(steps.get(5).getCustomTargetHeartRateLow()).as("bpm + 100").isEqualTo(240L);
        assertThat(steps.get(5).getCustomTargetHeartRateHigh()).isEqualTo(250L);
        assertThat(steps.get(5).getWktStepName()).isNull();
    }

    @Test
    void ourDecoderReadsWhatTheEncoderWrites() throws Exception {
        byte[] bytes = FitWorkoutEncoder.encode(INTERVALS, CREATED);
        List<Integer> messages = new ArrayList<>();
        List<String> names = new ArrayList<>();

        FitDecoder.decode(bytes, m -> {
            messages.add(m.global());
            if (m.global() == FitProfile.WORKOUT_STEP) {
                names.add(m.text(0));
            }
        });

        assertThat(messages).containsExactly(0, 26, 27, 27, 27, 27, 27, 27, 27);
        assertThat(names).containsExactly("Warm up", "1 km hard", "Jog", "", "Steady", "", "Cool down");
    }

    @Test
    void theSameWorkoutGivesTheSameBytes() {
        assertThat(FitWorkoutEncoder.encode(INTERVALS, CREATED)).isEqualTo(FitWorkoutEncoder.encode(INTERVALS,
                CREATED));
    }

    @Test
    void longNamesAreCutAtACharacterNotInsideOne() {
        String name = "Séance de fractionné sur piste — 10 × 400 m à l’allure 5 km";

        String cut = FitWorkoutEncoder.cut(name);

        assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FitWorkoutEncoder.MAX_NAME_BYTES);
        assertThat(cut).endsWith("…");
        assertThat(name).startsWith(cut.substring(0, cut.length() - 1));
        FitWorkout workout = new FitWorkout(name, Modality.RIDE, 9L, List.of(new Single(name, Kind.WORK,
                new ByTime(Duration.ofHours(1)), new WorkoutStep.Open())), 0);
        FitMessages fit = GarminReading.of(FitWorkoutEncoder.encode(workout, CREATED));
        assertThat(fit.getWorkoutMesgs().get(0).getWktName()).isEqualTo(cut);
        assertThat(fit.getWorkoutMesgs().get(0).getSport()).isEqualTo(Sport.CYCLING);
        assertThat(fit.getWorkoutStepMesgs().get(0).getWktStepName()).isEqualTo(cut);
    }
}

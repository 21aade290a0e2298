package app.overload.exchange.history;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.Distance;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.HeartRateHistogram;
import app.overload.domain.Interval;
import app.overload.domain.Modality;
import app.overload.domain.Workout;

/**
 * One recorded activity (a GPX track, a TCX or FIT activity) on its way to a workout with one endurance entry.
 * Values the file states (distance, duration, ascent) win over those computed from the points.
 */
final class ActivityDraft {

    final Track track = new Track();
    final List<Interval> laps = new ArrayList<>();
    Modality modality;
    String name = "";
    Instant start;
    Double statedDistance;
    Duration statedDuration;
    Double statedAscent;
    Integer statedHeartRate;
    Integer statedMaxHeartRate;
    /** Where the activity begins in its file, for a problem that has to name it; 0 for FIT, which has no lines. */
    long firstLine;

    /**
     * The workout, labelled with the file's activity name or else its modality. Times are UTC in every format and
     * become the wall-clock time of {@code zone}.
     *
     * @throws app.overload.domain.InvalidValueException when the domain refuses a value (an impossible pace)
     * @throws IllegalStateException when the activity has no time at all
     */
    Workout build(ZoneId zone) {
        Instant begin = begin();
        if (begin == null) {
            throw new IllegalStateException("The activity has no time stamps, so its date is unknown.");
        }
        Duration duration = statedDuration != null && !statedDuration.isZero() ? statedDuration
                : track.first() != null ? Duration.between(track.first(), track.last()) : Duration.ZERO;
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalStateException("The activity lasts no time (a single point or no times).");
        }
        double metres = statedDistance != null && statedDistance > 0 ? statedDistance : track.distanceMetres();
        Double ascent = statedAscent != null ? statedAscent : track.elevationGain();
        HeartRateHistogram recording = track.recording();
        Integer heartRate = statedHeartRate != null ? statedHeartRate : track.averageHeartRate() != null
                ? track.averageHeartRate() : recording == null ? null : recording.average();
        Integer max = highest(heartRate, recording);
        Modality kind = modality != null ? modality : Modalities.named(name).orElse(Modality.OTHER);
        EnduranceEntry entry = new EnduranceEntry(kind, metres > 0 ? Distance.metres(round(metres)) : null,
                duration, heartRate, ascent == null ? null : Distance.metres(Math.round(ascent)),
                laps.size() > 1 ? laps : List.of(), "", max, recording);
        String label = Texts.name(name).isEmpty() ? kind.label() : Texts.name(name);
        return new Workout(StableIds.activity(begin), LocalDateTime.ofInstant(begin, zone), duration, null, "",
                List.of(entry), label);
    }

    /**
     * The maximum as the device stated it, else the highest point; never below the average, which a device's own
     * figures (averaged over moving time) can be.
     */
    private Integer highest(Integer average, HeartRateHistogram recording) {
        Integer max = statedMaxHeartRate != null ? statedMaxHeartRate : track.highestHeartRate();
        if (max == null && recording != null) {
            max = recording.highest();
        }
        return max != null && average != null && max < average ? null : max;
    }

    /** This activity as a problem names it (see {@link Problems#session}), its start in {@code zone}'s time. */
    String named(ZoneId zone) {
        Instant begin = begin();
        return Problems.session(true, begin == null ? null : LocalDateTime.ofInstant(begin, zone), firstLine);
    }

    private Instant begin() {
        return start != null ? start : track.first();
    }

    /** Adds a lap when it has a distance or a time; a lap with neither says nothing. */
    void lap(Double metres, Duration time) {
        boolean hasDistance = metres != null && metres > 0;
        boolean hasTime = time != null && !time.isZero() && !time.isNegative();
        if (hasDistance || hasTime) {
            laps.add(new Interval(1, hasDistance ? Distance.metres(round(metres)) : null, hasTime ? time : null,
                    null, null));
        }
    }

    /** GPS times: ISO with an offset or Z, as the formats require; a time without one is taken as UTC. */
    static Instant instant(String text) {
        String s = text.strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        }
    }

    private static double round(double metres) {
        return Math.round(metres * 10) / 10.0;
    }
}

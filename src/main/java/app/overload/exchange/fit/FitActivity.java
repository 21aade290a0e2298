package app.overload.exchange.fit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a FIT activity file holds for a logbook: its sessions (one, or one per leg of a multisport activity), laps
 * and records, and the devices that made it. Chained FIT files in one stream are read as one activity.
 *
 * @param fileType the file_id type (4 activity, 5 workout, 6 course…), or null when the file does not say
 * @param creator  the device that wrote the file (file_id), or null when the file has no file_id
 * @param devices  the device_info messages: the watch itself and sensors that took part
 * @param records  in file order, only those with a time
 */
public record FitActivity(Integer fileType, FitDevice creator, List<FitDevice> devices, List<FitSession> sessions,
        List<FitLap> laps, List<FitRecord> records) {

    public FitActivity {
        devices = List.copyOf(devices);
        sessions = List.copyOf(sessions);
        laps = List.copyOf(laps);
        records = List.copyOf(records);
    }

    /** True when the file says it is an activity, or does not say what it is. */
    public boolean isActivityFile() {
        return fileType == null || fileType == FitProfile.FILE_ACTIVITY;
    }

    /** More than one session: a triathlon, a duathlon, or any activity recorded as legs of several sports. */
    public boolean isMultisport() {
        return sessions.size() > 1;
    }

    /** The records from the session's start to its end, both included; all of them when either is unknown. */
    public List<FitRecord> records(FitSession session) {
        Instant from = session.start();
        Instant to = session.computedEnd();
        if (from == null || to == null) {
            return records;
        }
        List<FitRecord> in = new ArrayList<>();
        for (FitRecord r : records) {
            if (!r.time().isBefore(from) && !r.time().isAfter(to)) {
                in.add(r);
            }
        }
        return in;
    }

    /**
     * The session's laps: those its first lap index and lap count name, as devices write them; failing that, the
     * laps that start inside it (one starting at its very end belongs to the next leg), and all laps when the
     * session's times are unknown too.
     */
    public List<FitLap> laps(FitSession session) {
        Integer first = session.firstLap();
        Integer count = session.lapCount();
        if (first != null && count != null && first >= 0 && count > 0 && first + count <= laps.size()) {
            return laps.subList(first, first + count);
        }
        Instant from = session.start();
        Instant to = session.computedEnd();
        if (from == null || to == null) {
            return laps;
        }
        List<FitLap> in = new ArrayList<>();
        for (FitLap lap : laps) {
            if (lap.start() == null || (!lap.start().isBefore(from) && lap.start().isBefore(to))) {
                in.add(lap);
            }
        }
        return in;
    }

    /** Every heart rate the records hold, in file order (zero, which some straps send when they lose contact, left out). */
    public List<HeartRateSample> heartRate() {
        return heartRate(records);
    }

    /** The heart rates recorded during one session. */
    public List<HeartRateSample> heartRate(FitSession session) {
        return heartRate(records(session));
    }

    private static List<HeartRateSample> heartRate(List<FitRecord> records) {
        List<HeartRateSample> samples = new ArrayList<>();
        for (FitRecord r : records) {
            if (r.heartRate() != null && r.heartRate() > 0) {
                samples.add(new HeartRateSample(r.time(), r.heartRate()));
            }
        }
        return samples;
    }
}

package app.overload.exchange.history;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.overload.domain.InvalidValueException;
import app.overload.domain.Modality;
import app.overload.domain.Workout;
import app.overload.exchange.fit.FitActivity;
import app.overload.exchange.fit.FitActivityReader;
import app.overload.exchange.fit.FitFormatException;
import app.overload.exchange.fit.FitLap;
import app.overload.exchange.fit.FitProfile;
import app.overload.exchange.fit.FitRecord;
import app.overload.exchange.fit.FitSession;
import app.overload.exchange.fit.FitSport;

/**
 * Reads FIT activity files with Overload's own decoder ({@link FitActivityReader}). Each session message becomes a
 * workout with the totals the device computed, and the laps inside it become intervals; a multisport file gives one
 * workout per leg, named as a leg ("Triathlon — bike leg"). A file with records but no session (a watch that died
 * mid-run) is summed from its records. A damaged file gives no workout at all, and the byte where it breaks.
 */
final class FitParser {

    private FitParser() {
    }

    static ParsedHistory parse(String file, InputStream in, ZoneId zone) throws IOException {
        FitActivity activity;
        try {
            activity = FitActivityReader.read(in);
        } catch (FitFormatException e) {
            return new ParsedHistory(file, HistoryFormat.FIT, List.of(), Map.of(), List.of(new Problem(file,
                    "byte " + e.position(), "The FIT file is damaged: " + e.reason() + ". Nothing was imported from "
                            + "it.")), "");
        }
        List<Problem> problems = new ArrayList<>();
        List<Workout> workouts = new ArrayList<>();
        List<FitSession> sessions = activity.sessions();
        if (sessions.isEmpty()) {
            ActivityDraft records = fromRecords(activity.records());
            if (records.track.points() > 0) {
                add(file, records, zone, workouts, problems);
            }
        }
        List<String> legs = activity.isMultisport() ? MultisportLegs.names(sessions) : List.of();
        for (int i = 0; i < sessions.size(); i++) {
            ActivityDraft draft;
            try {
                draft = fromSession(sessions.get(i), activity);
            } catch (InvalidValueException e) { // a lap the domain refuses: an interval of 900 hours
                problems.add(Problem.wholeFile(file, "An activity was left out: " + e.getMessage()));
                continue;
            }
            if (!legs.isEmpty()) {
                draft.name = legs.get(i);
                if (draft.modality == null) {
                    draft.modality = Modality.OTHER; // a transition: its name must not be read as a sport
                }
            }
            add(file, draft, zone, workouts, problems);
        }
        if (workouts.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.wholeFile(file, activity.isActivityFile()
                    ? "The FIT file holds no activity (no session and no records)."
                    : "The FIT file is " + kind(activity.fileType()) + ", not a recorded activity."));
        }
        return new ParsedHistory(file, HistoryFormat.FIT, workouts, Map.of(), problems, "");
    }

    private static String kind(int fileType) {
        switch (fileType) {
            case FitProfile.FILE_WORKOUT: return "a planned workout";
            case FitProfile.FILE_COURSE: return "a course (a route to follow)";
            case 1: return "a device description";
            case 2: case 3: return "a device's settings";
            case 9: return "a weight scale's readings";
            case 15: case 28: case 32: return "a day's monitoring (steps, heart rate)";
            default: return "of FIT file type " + fileType;
        }
    }

    private static void add(String file, ActivityDraft draft, ZoneId zone, List<Workout> workouts,
            List<Problem> problems) {
        if (draft.start == null && draft.track.points() == 0) {
            problems.add(Problem.wholeFile(file, "An activity was left out: it has no date (its times are missing, "
                    + "or count from when the device was switched on)."));
            return;
        }
        try {
            workouts.add(draft.build(zone));
        } catch (InvalidValueException | IllegalStateException e) {
            problems.add(Problem.wholeFile(file, "An activity was left out: " + e.getMessage()));
        }
    }

    private static ActivityDraft fromSession(FitSession s, FitActivity activity) {
        ActivityDraft draft = fromRecords(activity.records(s));
        draft.start = s.start();
        draft.statedDuration = s.elapsed() != null ? s.elapsed() : s.timer();
        if (s.distance() != null) {
            draft.statedDistance = s.distance();
        }
        draft.statedAscent = s.ascent() == null ? null : (double) s.ascent();
        // some devices without a heart-rate sensor write 0; the records' own values are checked the same way
        Integer heartRate = s.averageHeartRate();
        draft.statedHeartRate = heartRate != null && heartRate >= 25 && heartRate <= 250 ? heartRate : null;
        Integer max = s.maxHeartRate();
        draft.statedMaxHeartRate = max != null && max >= 25 && max <= 250 ? max : null;
        FitSport.modality(s.sport(), s.subSport()).ifPresent(m -> draft.modality = m);
        for (FitLap lap : activity.laps(s)) {
            Duration time = lap.timer() != null ? lap.timer() : lap.elapsed();
            draft.lap(lap.distance(), time);
        }
        return draft;
    }

    private static ActivityDraft fromRecords(List<FitRecord> records) {
        ActivityDraft draft = new ActivityDraft();
        double lastDistance = 0;
        for (FitRecord r : records) {
            draft.track.time(r.time());
            draft.track.countPoint();
            if (r.latitude() != null) {
                draft.track.position(r.latitude(), r.longitude());
            }
            if (r.altitude() != null) {
                draft.track.elevation(r.altitude());
            }
            if (r.heartRate() != null) {
                draft.track.heartRate(r.heartRate());
            }
            draft.track.sample(r.time(), r.heartRate());
            if (r.distance() != null) {
                lastDistance = Math.max(lastDistance, r.distance());
            }
        }
        if (lastDistance > draft.track.distanceMetres()) {
            draft.statedDistance = lastDistance; // the device's wheel or foot-pod distance beats no GPS
        }
        return draft;
    }
}

package app.overload.exchange.history;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.garmin.fit.DateTime;
import com.garmin.fit.Decode;
import com.garmin.fit.FitDecoder;
import com.garmin.fit.FitMessages;
import com.garmin.fit.LapMesg;
import com.garmin.fit.RecordMesg;
import com.garmin.fit.SessionMesg;

import app.overload.domain.InvalidValueException;
import app.overload.domain.Workout;

/**
 * Reads FIT activity files with Garmin's FIT SDK. Each session message (a multisport file has several) becomes
 * a workout with the totals the device computed; laps inside the session become intervals. A file with records
 * but no session (a watch that died mid-run) is summed from its records.
 *
 * <p>The only class that touches the SDK, so it can be replaced if the SDK's licence ever rules it out.
 */
final class FitParser {

    private static final double DEGREES_PER_SEMICIRCLE = 180.0 / 2_147_483_648.0;

    private FitParser() {
    }

    static ParsedHistory parse(String file, InputStream in, ZoneId zone) throws IOException {
        byte[] bytes = in.readAllBytes();
        FitMessages messages;
        try {
            if (!new Decode().checkFileIntegrity(new ByteArrayInputStream(bytes))) {
                return ParsedHistory.unreadable(file, HistoryFormat.FIT,
                        "The FIT file is damaged (cut short or its checksum does not match).");
            }
            messages = new FitDecoder().decode(new ByteArrayInputStream(bytes));
        } catch (RuntimeException e) {
            return ParsedHistory.unreadable(file, HistoryFormat.FIT, "The FIT file is damaged ("
                    + Texts.shorten(String.valueOf(e.getMessage())) + ").");
        } catch (LinkageError e) {
            return ParsedHistory.unreadable(file, HistoryFormat.FIT, "Reading FIT files needs Garmin's FIT SDK, which "
                    + "overload.jar does not include because of its licence. Start Overload with mvn javafx:run, or "
                    + "put Garmin's fit jar on the class path.");
        }
        List<Problem> problems = new ArrayList<>();
        List<Workout> workouts = new ArrayList<>();
        List<SessionMesg> sessions = messages.getSessionMesgs();
        if (sessions.isEmpty()) {
            add(file, fromRecords(messages.getRecordMesgs(), null, null), zone, workouts, problems);
        }
        for (int i = 0; i < sessions.size(); i++) {
            add(file, fromSession(sessions.get(i), messages), zone, workouts, problems);
        }
        if (workouts.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.wholeFile(file, "The FIT file holds no activity (no session and no records)."));
        }
        return new ParsedHistory(file, HistoryFormat.FIT, workouts, Map.of(), problems, "");
    }

    private static void add(String file, ActivityDraft draft, ZoneId zone, List<Workout> workouts,
            List<Problem> problems) {
        if (draft.start == null && draft.track.points() == 0) {
            return;
        }
        try {
            workouts.add(draft.build(zone));
        } catch (InvalidValueException | IllegalStateException e) {
            problems.add(Problem.wholeFile(file, "An activity was left out: " + e.getMessage()));
        }
    }

    private static ActivityDraft fromSession(SessionMesg s, FitMessages messages) {
        Instant start = instant(s.getStartTime());
        Float elapsed = s.getTotalElapsedTime() != null ? s.getTotalElapsedTime() : s.getTotalTimerTime();
        Instant end = start != null && elapsed != null ? start.plusMillis(Math.round(elapsed * 1000.0)) : null;
        ActivityDraft draft = fromRecords(messages.getRecordMesgs(), start, end);
        draft.start = start;
        draft.statedDuration = seconds(elapsed);
        if (s.getTotalDistance() != null) {
            draft.statedDistance = (double) s.getTotalDistance();
        }
        draft.statedAscent = s.getTotalAscent() == null ? null : (double) s.getTotalAscent();
        draft.statedHeartRate = s.getAvgHeartRate() == null ? null : (int) s.getAvgHeartRate();
        String sport = (s.getSport() == null ? "" : s.getSport().name()) + " "
                + (s.getSubSport() == null ? "" : s.getSubSport().name());
        Modalities.named(sport).ifPresent(m -> draft.modality = m);
        for (LapMesg lap : messages.getLapMesgs()) {
            Instant lapStart = instant(lap.getStartTime());
            if (lapStart == null || within(lapStart, start, end)) {
                Float time = lap.getTotalTimerTime() != null ? lap.getTotalTimerTime() : lap.getTotalElapsedTime();
                draft.lap(lap.getTotalDistance() == null ? null : (double) lap.getTotalDistance(), seconds(time));
            }
        }
        return draft;
    }

    /** Sums the records between {@code from} and {@code to} (all of them when either is null). */
    private static ActivityDraft fromRecords(List<RecordMesg> records, Instant from, Instant to) {
        ActivityDraft draft = new ActivityDraft();
        double lastDistance = 0;
        for (RecordMesg r : records) {
            Instant t = instant(r.getTimestamp());
            if (t == null || (from != null && to != null && !within(t, from, to))) {
                continue;
            }
            draft.track.time(t);
            draft.track.countPoint();
            if (r.getPositionLat() != null && r.getPositionLong() != null) {
                draft.track.position(r.getPositionLat() * DEGREES_PER_SEMICIRCLE,
                        r.getPositionLong() * DEGREES_PER_SEMICIRCLE);
            }
            Float altitude = r.getEnhancedAltitude() != null ? r.getEnhancedAltitude() : r.getAltitude();
            if (altitude != null) {
                draft.track.elevation(altitude);
            }
            if (r.getHeartRate() != null) {
                draft.track.heartRate(r.getHeartRate());
            }
            if (r.getDistance() != null) {
                lastDistance = Math.max(lastDistance, r.getDistance());
            }
        }
        if (lastDistance > draft.track.distanceMetres()) {
            draft.statedDistance = lastDistance; // the device's wheel or foot-pod distance beats no GPS
        }
        return draft;
    }

    private static boolean within(Instant t, Instant from, Instant to) {
        return from == null || to == null || (!t.isBefore(from) && !t.isAfter(to));
    }

    private static Instant instant(DateTime time) {
        return time == null ? null : time.getInstant();
    }

    private static Duration seconds(Float value) {
        return value == null || !Float.isFinite(value) || value <= 0 ? null
                : Duration.ofMillis(Math.round(value * 1000.0));
    }
}

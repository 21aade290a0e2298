package app.overload.exchange.history;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import app.overload.domain.InvalidValueException;

/**
 * Reads Garmin Training Center (TCX) activities with StAX. Each {@code <Activity>} becomes a workout, its laps
 * intervals. Devices without GPS or a foot pod leave out {@code DistanceMeters}; a lap's distance then comes from
 * its track points, by position or by the points' own running distance.
 */
final class TcxParser extends XmlActivityParser {

    private final Deque<String> path = new ArrayDeque<>();
    private int pointNumber;
    // the lap being read
    private Double lapDistance;
    private Duration lapTime;
    private double lapTrackStart;
    private Double lapFirstPointDistance;
    private Double lapLastPointDistance;
    private double totalDistance;
    private Duration totalTime = Duration.ZERO;
    /** The time and heart rate of the point being read, paired when it ends. */
    private Instant pointTime;
    private Integer pointHeartRate;
    private Double pointLat;
    private Double pointLon;

    private TcxParser(String file, ZoneId zone) {
        super(file, zone);
    }

    static ParsedHistory parse(String file, InputStream in, ZoneId zone) {
        return new TcxParser(file, zone).run(in);
    }

    @Override
    HistoryFormat format() {
        return HistoryFormat.TCX;
    }

    @Override
    String root() {
        return "TrainingCenterDatabase";
    }

    @Override
    public void start(XMLStreamReader r) throws XMLStreamException {
        String name = r.getLocalName();
        String parent = path.isEmpty() ? "" : path.peek();
        path.push(name);
        switch (name) {
            case "Activity" -> {
                draft = new ActivityDraft();
                draft.firstLine = line;
                totalDistance = 0;
                totalTime = Duration.ZERO;
                Modalities.named(r.getAttributeValue(null, "Sport")).ifPresent(m -> draft.modality = m);
            }
            case "Lap" -> {
                if (draft != null) {
                    startLap(r.getAttributeValue(null, "StartTime"));
                }
            }
            case "Trackpoint" -> {
                pointNumber++;
                pointLat = null;
                pointLon = null;
                pointTime = null;
                pointHeartRate = null;
            }
            default -> {
                if (draft != null) {
                    value(r, name, parent);
                }
            }
        }
    }

    /** Elements with text; getElementText consumes their end tag, so they leave the path here. */
    private void value(XMLStreamReader r, String name, String parent) throws XMLStreamException {
        boolean wanted = switch (name) {
            case "Id", "TotalTimeSeconds", "DistanceMeters", "Time", "LatitudeDegrees", "LongitudeDegrees",
                    "AltitudeMeters" -> true;
            case "Value" -> parent.equals("HeartRateBpm");
            default -> false;
        };
        if (!wanted) {
            return;
        }
        String text = XmlInput.text(r);
        path.pop();
        try {
            switch (name) {
                case "Id" -> draft.start = instant(text);
                case "TotalTimeSeconds" -> lapTime = Duration.ofMillis(Math.round(Double.parseDouble(text) * 1000));
                case "DistanceMeters" -> distance(parent, Double.parseDouble(text));
                case "Time" -> {
                    Instant time = instant(text);
                    draft.track.time(time);
                    if (parent.equals("Trackpoint")) {
                        pointTime = time;
                    }
                }
                case "LatitudeDegrees" -> pointLat = Double.parseDouble(text);
                case "LongitudeDegrees" -> pointLon = Double.parseDouble(text);
                case "AltitudeMeters" -> draft.track.elevation(finite(Double.parseDouble(text)));
                case "Value" -> {
                    int bpm = (int) Math.round(Double.parseDouble(text));
                    draft.track.heartRate(bpm);
                    pointHeartRate = bpm;
                }
                default -> { }
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            problems.add(new Problem(file, "point " + pointNumber + " (line " + line + ")", "The value \""
                    + Texts.shorten(text) + "\" of <" + name + "> is not readable and was ignored."));
        }
    }

    private void distance(String parent, double metres) {
        finite(metres);
        if (parent.equals("Lap")) {
            lapDistance = metres;
        } else if (parent.equals("Trackpoint")) {
            if (lapFirstPointDistance == null) {
                lapFirstPointDistance = metres;
            }
            lapLastPointDistance = metres;
        }
    }

    @Override
    public void end(String name) {
        if (!path.isEmpty()) {
            path.pop();
        }
        switch (name) {
            case "Trackpoint" -> {
                if (draft != null && pointLat != null && pointLon != null) {
                    if (Math.abs(pointLat) <= 90 && Math.abs(pointLon) <= 180) {
                        draft.track.position(pointLat, pointLon);
                    } else {
                        problems.add(new Problem(file, "point " + pointNumber + " (line " + line + ")",
                                "Point left out: its position is out of range."));
                    }
                }
                if (draft != null) {
                    draft.track.countPoint();
                    if (pointTime != null) {
                        draft.track.sample(pointTime, pointHeartRate);
                    }
                }
            }
            case "Lap" -> endLap();
            case "Activity" -> finishActivity();
            default -> { }
        }
    }

    private void startLap(String startTime) {
        lapDistance = null;
        lapTime = null;
        lapTrackStart = draft.track.distanceMetres();
        lapFirstPointDistance = null;
        lapLastPointDistance = null;
        if (startTime != null && draft.start == null) {
            try {
                draft.start = instant(startTime);
            } catch (DateTimeParseException e) {
                problems.add(Problem.atLine(file, line, "The lap start \"" + Texts.shorten(startTime)
                        + "\" is not a date and time."));
            }
        }
    }

    /** A lap's distance: as stated, else by its positions, else by its points' running distance. */
    private void endLap() {
        if (draft == null) {
            return;
        }
        Double metres = lapDistance != null && lapDistance > 0 ? lapDistance : null;
        double byPosition = draft.track.distanceMetres() - lapTrackStart;
        if (metres == null && byPosition > 0) {
            metres = byPosition;
        }
        if (metres == null && lapFirstPointDistance != null && lapLastPointDistance > lapFirstPointDistance) {
            metres = lapLastPointDistance - lapFirstPointDistance;
        }
        totalDistance += metres == null ? 0 : metres;
        if (lapTime != null && !lapTime.isNegative()) {
            totalTime = totalTime.plus(lapTime);
        }
        try {
            draft.lap(metres, lapTime);
        } catch (InvalidValueException e) {
            problems.add(Problem.atLine(file, line, "A lap was left out: " + e.getMessage()));
        }
        lapDistance = null;
        lapTime = null;
    }

    private void finishActivity() {
        if (draft == null) {
            return;
        }
        draft.statedDistance = totalDistance > 0 ? totalDistance : null;
        draft.statedDuration = totalTime.isZero() ? null : totalTime;
        finish("An activity");
    }

    private static Instant instant(String text) {
        return ActivityDraft.instant(text);
    }

    private static double finite(double v) {
        if (!Double.isFinite(v)) {
            throw new NumberFormatException("not finite");
        }
        return v;
    }
}

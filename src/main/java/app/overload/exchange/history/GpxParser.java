package app.overload.exchange.history;

import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.OptionalDouble;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads GPX 1.0 and 1.1 tracks with StAX, one point at a time. Each {@code <trk>} becomes a workout. Heart rate
 * comes from Garmin's TrackPointExtension ({@code <gpxtpx:hr>}) or the older {@code <heartrate>}; elements are
 * matched by local name, so either namespace version reads the same.
 */
final class GpxParser extends XmlActivityParser {

    private boolean inPoint;
    private boolean pointUsable;
    private int depthInPoint;
    private int pointNumber;
    /** The time and heart rate of the point being read, paired when it ends. */
    private Instant pointTime;
    private Integer pointHeartRate;

    private GpxParser(String file, ZoneId zone) {
        super(file, zone);
    }

    static ParsedHistory parse(String file, InputStream in, ZoneId zone) {
        return new GpxParser(file, zone).run(in);
    }

    @Override
    HistoryFormat format() {
        return HistoryFormat.GPX;
    }

    @Override
    String root() {
        return "gpx";
    }

    @Override
    public void start(XMLStreamReader r) throws XMLStreamException {
        String name = r.getLocalName();
        if (inPoint) {
            depthInPoint++;
            if (!pointUsable) {
                return;
            }
            switch (name) {
                case "ele" -> number(r, "elevation").ifPresent(draft.track::elevation);
                case "time" -> time(r);
                case "hr", "heartrate" -> number(r, "heart rate").ifPresent(v -> {
                    draft.track.heartRate((int) Math.round(v));
                    pointHeartRate = (int) Math.round(v);
                });
                default -> { }
            }
            return;
        }
        switch (name) {
            case "trk" -> {
                draft = new ActivityDraft();
                draft.firstLine = line;
            }
            case "name" -> {
                if (draft != null && draft.name.isEmpty()) {
                    draft.name = XmlInput.text(r);
                }
            }
            case "type" -> {
                if (draft != null) {
                    Modalities.named(XmlInput.text(r)).ifPresent(m -> draft.modality = m);
                }
            }
            case "trkpt" -> point(r);
            default -> { }
        }
    }

    private void point(XMLStreamReader r) {
        if (draft == null) {
            return;
        }
        inPoint = true;
        depthInPoint = 0;
        pointNumber++;
        pointUsable = false;
        pointTime = null;
        pointHeartRate = null;
        try {
            double lat = Double.parseDouble(r.getAttributeValue(null, "lat"));
            double lon = Double.parseDouble(r.getAttributeValue(null, "lon"));
            if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
                throw new NumberFormatException("out of range");
            }
            draft.track.position(lat, lon);
            draft.track.countPoint();
            pointUsable = true;
        } catch (NumberFormatException | NullPointerException e) {
            problems.add(pointProblem("its latitude or longitude is missing or not a valid position"));
        }
    }

    private void time(XMLStreamReader r) throws XMLStreamException {
        String text = XmlInput.text(r);
        depthInPoint--; // getElementText consumed the end tag
        try {
            pointTime = ActivityDraft.instant(text);
            draft.track.time(pointTime);
        } catch (DateTimeParseException e) {
            problems.add(pointProblem("its time \"" + Texts.shorten(text) + "\" is not a date and time"));
        }
    }

    private OptionalDouble number(XMLStreamReader r, String what) throws XMLStreamException {
        String text = XmlInput.text(r);
        depthInPoint--;
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) {
                return OptionalDouble.of(v);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem(file, "point " + pointNumber + " (line " + line + ")", "The " + what + " \""
                + Texts.shorten(text) + "\" is not a number and was ignored."));
        return OptionalDouble.empty();
    }

    @Override
    public void end(String name) {
        if (inPoint) {
            if (depthInPoint == 0 && name.equals("trkpt")) {
                inPoint = false;
                if (pointUsable && pointTime != null) {
                    draft.track.sample(pointTime, pointHeartRate);
                }
            } else {
                depthInPoint--;
            }
            return;
        }
        if (name.equals("trk")) {
            finishTrack();
        }
    }

    private void finishTrack() {
        if (draft == null) {
            return;
        }
        inPoint = false;
        if (draft.track.points() == 0) {
            problems.add(Problem.atLine(file, line, "A track without points was left out."));
            draft = null;
            return;
        }
        finish("Track \"" + Texts.name(draft.name) + "\"");
    }

    private Problem pointProblem(String reason) {
        return new Problem(file, "point " + pointNumber + " (line " + line + ")", "Point left out: " + reason + ".");
    }
}

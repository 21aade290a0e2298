package app.overload.exchange.history;

import java.io.InputStream;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import app.overload.domain.InvalidValueException;
import app.overload.domain.Workout;

/**
 * Reads GPX 1.0 and 1.1 tracks with StAX, one point at a time. Each {@code <trk>} becomes a workout. Heart rate
 * comes from Garmin's TrackPointExtension ({@code <gpxtpx:hr>}) or the older {@code <heartrate>}; elements are
 * matched by local name, so either namespace version reads the same.
 */
final class GpxParser {

    private final String file;
    private final ZoneId zone;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Workout> workouts = new ArrayList<>();
    private ActivityDraft draft;
    private boolean inPoint;
    private boolean pointUsable;
    private int depthInPoint;
    private int pointNumber;
    private long line;

    private GpxParser(String file, ZoneId zone) {
        this.file = file;
        this.zone = zone;
    }

    static ParsedHistory parse(String file, InputStream in, ZoneId zone) {
        return new GpxParser(file, zone).run(in);
    }

    private ParsedHistory run(InputStream in) {
        XmlInput.Walk walk = XmlInput.walk(in, "gpx", new XmlInput.Elements() {
            @Override
            public void start(XMLStreamReader reader) throws XMLStreamException {
                GpxParser.this.start(reader);
            }

            @Override
            public void end(String name) {
                GpxParser.this.end(name);
            }

            @Override
            public void at(long current) {
                line = current;
            }
        });
        boolean sawRoot = walk.sawRoot();
        if (walk.failed()) {
            if (!sawRoot) {
                return ParsedHistory.unreadable(file, HistoryFormat.GPX, "Not a readable GPX file ("
                        + Texts.shorten(String.valueOf(walk.failure().getMessage())) + ").");
            }
            // A track the break falls in is not finished: every point after the break is missing from it.
            problems.add(Problems.damagedAfter(file, Math.max(0, line - 1), walk.failure(),
                    draft == null ? null : draft.named(zone)));
            draft = null;
        }
        if (!sawRoot) {
            return ParsedHistory.unreadable(file, HistoryFormat.GPX, "Not a GPX file: no <gpx> element.");
        }
        return new ParsedHistory(file, HistoryFormat.GPX, workouts, Map.of(), problems, "");
    }

    private void start(XMLStreamReader r) throws XMLStreamException {
        String name = r.getLocalName();
        if (inPoint) {
            depthInPoint++;
            if (!pointUsable) {
                return;
            }
            switch (name) {
                case "ele" -> number(r, "elevation").ifPresent(draft.track::elevation);
                case "time" -> time(r);
                case "hr", "heartrate" -> number(r, "heart rate").ifPresent(v -> draft.track.heartRate((int) v));
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
            draft.track.time(ActivityDraft.instant(text));
        } catch (DateTimeParseException e) {
            problems.add(pointProblem("its time \"" + Texts.shorten(text) + "\" is not a date and time"));
        }
    }

    private java.util.OptionalDouble number(XMLStreamReader r, String what) throws XMLStreamException {
        String text = XmlInput.text(r);
        depthInPoint--;
        try {
            double v = Double.parseDouble(text);
            if (Double.isFinite(v)) {
                return java.util.OptionalDouble.of(v);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Problem(file, "point " + pointNumber + " (line " + line + ")", "The " + what + " \""
                + Texts.shorten(text) + "\" is not a number and was ignored."));
        return java.util.OptionalDouble.empty();
    }

    private void end(String name) {
        if (inPoint) {
            if (depthInPoint == 0 && name.equals("trkpt")) {
                inPoint = false;
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
        try {
            if (draft.track.points() == 0) {
                problems.add(Problem.atLine(file, line, "A track without points was left out."));
            } else {
                workouts.add(draft.build(zone));
            }
        } catch (InvalidValueException | IllegalStateException e) {
            problems.add(Problem.atLine(file, line, "Track \"" + Texts.name(draft.name) + "\" was left out: "
                    + e.getMessage()));
        }
        draft = null;
        inPoint = false;
    }

    private Problem pointProblem(String reason) {
        return new Problem(file, "point " + pointNumber + " (line " + line + ")", "Point left out: " + reason + ".");
    }
}

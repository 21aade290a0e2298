package app.overload.exchange.history;

import java.time.Instant;
import java.util.Arrays;

/**
 * GPX and TCX runs written point by point from a heart rate per second: {@code bpm[i]} is the reading at second
 * {@code i}, 0 for a point without one, and -1 for no point at all (the watch paused). Points move north 3 m a second.
 * Public for the benchmark.
 */
public final class HeartRateFiles {

    public static final Instant START = Instant.parse("2024-06-01T05:30:00Z");

    private HeartRateFiles() {
    }

    /** {@code seconds} at {@code bpm}: a piece of a schedule, to be joined with {@link #join}. */
    public static int[] steady(int seconds, int bpm) {
        int[] piece = new int[seconds];
        Arrays.fill(piece, bpm);
        return piece;
    }

    public static int[] join(int[]... pieces) {
        int length = 0;
        for (int[] p : pieces) {
            length += p.length;
        }
        int[] all = new int[length];
        int at = 0;
        for (int[] p : pieces) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    public static String gpx(int[] bpm) {
        StringBuilder out = new StringBuilder(bpm.length * 200 + 400);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"test\" "
                + "xmlns=\"http://www.topografix.com/GPX/1/1\" "
                + "xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">\n"
                + "<trk><name>Pyramid</name><type>running</type><trkseg>\n");
        for (int i = 0; i < bpm.length; i++) {
            if (bpm[i] < 0) {
                continue;
            }
            out.append("<trkpt lat=\"").append(latitude(i)).append("\" lon=\"8.0\"><ele>400</ele><time>")
                    .append(START.plusSeconds(i)).append("</time>");
            if (bpm[i] > 0) {
                out.append("<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>").append(bpm[i])
                        .append("</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions>");
            }
            out.append("</trkpt>\n");
        }
        return out.append("</trkseg></trk></gpx>\n").toString();
    }

    public static String tcx(int[] bpm) {
        StringBuilder out = new StringBuilder(bpm.length * 250 + 400);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TrainingCenterDatabase "
                + "xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\"><Activities>"
                + "<Activity Sport=\"Running\"><Id>").append(START).append("</Id><Lap StartTime=\"").append(START)
                .append("\"><Track>\n");
        for (int i = 0; i < bpm.length; i++) {
            if (bpm[i] < 0) {
                continue;
            }
            out.append("<Trackpoint><Time>").append(START.plusSeconds(i)).append("</Time><Position><LatitudeDegrees>")
                    .append(latitude(i)).append("</LatitudeDegrees><LongitudeDegrees>8.0</LongitudeDegrees>"
                            + "</Position>");
            if (bpm[i] > 0) {
                out.append("<HeartRateBpm><Value>").append(bpm[i]).append("</Value></HeartRateBpm>");
            }
            out.append("</Trackpoint>\n");
        }
        return out.append("</Track></Lap></Activity></Activities></TrainingCenterDatabase>\n").toString();
    }

    private static String latitude(int second) {
        return Double.toString(47.0 + second * 3 / 111_195.0);
    }
}

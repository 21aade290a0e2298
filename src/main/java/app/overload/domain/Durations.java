package app.overload.domain;

import java.time.Duration;

/** Clock-style formatting of durations: 40:12, 1:02:03, 0:45. */
public final class Durations {

    private Durations() {
    }

    /** m:ss under an hour, h:mm:ss from an hour; seconds are rounded to the nearest whole second. */
    public static String clock(Duration duration) {
        long total = Math.round(duration.toMillis() / 1000.0);
        boolean negative = total < 0;
        total = Math.abs(total);
        long hours = total / 3600;
        long minutes = (total % 3600) / 60;
        long seconds = total % 60;
        StringBuilder text = new StringBuilder(9);
        if (negative) {
            text.append('-');
        }
        if (hours > 0) {
            text.append(hours).append(':');
            twoDigits(text, minutes);
        } else {
            text.append(minutes);
        }
        text.append(':');
        twoDigits(text, seconds);
        return text.toString();
    }

    private static void twoDigits(StringBuilder text, long value) {
        if (value < 10) {
            text.append('0');
        }
        text.append(value);
    }

    /** A short human form for totals: "45 min", "3 h 20 min". */
    public static String hoursMinutes(Duration duration) {
        long minutes = Math.round(duration.toSeconds() / 60.0);
        if (minutes < 60) {
            return minutes + " min";
        }
        long rest = minutes % 60;
        return (minutes / 60) + " h" + (rest == 0 ? "" : " " + rest + " min");
    }
}

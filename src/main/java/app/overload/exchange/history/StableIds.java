package app.overload.exchange.history;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import app.overload.domain.SessionId;

/**
 * Session ids made from what identifies a session in its source, so importing the same history again finds the
 * sessions it brought before. A workout from a CSV export is its app, its start (to the second) and its title;
 * a recorded activity is its start instant alone, so the same run exported as GPX and as FIT is one session.
 */
final class StableIds {

    private StableIds() {
    }

    static SessionId workout(String source, LocalDateTime start, String title) {
        return of(source + "|" + start.truncatedTo(ChronoUnit.SECONDS) + "|" + Texts.name(title));
    }

    static SessionId activity(Instant start) {
        return of("activity|" + start.truncatedTo(ChronoUnit.SECONDS));
    }

    private static SessionId of(String key) {
        return new SessionId(UUID.nameUUIDFromBytes(("overload-history-import|" + key)
                .getBytes(StandardCharsets.UTF_8)));
    }
}

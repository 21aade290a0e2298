package app.overload.exchange.history;

/**
 * Where reading reports how far it got, as a fraction of the bytes read (0–1). The exchange layer does not know
 * the UI's progress type, so the caller adapts this one.
 */
@FunctionalInterface
public interface ImportProgress {

    void update(double fraction, String message);

    ImportProgress NONE = (fraction, message) -> { };
}

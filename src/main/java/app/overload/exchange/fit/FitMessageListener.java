package app.overload.exchange.fit;

/** Receives the data messages of a FIT file in order; the message is a view valid only during the call. */
@FunctionalInterface
public interface FitMessageListener {

    void message(FitMessage message);
}

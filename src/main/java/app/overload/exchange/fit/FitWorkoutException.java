package app.overload.exchange.fit;

/** A planned session that cannot become a FIT workout (a strength session, a swim), with the reason to show. */
public final class FitWorkoutException extends Exception {

    private static final long serialVersionUID = 1L;

    public FitWorkoutException(String message) {
        super(message);
    }
}

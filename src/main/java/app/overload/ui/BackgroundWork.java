package app.overload.ui;

/** Work to run off the JavaFX thread; it may report progress as it goes. */
@FunctionalInterface
public interface BackgroundWork<T> {

    T run(Progress progress) throws Exception;

    /** Where long work reports how far it got: a fraction from 0 to 1 (or negative when unknown) and a message. */
    @FunctionalInterface
    interface Progress {
        void update(double fraction, String message);

        Progress NONE = (fraction, message) -> { };
    }
}

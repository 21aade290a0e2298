package app.overload.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Hands each task to another executor and notes what it was asked to do, in order, for tests to read. */
public final class RecordingTaskExecutor implements TaskExecutor {

    private final TaskExecutor inner;
    private final List<String> descriptions = new ArrayList<>();

    public RecordingTaskExecutor(TaskExecutor inner) {
        this.inner = inner;
    }

    /** The descriptions of the tasks submitted so far, oldest first; clear it to start counting afresh. */
    public List<String> descriptions() {
        return descriptions;
    }

    @Override
    public <T> TaskHandle submit(String description, BackgroundWork<T> task, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        descriptions.add(description);
        return inner.submit(description, task, onSuccess, onFailure);
    }

    @Override
    public void shutdown() {
    }
}

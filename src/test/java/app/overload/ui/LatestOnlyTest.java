package app.overload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/** Only the newest request's result shows, whether or not the executor honours cancelling. */
class LatestOnlyTest {

    private final List<String> shown = new ArrayList<>();

    @Test
    void aResultArrivingAfterANewerRequestIsDropped() {
        HeldExecutor held = new HeldExecutor(false);
        LatestOnly latest = new LatestOnly(held);

        latest.submit("old", p -> "old", shown::add, e -> shown.add("failed"));
        latest.submit("new", p -> "new", shown::add, e -> shown.add("failed"));
        held.runLastFirst();

        assertThat(shown).containsExactly("new");
        assertThat(latest.busy()).isFalse();
    }

    @Test
    void aNewerRequestCancelsTheOneBeforeSoItsWorkIsSkipped() {
        HeldExecutor held = new HeldExecutor(true);
        LatestOnly latest = new LatestOnly(held);

        TaskHandle old = latest.submit("old", p -> "old", shown::add, e -> shown.add("failed"));
        TaskHandle newer = latest.submit("new", p -> "new", shown::add, e -> shown.add("failed"));
        held.runInOrder();

        assertThat(old.isCancelled()).isTrue();
        assertThat(newer.isCancelled()).isFalse();
        assertThat(held.ran).containsExactly("new");
        assertThat(shown).containsExactly("new");
    }

    @Test
    void aFailureOfAnOlderRequestIsDroppedToo() {
        HeldExecutor held = new HeldExecutor(false);
        LatestOnly latest = new LatestOnly(held);

        latest.<String>submit("old", p -> {
            throw new IllegalStateException("too late");
        }, shown::add, e -> shown.add("failed: " + e.getMessage()));
        latest.submit("new", p -> "new", shown::add, e -> shown.add("failed: " + e.getMessage()));
        held.runLastFirst();

        assertThat(shown).containsExactly("new");
    }

    @Test
    void cancellingDropsThePendingRequest() {
        HeldExecutor held = new HeldExecutor(false);
        LatestOnly latest = new LatestOnly(held);

        latest.submit("old", p -> "old", shown::add, e -> shown.add("failed"));
        assertThat(latest.busy()).isTrue();
        latest.cancel();
        held.runInOrder();

        assertThat(shown).isEmpty();
        assertThat(latest.busy()).isFalse();
    }

    @Test
    void onTheCurrentThreadEveryRequestIsDeliveredAtOnceAndInOrder() {
        LatestOnly latest = new LatestOnly(new CurrentThreadTaskExecutor());

        latest.submit("first", p -> "first", shown::add, e -> shown.add("failed"));
        latest.submit("second", p -> "second", shown::add, e -> shown.add("failed"));

        assertThat(shown).containsExactly("first", "second");
        assertThat(latest.busy()).isFalse();
    }

    @Test
    void aRequestMadeFromTheCallbackOfAnotherStaysTheLatest() {
        HeldExecutor held = new HeldExecutor(false);
        LatestOnly latest = new LatestOnly(held);

        latest.submit("choices", p -> "choices", found -> {
            shown.add(found);
            latest.submit("charts", p -> "charts", shown::add, e -> shown.add("failed"));
        }, e -> shown.add("failed"));
        held.runInOrder();

        assertThat(shown).containsExactly("choices", "charts");
    }

    /** Holds work until the test runs it; honours cancelling only when asked to. */
    private static final class HeldExecutor implements TaskExecutor {
        private final boolean honoursCancel;
        private final Deque<Runnable> queue = new ArrayDeque<>();
        final List<String> ran = new ArrayList<>();

        HeldExecutor(boolean honoursCancel) {
            this.honoursCancel = honoursCancel;
        }

        @Override
        public <T> TaskHandle submit(String description, BackgroundWork<T> work, Consumer<? super T> onSuccess,
                Consumer<? super Throwable> onFailure) {
            TaskHandle handle = new TaskHandle();
            queue.add(() -> {
                if (honoursCancel && handle.isCancelled()) {
                    return;
                }
                ran.add(description);
                new CurrentThreadTaskExecutor().submit(description, work, onSuccess, onFailure);
            });
            return handle;
        }

        void runInOrder() {
            while (!queue.isEmpty()) {
                queue.poll().run();
            }
        }

        void runLastFirst() {
            while (!queue.isEmpty()) {
                queue.pollLast().run();
            }
        }

        @Override
        public void shutdown() {
        }
    }
}

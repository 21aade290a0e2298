package app.overload.notation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import app.overload.domain.MassUnit;
import app.overload.domain.SetKind;

/**
 * One group of sets as typed, before units are settled: lifts ({@code 5x5 @ 100}, {@code 100x5, 105x3}) or carries
 * and holds ({@code 40 kg × 40 m}, {@code 3 x 1:00 @ 20 kg}). The lists run in parallel, one place per set.
 */
final class SetGroup {

    /** A load as written: its number, its unit when one was written, and where it stands. */
    record Load(double value, MassUnit unit, Token token) {
    }

    final Token first;
    Token last;
    boolean warm;
    final List<Integer> reps = new ArrayList<>();
    final List<Load> itemLoads = new ArrayList<>();
    /** For carries and holds: the metres (or null) and the time (or null) of each set. */
    final List<Double> metres = new ArrayList<>();
    final List<Duration> times = new ArrayList<>();
    boolean carry;
    Load load;
    Token countToken;
    /** What each counted carry covered, as typed ("40 m"), for a message. */
    String countedText;
    Double rpe;
    Duration rest;
    SetKind kind = SetKind.WORKING;
    boolean allFailed;
    int failedCount;
    Token failedToken;

    SetGroup(Token first) {
        this.first = first;
    }

    boolean hasLoad() {
        return load != null || !itemLoads.isEmpty();
    }
}

package app.overload.domain;

/** Upper- and lower-body lifts get different training-max increments in 5/3/1-style cycles. */
public enum BodyRegion {
    UPPER, LOWER, FULL
}

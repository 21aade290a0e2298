package app.overload.domain;

/** A block week is normal, a planned deload (less load, same movements) or part of the taper before the goal. */
public enum WeekKind {
    NORMAL, DELOAD, TAPER
}

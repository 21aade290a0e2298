package app.overload.planning;

/** Where a planned session stands on a given day. */
public enum PlanState {
    /** A training session fulfils it. */
    DONE,
    /** Its day has passed and nothing fulfils it. */
    MISSED,
    /** It is planned for today and not done yet. */
    TODAY,
    /** Its day is still ahead. */
    UPCOMING
}

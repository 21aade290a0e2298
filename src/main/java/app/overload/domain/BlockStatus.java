package app.overload.domain;

/** Where a block stands on a given day. */
public enum BlockStatus {
    PLANNED, ACTIVE, FINISHED, ARCHIVED
}

package app.overload.progression;

/** How loudly a view should show an insight or a volume check. */
public enum Severity {
    /** Worth knowing; nothing to change. */
    INFO,
    /** Worth a look before accepting next week. */
    WARNING,
    /** Likely to hurt: the engine held something back or asks for an explicit override. */
    STRONG_WARNING
}

package app.overload.analysis;

/** How a note under a chart should read: plain information, good news, a caution, or a problem. */
public enum Tone {
    NEUTRAL, GOOD, WARNING, BAD
}

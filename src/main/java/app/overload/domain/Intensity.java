package app.overload.domain;

/** The three intensity zones of a polarised view of endurance work (Seiler): easy, moderate ("grey zone"), hard. */
public enum Intensity {
    EASY, MODERATE, HARD
}

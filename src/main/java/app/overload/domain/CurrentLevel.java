package app.overload.domain;

/** Where the athlete stands when a block starts; templates fill their first weeks from it. */
public sealed interface CurrentLevel permits LiftLevel, RaceLevel {
}

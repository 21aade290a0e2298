-- Routines: named workouts to start from ("Upper A", "Spin + core"), kept with the logbook so they travel in its
-- backups. A routine holds the entries of a session without what belongs to one day (notes, heart rate, climbing,
-- intervals); its sets stand in for an exercise never done, since a started routine fills each exercise from the
-- last time it was done.
CREATE TABLE routine (
    id      INTEGER PRIMARY KEY,
    uuid    TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE routine_entry (
    id          INTEGER PRIMARY KEY,
    routine_id  INTEGER NOT NULL REFERENCES routine (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('STRENGTH', 'ENDURANCE', 'TIMED')),
    exercise    TEXT REFERENCES exercise (key),
    modality    TEXT,
    activity    TEXT,
    distance_m  REAL CHECK (distance_m IS NULL OR distance_m >= 0),
    duration_s  REAL CHECK (duration_s IS NULL OR duration_s > 0),
    effort      REAL CHECK (effort IS NULL OR effort BETWEEN 0 AND 10),
    UNIQUE (routine_id, position)
);

CREATE TABLE routine_set (
    entry_id    INTEGER NOT NULL REFERENCES routine_entry (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    reps        INTEGER NOT NULL CHECK (reps >= 0),
    load_kg     REAL NOT NULL CHECK (load_kg >= 0),
    rpe         REAL CHECK (rpe IS NULL OR rpe BETWEEN 0 AND 10),
    rest_s      REAL CHECK (rest_s IS NULL OR rest_s >= 0),
    kind        TEXT NOT NULL,
    failed      INTEGER NOT NULL DEFAULT 0,
    distance_m  REAL CHECK (distance_m IS NULL OR distance_m > 0),
    duration_s  REAL CHECK (duration_s IS NULL OR duration_s > 0),
    PRIMARY KEY (entry_id, position)
) WITHOUT ROWID;

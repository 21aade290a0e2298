-- Overload logbook schema, version 1.
-- Units are SI throughout: kilograms, metres, seconds. Times are local wall-clock ISO-8601 text
-- (yyyy-MM-ddTHH:mm:ss), which sorts in time order.

CREATE TABLE exercise (
    key             TEXT PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE COLLATE NOCASE,
    pattern         TEXT NOT NULL,
    region          TEXT NOT NULL,
    increment_kg    REAL NOT NULL CHECK (increment_kg >= 0),
    default_rest_s  REAL NOT NULL CHECK (default_rest_s >= 0),
    progresses_to   TEXT REFERENCES exercise (key),
    builtin         INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE training_block (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL UNIQUE COLLATE NOCASE,
    goal_kind       TEXT NOT NULL,
    goal_exercise   TEXT REFERENCES exercise (key),
    goal_modality   TEXT,
    goal_load_kg    REAL,
    goal_reps       INTEGER,
    goal_distance_m REAL,
    goal_time_s     REAL,
    goal_text       TEXT,
    goal_target     REAL,
    goal_unit       TEXT,
    goal_higher_better INTEGER,
    start_date      TEXT NOT NULL,
    goal_date       TEXT NOT NULL,
    weeks           INTEGER NOT NULL CHECK (weeks BETWEEN 1 AND 52),
    notes           TEXT NOT NULL DEFAULT '',
    archived_on     TEXT,
    goal_met        INTEGER,
    outcome         TEXT
);

CREATE TABLE block_phase (
    block_id    INTEGER NOT NULL REFERENCES training_block (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    first_week  INTEGER NOT NULL,
    last_week   INTEGER NOT NULL,
    PRIMARY KEY (block_id, position)
) WITHOUT ROWID;

CREATE TABLE block_week (
    block_id    INTEGER NOT NULL REFERENCES training_block (id) ON DELETE CASCADE,
    week        INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('DELOAD', 'TAPER')),
    PRIMARY KEY (block_id, week)
) WITHOUT ROWID;

-- The athlete's level when the block started: a lift (sets x reps @ load) or a race result.
CREATE TABLE block_level (
    block_id    INTEGER NOT NULL REFERENCES training_block (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('LIFT', 'RACE')),
    exercise    TEXT REFERENCES exercise (key),
    sets        INTEGER,
    reps        INTEGER,
    load_kg     REAL,
    modality    TEXT,
    distance_m  REAL,
    time_s      REAL,
    PRIMARY KEY (block_id, position)
) WITHOUT ROWID;

CREATE TABLE planned_session (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    block_id    INTEGER NOT NULL REFERENCES training_block (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    week        INTEGER NOT NULL,
    day         TEXT NOT NULL,
    purpose     TEXT NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX planned_session_by_block ON planned_session (block_id, week);

-- One row per prescription; the rule_* columns hold the parameters of its progression rule, by rule_kind.
CREATE TABLE prescription (
    id                  INTEGER PRIMARY KEY,
    planned_session_id  INTEGER NOT NULL REFERENCES planned_session (id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('STRENGTH', 'ENDURANCE', 'TIMED')),
    exercise            TEXT REFERENCES exercise (key),
    modality            TEXT,
    activity            TEXT,
    distance_m          REAL,
    duration_s          REAL,
    pace_s_per_km       REAL,
    zone                INTEGER,
    effort              REAL,
    rule_kind           TEXT NOT NULL,
    rule_increment_kg   REAL,
    rule_count          INTEGER,
    rule_fraction       REAL,
    rule_min_reps       INTEGER,
    rule_max_reps       INTEGER,
    rule_load_kg        REAL,
    rule_distance_m     REAL,
    rule_exercise       TEXT REFERENCES exercise (key)
);
CREATE INDEX prescription_by_planned ON prescription (planned_session_id);

CREATE TABLE prescribed_set (
    prescription_id INTEGER NOT NULL REFERENCES prescription (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    reps            INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    load_kind       TEXT NOT NULL CHECK (load_kind IN ('FIXED', 'PERCENT_TM', 'RPE')),
    load_kg         REAL,
    tm_fraction     REAL,
    rpe             REAL,
    rpe_cap         REAL,
    PRIMARY KEY (prescription_id, position)
) WITHOUT ROWID;

CREATE TABLE prescribed_interval (
    prescription_id     INTEGER NOT NULL REFERENCES prescription (id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    repeats             INTEGER NOT NULL,
    work_distance_m     REAL,
    work_duration_s     REAL,
    recovery_distance_m REAL,
    recovery_duration_s REAL,
    PRIMARY KEY (prescription_id, position)
) WITHOUT ROWID;

CREATE TABLE session (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    kind            TEXT NOT NULL CHECK (kind IN ('WORKOUT', 'TRAINING')),
    start           TEXT NOT NULL,
    duration_s      REAL NOT NULL CHECK (duration_s > 0),
    rpe             REAL CHECK (rpe BETWEEN 0 AND 10),
    notes           TEXT NOT NULL DEFAULT '',
    label           TEXT NOT NULL DEFAULT '',
    block_id        INTEGER REFERENCES training_block (id),
    purpose         TEXT,
    planned_uuid    TEXT,
    CHECK ((kind = 'WORKOUT') = (block_id IS NULL)),
    CHECK ((kind = 'WORKOUT') = (purpose IS NULL))
);
-- "Sessions in a date range": the history list, weekly totals, charts.
CREATE INDEX session_by_start ON session (start);
CREATE INDEX session_by_block ON session (block_id, start) WHERE block_id IS NOT NULL;

-- started_at repeats the session's start so that "history of one exercise by date" is one index range.
CREATE TABLE entry (
    id              INTEGER PRIMARY KEY,
    session_id      INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('STRENGTH', 'ENDURANCE', 'TIMED')),
    started_at      TEXT NOT NULL,
    exercise        TEXT REFERENCES exercise (key),
    modality        TEXT,
    activity        TEXT,
    distance_m      REAL,
    duration_s      REAL,
    avg_hr          INTEGER,
    elevation_m     REAL,
    effort          REAL,
    notes           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX entry_by_session ON entry (session_id, position);
CREATE INDEX entry_by_exercise ON entry (exercise, started_at) WHERE exercise IS NOT NULL;
CREATE INDEX entry_by_modality ON entry (modality, started_at) WHERE modality IS NOT NULL;

CREATE TABLE strength_set (
    entry_id    INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    reps        INTEGER NOT NULL CHECK (reps >= 0),
    load_kg     REAL NOT NULL CHECK (load_kg >= 0),
    rpe         REAL,
    rest_s      REAL,
    kind        TEXT NOT NULL,
    failed      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (entry_id, position)
) WITHOUT ROWID;

CREATE TABLE entry_interval (
    entry_id            INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    repeats             INTEGER NOT NULL,
    work_distance_m     REAL,
    work_duration_s     REAL,
    recovery_distance_m REAL,
    recovery_duration_s REAL,
    PRIMARY KEY (entry_id, position)
) WITHOUT ROWID;

-- Per-logbook preferences such as units.
CREATE TABLE setting (
    key     TEXT PRIMARY KEY,
    value   TEXT NOT NULL
) WITHOUT ROWID;

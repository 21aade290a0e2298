-- A set may be done over a distance or for a time rather than for reps: a farmer's walk with 40 kg over 40 m,
-- a sled push over 20 m, a weighted plank held for 60 s. Such a set keeps its metres or seconds here; its reps
-- may then be 0 without it being a failed set. Both stay NULL for a set done for reps.
ALTER TABLE strength_set ADD COLUMN distance_m REAL CHECK (distance_m IS NULL OR distance_m > 0);
ALTER TABLE strength_set ADD COLUMN duration_s REAL CHECK (duration_s IS NULL OR duration_s > 0);

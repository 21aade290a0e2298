-- Heart rate put to work (issue 20).
-- An endurance entry may keep its highest heart rate and, when it came from a recording (GPX, TCX, FIT), the seconds
-- it spent at each heart rate: "148:30,0,125" is 30 s at 148 bpm and 125 s at 150 bpm (HeartRateHistogram). Time in
-- zones is worked out from it with the athlete's zones of the day, so editing the zones re-draws every session.
ALTER TABLE entry ADD COLUMN max_hr INTEGER CHECK (max_hr IS NULL OR max_hr BETWEEN 25 AND 250);
ALTER TABLE entry ADD COLUMN hr_histogram TEXT;

-- The athlete, one row at most: heart rates and threshold pace (each optional), the zone bounds the user set (NULL
-- for the defaults of the basis in effect) and the load that drives fitness, fatigue and the acute:chronic ratio.
CREATE TABLE athlete (
    id                      INTEGER PRIMARY KEY CHECK (id = 1),
    max_hr                  INTEGER CHECK (max_hr IS NULL OR max_hr BETWEEN 100 AND 250),
    resting_hr              INTEGER CHECK (resting_hr IS NULL OR resting_hr BETWEEN 25 AND 120),
    threshold_hr            INTEGER CHECK (threshold_hr IS NULL OR threshold_hr BETWEEN 80 AND 240),
    threshold_pace_s_per_km REAL CHECK (threshold_pace_s_per_km IS NULL OR threshold_pace_s_per_km > 0),
    zone_basis              TEXT CHECK (zone_basis IS NULL OR zone_basis IN ('THRESHOLD', 'MAXIMUM')),
    zone2_pct               INTEGER,
    zone3_pct               INTEGER,
    zone4_pct               INTEGER,
    zone5_pct               INTEGER,
    load_measure            TEXT NOT NULL DEFAULT 'SESSION_RPE'
                                CHECK (load_measure IN ('SESSION_RPE', 'TRIMP', 'HR_TSS')),
    trimp_curve             TEXT NOT NULL DEFAULT 'MEN' CHECK (trimp_curve IN ('MEN', 'WOMEN')),
    CHECK ((zone_basis IS NULL) = (zone2_pct IS NULL))
);

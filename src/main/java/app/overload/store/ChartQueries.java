package app.overload.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.overload.analysis.EnduranceRow;
import app.overload.analysis.EnduranceSubject;
import app.overload.analysis.ExerciseSubject;
import app.overload.analysis.GoalRow;
import app.overload.analysis.LoggedSetRow;
import app.overload.analysis.SessionRow;
import app.overload.domain.ExerciseId;
import app.overload.domain.HeartRateHistogram;
import app.overload.domain.Modality;
import app.overload.domain.Purpose;
import app.overload.domain.SetKind;

/**
 * The one place chart data is read: compact rows straight from SQL, never whole sessions, so ten years of history
 * load in milliseconds. Each query walks an index in date order: {@code entry_by_exercise} for the sets of one
 * exercise, {@code entry_by_modality} for endurance entries, {@code session_by_start} for sessions.
 */
public final class ChartQueries {

    private final Database database;

    ChartQueries(Database database) {
        this.database = database;
    }

    /**
     * Every lift of {@code exercise}, oldest first; sets of a session stay together and in order. Carries and holds
     * (a set over a distance or for a time) are no lifts and are left out.
     */
    public List<LoggedSetRow> sets(ExerciseId exercise) {
        return database.read(c -> {
            List<LoggedSetRow> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.session_id, e.started_at, s.reps, s.load_kg, "
                    + "s.rpe, s.kind, s.failed FROM entry e JOIN strength_set s ON s.entry_id = e.id "
                    + "WHERE e.exercise = ? AND s.distance_m IS NULL AND s.duration_s IS NULL "
                    + "ORDER BY e.started_at, e.id, s.position")) {
                ps.setString(1, exercise.value());
                try (ResultSet rs = ps.executeQuery()) {
                    Dates dates = new Dates();
                    while (rs.next()) {
                        rows.add(new LoggedSetRow(rs.getLong(1), dates.of(rs.getString(2)), rs.getInt(3), rs.getDouble(4),
                                Sql.getDouble(rs, "rpe"), SetKind.valueOf(rs.getString(6)), rs.getInt(7) != 0));
                    }
                }
            }
            return rows;
        });
    }

    /** Every endurance entry of {@code modality}, oldest first. */
    public List<EnduranceRow> endurance(Modality modality) {
        return endurance("e.modality = ?", modality.name());
    }

    /** Every endurance entry of any modality, oldest first. */
    public List<EnduranceRow> endurance() {
        return endurance("e.modality IS NOT NULL");
    }

    private List<EnduranceRow> endurance(String where, Object... params) {
        return database.read(c -> {
            List<EnduranceRow> rows = new ArrayList<>();
            try (PreparedStatement ps = SessionLoader.prepare(c, "SELECT e.started_at, e.modality, s.purpose, "
                    + "e.distance_m, e.duration_s, e.avg_hr, e.session_id, e.max_hr, e.hr_histogram FROM entry e "
                    + "JOIN session s ON s.id = e.session_id WHERE " + where + " ORDER BY e.started_at, e.id", params);
                 ResultSet rs = ps.executeQuery()) {
                Dates dates = new Dates();
                while (rs.next()) {
                    String purpose = rs.getString(3);
                    Double seconds = Sql.getDouble(rs, "duration_s");
                    rows.add(new EnduranceRow(rs.getLong(7), dates.of(rs.getString(1)),
                            Modality.valueOf(rs.getString(2)), purpose == null ? null : Purpose.valueOf(purpose),
                            Sql.getDouble(rs, "distance_m"), seconds == null ? 0 : seconds, Sql.getInt(rs, "avg_hr"),
                            Sql.getInt(rs, "max_hr"), recording(rs.getString(9))));
                }
            }
            return rows;
        });
    }

    /**
     * A stored recording, or none when it is unreadable: a chart leaves out what it cannot read rather than fail,
     * and the session itself reports the damage when it is opened.
     */
    private static HeartRateHistogram recording(String text) {
        if (text == null) {
            return null;
        }
        try {
            return HeartRateHistogram.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Every session, oldest first. */
    public List<SessionRow> sessions() {
        return database.read(c -> {
            List<SessionRow> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT start, kind, purpose, duration_s, rpe, id FROM session ORDER BY start");
                 ResultSet rs = ps.executeQuery()) {
                Dates dates = new Dates();
                while (rs.next()) {
                    String purpose = rs.getString(3);
                    rows.add(new SessionRow(rs.getLong(6), dates.of(rs.getString(1)), "TRAINING".equals(rs.getString(2)),
                            purpose == null ? null : Purpose.valueOf(purpose), rs.getDouble(4),
                            Sql.getDouble(rs, "rpe")));
                }
            }
            return rows;
        });
    }

    /** The goal of every block, by start date. */
    public List<GoalRow> goals() {
        return database.read(c -> {
            List<GoalRow> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM training_block ORDER BY start_date, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new GoalRow(rs.getString("name"), BlockLoader.goal(rs),
                            LocalDate.parse(rs.getString("start_date")), LocalDate.parse(rs.getString("goal_date"))));
                }
            }
            return rows;
        });
    }

    /** Exercises with logged sets, by name, with how many entries and the day of the last. */
    public List<ExerciseSubject> exercises() {
        return database.read(c -> {
            List<ExerciseSubject> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.exercise, x.name, count(*), max(e.started_at) "
                    + "FROM entry e JOIN exercise x ON x.key = e.exercise WHERE e.exercise IS NOT NULL "
                    + "GROUP BY e.exercise ORDER BY x.name COLLATE NOCASE");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ExerciseSubject(ExerciseId.of(rs.getString(1)), rs.getString(2), rs.getInt(3),
                            Dates.parse(rs.getString(4))));
                }
            }
            return rows;
        });
    }

    /**
     * What the endurance charts can be about: each modality with entries (purpose null: all of them), then each
     * training purpose logged with it; most entries first within a modality.
     */
    public List<EnduranceSubject> enduranceSubjects() {
        return database.read(c -> {
            List<EnduranceSubject> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.modality, s.purpose, count(*) FROM entry e "
                    + "JOIN session s ON s.id = e.session_id WHERE e.modality IS NOT NULL "
                    + "GROUP BY e.modality, s.purpose ORDER BY e.modality, count(*) DESC");
                 ResultSet rs = ps.executeQuery()) {
                Modality current = null;
                int all = 0;
                List<EnduranceSubject> purposes = new ArrayList<>();
                while (rs.next()) {
                    Modality modality = Modality.valueOf(rs.getString(1));
                    if (modality != current) {
                        flush(rows, current, all, purposes);
                        current = modality;
                        all = 0;
                    }
                    all += rs.getInt(3);
                    String purpose = rs.getString(2);
                    if (purpose != null) {
                        purposes.add(new EnduranceSubject(modality, Purpose.valueOf(purpose), rs.getInt(3)));
                    }
                }
                flush(rows, current, all, purposes);
            }
            rows.sort(Comparator.comparing((EnduranceSubject s) -> s.modality().ordinal()));
            return rows;
        });
    }

    private static void flush(List<EnduranceSubject> rows, Modality modality, int all,
            List<EnduranceSubject> purposes) {
        if (modality != null) {
            rows.add(new EnduranceSubject(modality, null, all));
            rows.addAll(purposes);
            purposes.clear();
        }
    }

    /** Parses stored start times to days, reusing the last result: sets of a session share one start. */
    private static final class Dates {
        private String lastText;
        private LocalDate lastDate;

        LocalDate of(String text) {
            if (!text.equals(lastText)) {
                lastText = text;
                lastDate = parse(text);
            }
            return lastDate;
        }

        /** The date part of {@code yyyy-MM-ddTHH:mm:ss}. */
        static LocalDate parse(String text) {
            return LocalDate.parse(text.substring(0, 10));
        }
    }
}

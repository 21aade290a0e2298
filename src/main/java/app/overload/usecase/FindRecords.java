package app.overload.usecase;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.overload.analysis.PersonalRecord;
import app.overload.analysis.PersonalRecords;
import app.overload.domain.ExerciseId;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.store.Logbook;

/**
 * Personal records: the ones a session just saved sets against every other session in the logbook (the log form
 * names them), and the ones the sessions of a stretch of history set as they were logged (the history marks them).
 * The rules are {@link PersonalRecords}'; this wires them to the logbook's reads.
 */
public final class FindRecords {

    private final Logbook logbook;

    public FindRecords(Logbook logbook) {
        this.logbook = logbook;
    }

    /** What {@code session} (already saved, or about to be) beats: every other session of the logbook, any date. */
    public List<PersonalRecord> setBy(Session session) {
        PersonalRecords.Performance performance = PersonalRecords.Performance.of(session);
        Set<ExerciseId> exercises = new LinkedHashSet<>();
        performance.lifts().forEach(l -> exercises.add(l.exercise()));
        performance.volumes().forEach(v -> exercises.add(v.exercise()));
        PersonalRecords.Bests others = logbook.records().bests(null, session.id(), exercises);
        return PersonalRecords.of(performance, others);
    }

    /**
     * The records set by the sessions from {@code from} up to (not including) {@code until}, each against the
     * sessions before it, whatever filter the history shows them under.
     */
    public Map<SessionId, List<PersonalRecord>> between(LocalDate from, LocalDate until) {
        PersonalRecords.Bests before = logbook.records().bests(from.atStartOfDay(), null, null);
        return PersonalRecords.walk(before, logbook.records().performances(from.atStartOfDay(),
                until.atStartOfDay()));
    }
}

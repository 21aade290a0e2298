package app.overload.usecase;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;

import app.overload.domain.ActivityEntry;
import app.overload.domain.BlockId;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.Session;
import app.overload.domain.StrengthEntry;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.exchange.HistoryFileWriter;
import app.overload.exchange.export.AtomicFile;
import app.overload.exchange.export.ExportException;
import app.overload.exchange.export.SessionTitles;
import app.overload.exchange.export.StrongCsvWriter;
import app.overload.store.Logbook;

/**
 * Export history: every session of a date range to a CSV in Strong's layout (for other apps) or to a complete JSON
 * history file (for Overload, or anyone who wants everything). The file is written next to its name and moved into
 * place once whole. Sessions are read a year at a time, so ten years never sit in memory at once. {@code overload
 * export-history} and Logbook → Export history… both call it.
 */
public final class ExportHistory {

    /** The two kinds of file. */
    public enum Format {
        CSV("csv"), JSON("json");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** "csv" or "json", any case; null for anything else. */
        public static Format named(String text) {
            for (Format f : values()) {
                if (f.extension.equals(text.strip().toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            return null;
        }
    }

    /** What an export wrote. */
    public record Result(Path file, Format format, int sessions, LocalDate first, LocalDate last) {

        /** "Exported 412 sessions (2024-01-02 to 2026-11-20) to /home/a/history.csv." */
        public String describe() {
            if (sessions == 0) {
                return "No sessions in that range; wrote an empty " + format.extension() + " file to " + file + ".";
            }
            return "Exported " + sessions + " session" + (sessions == 1 ? "" : "s") + " (" + first + " to " + last
                    + ") to " + file + ".";
        }
    }

    /** Days read at once: a year holds about 500 sessions of a busy athlete. */
    private static final int CHUNK_DAYS = 366;

    private final Logbook logbook;

    public ExportHistory(Logbook logbook) {
        this.logbook = logbook;
    }

    /**
     * @param from     first day, or null for the first session
     * @param to       last day (included), or null for the last session
     * @param units    the units loads and distances are written in where a file has a choice (CSV; loads in JSON)
     * @param progress told the share of the range written so far
     * @throws ExportException when the file cannot be written; nothing is left half-written
     * @throws IllegalArgumentException when {@code from} is after {@code to}
     */
    public Result export(Path file, Format format, LocalDate from, LocalDate to, UnitPreferences units,
            DoubleConsumer progress) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("The first day (" + from + ") is after the last (" + to + ").");
        }
        var span = logbook.sessions().span();
        LocalDate first = from != null ? from : span.map(s -> s.first()).orElse(null);
        LocalDate last = to != null ? to : span.map(s -> s.last()).orElse(null);
        Range range = first == null || last == null || first.isAfter(last) ? null : new Range(first, last, progress);
        int[] count = {0};
        LocalDate[] seen = {null, null};
        AtomicFile.write(file, out -> {
            Counting counting = s -> {
                count[0]++;
                seen[0] = seen[0] == null ? s.date() : seen[0];
                seen[1] = s.date();
            };
            if (format == Format.CSV) {
                csv(out, range, units, counting);
            } else {
                json(out, range, from, to, units, counting);
            }
        });
        progress.accept(1);
        return new Result(file.toAbsolutePath(), format, count[0], seen[0], seen[1]);
    }

    private void csv(OutputStream out, Range range, UnitPreferences units, Counting counting) throws IOException {
        StrongCsvWriter csv = new StrongCsvWriter(out, logbook.exercises().names(), units.mass(), units.distance(),
                new SessionTitles(logbook.blocks().all()));
        csv.header();
        if (range != null) {
            for (LocalDate start = range.first; !start.isAfter(range.last); start = start.plusDays(CHUNK_DAYS)) {
                for (Session s : range.chunk(logbook, start)) {
                    csv.write(s);
                    counting.counted(s);
                }
            }
        }
        csv.finish();
    }

    /**
     * Two passes over the range: the first only notes which blocks and exercises the sessions name, since the
     * file lists those before the sessions; the second writes the sessions.
     */
    private void json(OutputStream out, Range range, LocalDate from, LocalDate to, UnitPreferences units,
            Counting counting)
            throws IOException {
        Set<BlockId> blockIds = new LinkedHashSet<>();
        Set<ExerciseId> exerciseIds = new LinkedHashSet<>();
        if (range != null) {
            for (LocalDate start = range.first; !start.isAfter(range.last); start = start.plusDays(CHUNK_DAYS)) {
                for (Session s : range.chunk(logbook, start, 0, 0.5)) {
                    if (s instanceof TrainingSession t) {
                        blockIds.add(t.block());
                    }
                    for (ActivityEntry e : s.entries()) {
                        if (e instanceof StrengthEntry strength) {
                            exerciseIds.add(strength.exercise());
                        }
                    }
                }
            }
        }
        List<TrainingBlock> blocks = new ArrayList<>();
        for (TrainingBlock b : logbook.blocks().all()) {
            if (blockIds.contains(b.id())) {
                blocks.add(b);
                exerciseIds.addAll(b.exercises());
            }
        }
        HistoryFileWriter json = new HistoryFileWriter(out, units.mass());
        json.begin(from, to, exercisesWithChains(exerciseIds), blocks);
        if (range != null) {
            for (LocalDate start = range.first; !start.isAfter(range.last); start = start.plusDays(CHUNK_DAYS)) {
                for (Session s : range.chunk(logbook, start, 0.5, 0.5)) {
                    json.write(s);
                    counting.counted(s);
                }
            }
        }
        json.end();
    }

    /** The exercises named plus every exercise their progression chains lead to, catalogue order. */
    private List<Exercise> exercisesWithChains(Set<ExerciseId> used) {
        Map<ExerciseId, Exercise> catalogue = new LinkedHashMap<>();
        logbook.exercises().all().forEach(e -> catalogue.put(e.id(), e));
        Set<ExerciseId> needed = new LinkedHashSet<>();
        Deque<ExerciseId> todo = new ArrayDeque<>(used);
        while (!todo.isEmpty()) {
            ExerciseId id = todo.pop();
            Exercise e = catalogue.get(id);
            if (e == null) {
                throw new ExportException("A session names the exercise \"" + id + "\", which is not in the "
                        + "catalogue; the history cannot be exported until it is.");
            }
            if (needed.add(id) && e.progressesTo() != null) {
                todo.push(e.progressesTo());
            }
        }
        return catalogue.values().stream().filter(e -> needed.contains(e.id())).toList();
    }

    @FunctionalInterface
    private interface Counting {
        void counted(Session s);
    }

    /** The days to export, read a chunk at a time, with the share done told to the progress. */
    private static final class Range {
        final LocalDate first;
        final LocalDate last;
        private final DoubleConsumer progress;
        private final double days;

        Range(LocalDate first, LocalDate last, DoubleConsumer progress) {
            this.first = first;
            this.last = last;
            this.progress = progress;
            this.days = first.until(last, ChronoUnit.DAYS) + 1.0;
        }

        List<Session> chunk(Logbook logbook, LocalDate start) {
            return chunk(logbook, start, 0, 1);
        }

        /**
         * @param offset the share of the whole export done before this pass
         * @param share  the part of the whole export this pass is (two passes: a half each)
         */
        List<Session> chunk(Logbook logbook, LocalDate start, double offset, double share) {
            LocalDate end = start.plusDays(CHUNK_DAYS - 1L);
            if (end.isAfter(last)) {
                end = last;
            }
            List<Session> sessions = logbook.sessions().between(start, end);
            progress.accept(Math.min(1, offset + share * (first.until(end, ChronoUnit.DAYS) + 1) / days));
            return sessions;
        }
    }
}

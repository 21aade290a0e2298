package app.overload.exchange.history;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.overload.domain.ActivityEntry;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.Workout;
import app.overload.store.Logbook;

/**
 * The preview of an import: what would be added, what is already there, how exercise names map to the catalogue
 * and what could not be read. Nothing is written until {@link #apply}; a mapping can be changed before that
 * without reading the files again.
 */
public final class ImportPlan {

    /**
     * One file as read: its format, how many sessions it gave and how its unit was settled.
     *
     * @param warnings  how many changes were made to what it says (listed in {@link #warnings()})
     * @param needsUnit true when the user must choose its weight unit before any of it is imported
     */
    public record FileSummary(String file, HistoryFormat format, int sessions, int problems, String unitNote,
            int warnings, boolean needsUnit) {
    }

    private final List<FileSummary> files;
    private final List<Workout> toAdd;
    private final int duplicates;
    private final List<Problem> problems;
    private final List<Problem> warnings;
    private final List<Exercise> catalogue;
    private final Map<ExerciseId, String> sourceNames;
    private final Map<String, Optional<ExerciseId>> choices;
    private final List<ExerciseMapping> mappings;
    private final ImportTotals totals;

    private ImportPlan(List<FileSummary> files, List<Workout> toAdd, int duplicates, List<Problem> problems,
            List<Problem> warnings, List<Exercise> catalogue, Map<ExerciseId, String> sourceNames,
            Map<String, Optional<ExerciseId>> choices) {
        this.files = List.copyOf(files);
        this.toAdd = List.copyOf(toAdd);
        this.duplicates = duplicates;
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
        this.catalogue = List.copyOf(catalogue);
        this.sourceNames = Map.copyOf(sourceNames);
        this.choices = Map.copyOf(choices);
        this.mappings = computeMappings();
        this.totals = ImportTotals.of(this.toAdd);
    }

    /**
     * Plans the import of what was read.
     *
     * @param existing tells which session ids the logbook already holds (sessions().existing)
     */
    public static ImportPlan of(List<ParsedHistory> parsed, List<Exercise> catalogue,
            Function<Collection<SessionId>, Set<SessionId>> existing) {
        List<FileSummary> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        Map<SessionId, Workout> unique = new LinkedHashMap<>();
        Map<ExerciseId, String> names = new LinkedHashMap<>();
        int duplicates = 0;
        for (ParsedHistory p : parsed) {
            files.add(new FileSummary(p.file(), p.format(), p.workouts().size(), p.problems().size(), p.unitNote(),
                    p.warnings().size(), p.needsUnit()));
            problems.addAll(p.problems());
            warnings.addAll(p.warnings());
            if (p.needsUnit()) {
                continue; // its loads would be a guess: nothing of it is counted or added until the unit is chosen
            }
            p.exerciseNames().forEach(names::putIfAbsent);
            for (Workout w : p.workouts()) {
                if (unique.putIfAbsent(w.id(), w) != null) {
                    duplicates++; // the same session twice in this import (same file twice, GPX and FIT of a run)
                }
            }
        }
        Set<SessionId> stored = existing.apply(unique.keySet());
        List<Workout> toAdd = new ArrayList<>();
        for (Workout w : unique.values()) {
            if (stored.contains(w.id())) {
                duplicates++;
            } else {
                toAdd.add(w);
            }
        }
        toAdd.sort(Comparator.comparing(Workout::start));
        return new ImportPlan(files, toAdd, duplicates, problems, warnings, catalogue, names, Map.of());
    }

    /**
     * The same plan with one name mapped by the user: to a catalogue exercise, or (empty) to a new exercise of
     * its own.
     */
    public ImportPlan withChoice(String sourceName, Optional<ExerciseId> target) {
        if (target.isPresent() && catalogue.stream().noneMatch(e -> e.id().equals(target.get()))) {
            throw new IllegalArgumentException("No exercise " + target.get() + " in the catalogue.");
        }
        Map<String, Optional<ExerciseId>> next = new HashMap<>(choices);
        next.put(sourceName, target);
        return new ImportPlan(files, toAdd, duplicates, problems, warnings, catalogue, sourceNames, next);
    }

    public List<FileSummary> files() {
        return files;
    }

    /** The sessions the import would add, oldest first, with the source apps' exercise names unmapped. */
    public List<Workout> sessionsToAdd() {
        return toAdd;
    }

    public int duplicatesSkipped() {
        return duplicates;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Every change made to what the files say, with where; they do not stop an import. */
    public List<Problem> warnings() {
        return warnings;
    }

    /** The files whose weight unit the user must choose; none of their sessions is in this plan until then. */
    public List<FileSummary> needingUnit() {
        return files.stream().filter(FileSummary::needsUnit).toList();
    }

    public List<ExerciseMapping> mappings() {
        return mappings;
    }

    public List<Exercise> catalogue() {
        return catalogue;
    }

    public ImportTotals totals() {
        return totals;
    }

    /**
     * Writes the new sessions and the exercises they need in one transaction. With problems and without
     * {@code skipProblems} nothing is written: a partial history is only imported when the user said so.
     */
    public ImportResult apply(Logbook logbook, boolean skipProblems) {
        Optional<String> refused = refusal(skipProblems);
        if (refused.isPresent()) {
            return new ImportResult(false, 0, 0, duplicates, 0, refused.get());
        }
        Set<SessionId> storedMeanwhile = logbook.sessions().existing(toAdd.stream().map(Workout::id).toList());
        List<Workout> sessions = mapped().stream().filter(w -> !storedMeanwhile.contains(w.id())).toList();
        List<Exercise> created = newExercisesFor(sessions);
        int skipped = duplicates + storedMeanwhile.size();
        if (sessions.isEmpty()) {
            return new ImportResult(false, 0, 0, skipped, problems.size(), nothingNew(skipped));
        }
        // Counted inside the transaction: another import of the same file at the same time adds them only once.
        Logbook.Added added = logbook.addNew(created, sessions);
        skipped += sessions.size() - added.sessions();
        if (added.sessions() == 0) {
            return new ImportResult(false, 0, 0, skipped, problems.size(),
                    "Nothing new to import: every session is already in the logbook.");
        }
        return new ImportResult(true, added.sessions(), added.exercises(), skipped, problems.size(),
                "Imported " + added.sessions() + " session" + (added.sessions() == 1 ? "" : "s") + " as workouts"
                        + (added.exercises() == 0 ? "" : " and added " + added.exercises() + " exercise"
                                + (added.exercises() == 1 ? "" : "s")) + ".");
    }

    /**
     * Why {@link #apply} would write nothing without even trying, or empty when it would go ahead: a file whose
     * weight unit the user has not chosen, or rows that could not be read when skipping them was not accepted. A
     * dry run asks this to end the way the real run would.
     */
    public Optional<String> refusal(boolean skipProblems) {
        if (!needingUnit().isEmpty()) {
            return Optional.of(unitQuestion() + " Nothing was imported.");
        }
        if (!problems.isEmpty() && !skipProblems) {
            return Optional.of(problems.size() + " row" + (problems.size() == 1 ? "" : "s") + " or point"
                    + (problems.size() == 1 ? "" : "s") + " could not be read; nothing was imported. Fix the file,"
                    + " or accept skipping them.");
        }
        return Optional.empty();
    }

    /** True when the files gave no session at all, new or already stored: everything in them was unreadable. */
    public boolean readNothing() {
        return toAdd.isEmpty() && duplicates == 0 && needingUnit().isEmpty() && !problems.isEmpty();
    }

    /**
     * Why nothing was written although the import was allowed: every session was already there, or nothing could
     * be read at all, or some of each. Never claims sessions are in the logbook when none of them was read.
     */
    private String nothingNew(int skipped) {
        String unread = problems.size() + (problems.size() == 1 ? " row or point" : " rows or points")
                + " could not be read";
        if (skipped == 0) {
            return "Nothing was imported: " + (problems.isEmpty() ? "the files hold no sessions"
                    : unread + " and no session was left to import") + ".";
        }
        String already = skipped == 1 ? "the only session read is already in the logbook"
                : "all " + skipped + " sessions read are already in the logbook";
        return "Nothing new to import: " + already + (problems.isEmpty() ? "" : "; " + unread) + ".";
    }

    /**
     * The question for the user when some file's weight unit is unknown, naming the files: "strong.csv does not
     * say …. Choose the unit." The front ends say how to choose.
     */
    public String unitQuestion() {
        List<FileSummary> open = needingUnit();
        if (open.isEmpty()) {
            return "";
        }
        String names = open.stream().map(f -> Path.of(f.file()).getFileName().toString())
                .collect(Collectors.joining(", "));
        return (open.size() == 1 ? names + " does not say whether its weights are kilograms or pounds"
                : names + " do not say whether their weights are kilograms or pounds")
                + ", and the loads do not tell. Choose the unit.";
    }

    /** The sessions to add with every exercise name mapped to its target. */
    public List<Workout> mapped() {
        Map<ExerciseId, ExerciseId> target = new HashMap<>();
        Map<String, ExerciseMapping> bySource = new HashMap<>();
        mappings.forEach(m -> bySource.put(m.sourceName(), m));
        sourceNames.forEach((provisional, name) -> {
            ExerciseMapping m = bySource.get(name);
            target.put(provisional, m == null ? provisional : m.targetId());
        });
        List<Workout> result = new ArrayList<>(toAdd.size());
        for (Workout w : toAdd) {
            List<ActivityEntry> entries = new ArrayList<>(w.entries().size());
            for (ActivityEntry e : w.entries()) {
                entries.add(e instanceof StrengthEntry s
                        ? new StrengthEntry(target.getOrDefault(s.exercise(), s.exercise()), s.sets(), s.notes()) : e);
            }
            result.add(new Workout(w.id(), w.start(), w.duration(), w.rpe(), w.notes(), entries, w.label()));
        }
        return result;
    }

    private List<Exercise> newExercisesFor(List<Workout> sessions) {
        Set<ExerciseId> used = new HashSet<>();
        sessions.forEach(w -> w.entries().forEach(e -> {
            if (e instanceof StrengthEntry s) {
                used.add(s.exercise());
            }
        }));
        Map<ExerciseId, Exercise> created = new LinkedHashMap<>();
        for (ExerciseMapping m : mappings) {
            if (m.isNew() && used.contains(m.targetId())) {
                created.putIfAbsent(m.targetId(), m.target());
            }
        }
        return List.copyOf(created.values());
    }

    /** A new exercise whose key cannot overwrite a catalogue entry, even when the user asked for a new one. */
    private static Exercise freshExercise(ExerciseMatcher matcher, String name) {
        Exercise made = ExerciseMatcher.newExercise(name);
        if (matcher.byId(made.id()).isEmpty()) {
            return made;
        }
        String key = made.id().value();
        ExerciseId other = ExerciseId.of((key.length() > 70 ? key.substring(0, 70) : key) + "-imported");
        return new Exercise(other, made.name(), made.pattern(), made.region(), made.increment(), made.defaultRest(),
                null);
    }

    private List<ExerciseMapping> computeMappings() {
        Map<ExerciseId, Integer> setsByName = new HashMap<>();
        for (Workout w : toAdd) {
            for (ActivityEntry e : w.entries()) {
                if (e instanceof StrengthEntry s) {
                    setsByName.merge(s.exercise(), s.sets().size(), Integer::sum);
                }
            }
        }
        ExerciseMatcher matcher = new ExerciseMatcher(catalogue);
        List<ExerciseMapping> result = new ArrayList<>();
        for (Map.Entry<ExerciseId, String> source : sourceNames.entrySet()) {
            Integer sets = setsByName.get(source.getKey());
            if (sets == null) {
                continue; // only in sessions already imported
            }
            String name = source.getValue();
            Optional<ExerciseId> chosen = choices.get(name);
            ExerciseMapping m;
            if (chosen != null && chosen.isPresent()) {
                m = new ExerciseMapping(name, matcher.byId(chosen.get()).orElseThrow(), ExerciseMapping.How.CHOSEN,
                        sets);
            } else {
                Optional<Exercise> found = chosen == null ? matcher.match(name) : Optional.empty();
                m = found.map(e -> new ExerciseMapping(name, e, ExerciseMapping.How.MATCHED, sets))
                        .orElseGet(() -> new ExerciseMapping(name, freshExercise(matcher, name),
                                ExerciseMapping.How.NEW, sets));
            }
            result.add(m);
        }
        result.sort(Comparator.comparing(ExerciseMapping::how).thenComparing(ExerciseMapping::sourceName,
                String.CASE_INSENSITIVE_ORDER));
        return List.copyOf(result);
    }
}

package app.overload.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import app.overload.domain.Exercise;
import app.overload.domain.MassUnit;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.exchange.BlockDiff.Kind;
import app.overload.exchange.BlockDiff.PlanChange;
import app.overload.exchange.ImportChoices.Side;

/**
 * An import preview in words, in the reader's units, for both front ends: the summary; for a new block its weeks
 * and planned sessions; for a block already in the logbook what the file changes, field by field and planned
 * session by planned session; the sessions the file logs against the plan; and exercises it describes otherwise.
 *
 * @param outline  a new block's weeks, each with its planned sessions (empty for a known block)
 * @param details  the block's own fields the file changes
 * @param plan     the planned sessions the file adds, removes or changes
 * @param logged   the sessions the file logs against the plan that are new to this logbook
 * @param exercises exercises the file describes otherwise than the catalogue, which stays as it is
 */
public record BlockPreviewText(List<String> summary, List<Week> outline, List<String> details, List<PlannedLine> plan,
        List<String> logged, List<String> exercises) {

    /** At most this many new sessions are named; the rest are counted. */
    static final int SESSIONS_NAMED = 12;

    /** One week of a new block: "Week 1 · Mon 6 Apr to Sun 12 Apr (deload)" and its planned sessions. */
    public record Week(String heading, List<String> sessions) {
        public Week {
            sessions = List.copyOf(sessions);
        }
    }

    /**
     * One planned session the file adds, removes or changes.
     *
     * @param ref     the start of its id, for choosing it on the command line
     * @param changes what the file does to it, one phrase each (what it asks for, when added or removed)
     * @param logged  a sentence when the athlete already logged it, else empty
     */
    public record PlannedLine(PlannedSessionId id, String ref, Kind kind, String heading, List<String> changes,
            String logged) {

        public PlannedLine {
            changes = List.copyOf(changes);
        }

        /** "Added: Week 5, Wed 6 May · Heavy: back squat 5×5 @ 90 kg". */
        public String sentence() {
            String verb = switch (kind) {
                case ADDED -> "Added";
                case REMOVED -> "Removed";
                case CHANGED -> "Changed";
            };
            return verb + ": " + heading + ": " + String.join("; ", changes) + (logged.isEmpty() ? "" : " (" + logged
                    + ")");
        }
    }

    public BlockPreviewText {
        summary = List.copyOf(summary);
        outline = List.copyOf(outline);
        details = List.copyOf(details);
        plan = List.copyOf(plan);
        logged = List.copyOf(logged);
        exercises = List.copyOf(exercises);
    }

    static BlockPreviewText of(ImportPreview p, UnitPreferences units) {
        DiffWords words = new DiffWords(units, p.exerciseNames());
        List<String> summary = new ArrayList<>(p.describe());
        if (p.change() == ImportPreview.Change.NEW) {
            summary.add(1, "Goal: " + p.block().goal().describe(units, p.exerciseNames()) + " by " + p.block().goalDate()
                    + ".");
        }
        unitsNote(p.contents().units(), units).ifPresent(summary::add);
        List<Week> outline = p.change() == ImportPreview.Change.NEW ? outline(p.block(), words) : List.of();
        List<String> details = new ArrayList<>();
        List<PlannedLine> plan = new ArrayList<>();
        if (p.diff() != null) {
            BlockDiff diff = p.diff();
            diff.fields().forEach(f -> details.add(words.field(f, diff.stored(), diff.incoming())));
            int refLength = refLength(diff.plan());
            for (PlanChange change : diff.plan()) {
                plan.add(line(change, diff, p.loggedAgainst(), words, refLength));
            }
        }
        return new BlockPreviewText(summary, outline, details, plan, logged(p, words), exercises(p.described(), units));
    }

    private static Optional<String> unitsNote(UnitPreferences file, UnitPreferences reader) {
        if (file.mass() == reader.mass()) {
            return Optional.empty();
        }
        return Optional.of("The file was written in " + (file.mass() == MassUnit.LB ? "pounds" : "kilograms")
                + "; loads are shown here in " + (reader.mass() == MassUnit.LB ? "pounds" : "kilograms") + ".");
    }

    private static List<Week> outline(TrainingBlock block, DiffWords words) {
        List<Week> weeks = new ArrayList<>();
        for (int w = 1; w <= block.weeks(); w++) {
            LocalDate first = block.weekStart(w);
            String kind = switch (block.kindOf(w)) {
                case DELOAD -> " (deload)";
                case TAPER -> " (taper)";
                case NORMAL -> "";
            };
            String phase = block.phaseOf(w).map(ph -> ", " + ph.name()).orElse("");
            List<String> sessions = new ArrayList<>();
            for (PlannedSession planned : block.plannedIn(w)) {
                sessions.add(DiffWords.day(block.dateOf(planned)) + " · " + planned.displayName() + ": "
                        + words.outline(planned));
            }
            if (sessions.isEmpty()) {
                sessions.add("nothing planned");
            }
            weeks.add(new Week("Week " + w + " · " + DiffWords.day(first) + " to " + DiffWords.day(first.plusDays(6))
                    + kind + phase, sessions));
        }
        return weeks;
    }

    /** The shortest start of the ids, eight characters or more, that tells the changed planned sessions apart. */
    private static int refLength(List<PlanChange> changes) {
        int length = 8;
        while (length < 36) {
            int n = length;
            if (changes.stream().map(c -> c.id().toString().substring(0, n)).distinct().count() == changes.size()) {
                break;
            }
            length++;
        }
        return length;
    }

    private static PlannedLine line(PlanChange change, BlockDiff diff, Map<PlannedSessionId, LocalDate> logged,
            DiffWords words, int refLength) {
        String ref = change.id().toString().substring(0, refLength);
        LocalDate done = logged.get(change.id());
        String note = done == null ? "" : "you logged it on " + DiffWords.day(done)
                + (change.kind() == Kind.REMOVED ? "; the session stays in your history" : "");
        return switch (change.kind()) {
            case ADDED -> new PlannedLine(change.id(), ref, Kind.ADDED,
                    words.heading(diff.incoming(), change.incoming()), List.of(words.outline(change.incoming())), "");
            case REMOVED -> new PlannedLine(change.id(), ref, Kind.REMOVED,
                    words.heading(diff.stored(), change.stored()), List.of(words.outline(change.stored())), note);
            case CHANGED -> new PlannedLine(change.id(), ref, Kind.CHANGED,
                    words.heading(diff.stored(), change.stored()),
                    words.changes(diff.stored(), change.stored(), diff.incoming(), change.incoming()), note);
        };
    }

    private static List<String> logged(ImportPreview p, DiffWords words) {
        TrainingBlock block = p.block();
        List<String> lines = new ArrayList<>();
        List<TrainingSession> sessions = p.newSessions();
        for (int i = 0; i < sessions.size() && i < SESSIONS_NAMED; i++) {
            TrainingSession s = sessions.get(i);
            Optional<PlannedSession> planned = s.plannedSession() == null ? Optional.empty()
                    : block.planned(s.plannedSession());
            lines.add(DiffWords.day(s.start().toLocalDate()) + " · " + planned.map(ps -> ps.displayName() + " (week "
                    + ps.week() + ")").orElse(s.purpose().label() + ", outside the plan"));
        }
        if (sessions.size() > SESSIONS_NAMED) {
            lines.add("and " + (sessions.size() - SESSIONS_NAMED) + " more, to "
                    + DiffWords.dayWithYear(sessions.get(sessions.size() - 1).start().toLocalDate()));
        }
        return lines;
    }

    private static List<String> exercises(List<ImportPreview.ExerciseDifference> described, UnitPreferences units) {
        List<String> lines = new ArrayList<>();
        for (ImportPreview.ExerciseDifference d : described) {
            Exercise mine = d.mine();
            Exercise theirs = d.theirs();
            List<String> file = new ArrayList<>();
            List<String> yours = new ArrayList<>();
            if (!mine.name().equals(theirs.name())) {
                file.add("name \"" + theirs.name() + "\"");
                yours.add("\"" + mine.name() + "\"");
            }
            if (!mine.increment().sameAs(theirs.increment())) {
                file.add("step " + units.format(theirs.increment()));
                yours.add(units.format(mine.increment()));
            }
            if (!mine.defaultRest().equals(theirs.defaultRest())) {
                file.add("rest " + units.format(theirs.defaultRest()));
                yours.add(units.format(mine.defaultRest()));
            }
            if (mine.pattern() != theirs.pattern() || mine.region() != theirs.region()
                    || !Objects.equals(mine.progressesTo(), theirs.progressesTo())) {
                file.add("another movement or chain");
                yours.add("yours");
            }
            if (!file.isEmpty()) {
                lines.add(mine.name() + " (" + mine.id() + "): the file says " + String.join(", ", file)
                        + "; your catalogue's " + String.join(", ", yours) + " " + (yours.size() == 1 ? "stays" : "stay")
                        + ".");
            }
        }
        return lines;
    }

    /**
     * The whole preview as lines for the command line, each planned change marked with the side that wins under
     * {@code choices}.
     */
    public List<String> lines(ImportChoices choices) {
        List<String> lines = new ArrayList<>(summary);
        if (!outline.isEmpty()) {
            lines.add("Plan:");
            for (Week week : outline) {
                lines.add("  " + week.heading());
                week.sessions().forEach(s -> lines.add("    " + s));
            }
        }
        if (!details.isEmpty()) {
            lines.add("The block's details in the file" + (choices.details() == Side.MINE ? " (keeping yours):"
                    : " (taking the file's):"));
            details.forEach(d -> lines.add("  " + d));
        }
        if (!plan.isEmpty()) {
            lines.add("Planned sessions the file changes:");
            for (PlannedLine line : plan) {
                lines.add("  [" + line.ref() + "] " + line.sentence() + (choices.sideOf(line.id()) == Side.MINE
                        ? " — keeping yours" : ""));
            }
        }
        if (!logged.isEmpty()) {
            lines.add("Sessions logged against the plan, new to this logbook:");
            logged.forEach(l -> lines.add("  " + l));
        }
        if (!exercises.isEmpty()) {
            lines.add("Exercises described otherwise in the file:");
            exercises.forEach(e -> lines.add("  " + e));
        }
        return lines;
    }

    /**
     * The planned session a reference from the command line means: a start of its id, as the preview prints it.
     *
     * @return empty when no change, or more than one, starts with it
     */
    public Optional<PlannedSessionId> planned(String ref) {
        String start = ref.strip().toLowerCase(Locale.ROOT);
        List<PlannedSessionId> matches = start.length() < 4 ? List.of()
                : plan.stream().map(PlannedLine::id).filter(id -> id.toString().startsWith(start)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** The changes a person can choose about: the block's details and each planned session the file touches. */
    public int choices() {
        return (details.isEmpty() ? 0 : 1) + plan.size();
    }
}

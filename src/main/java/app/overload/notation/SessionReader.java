package app.overload.notation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import app.overload.domain.ActivityEntry;
import app.overload.domain.Checks;
import app.overload.domain.Durations;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.InvalidValueException;
import app.overload.domain.Modality;
import app.overload.domain.PlannedSession;
import app.overload.domain.PlannedSessionId;
import app.overload.domain.Purpose;
import app.overload.domain.Rpe;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TimedEntry;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.Workout;
import app.overload.notation.Token.Type;

/** Reads the text of one session (a line, or a paragraph whose line breaks part its entries) into a session. */
final class SessionReader {

    /** A line with no written duration counts each set as a minute of work plus its rest, two minutes if none. */
    static final Duration SET_WORK = Duration.ofMinutes(1);
    static final Duration SET_REST = Duration.ofMinutes(2);
    static final LocalTime NOON = LocalTime.NOON;

    private final String text;
    private final int start;
    private final int end;
    private final NotationContext context;
    /** Planned sessions claimed by earlier sessions of the same input. */
    private final Set<PlannedSessionId> claimed;
    private final List<NewExercise> newExercises = new ArrayList<>();
    private Purpose entryPurpose;
    private TrainingBlock resolvedBlock;
    private final List<Token> all;

    SessionReader(String text, int start, int end, NotationContext context, Set<PlannedSessionId> claimed) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.context = context;
        this.claimed = claimed;
        this.all = Lexer.lex(text, start, end);
    }

    Reading.Understood read() {
        List<Token> tokens = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Token t : all) {
            if (t.is(Type.NOTES)) {
                notes.add(t.text());
            } else {
                tokens.add(t);
            }
        }
        Cursor in = new Cursor(text, tokens);
        LocalDate today = context.now().toLocalDate();
        HeaderReader.Header header = HeaderReader.read(in, today);
        boolean training = header.training != null ? header.training : context.block() != null;
        List<ActivityEntry> entries = new ArrayList<>();
        List<Token> piece = new ArrayList<>();
        while (true) {
            Token t = in.done() ? null : in.next();
            if (t != null && t.is(Type.SEP) && !piece.isEmpty() && CarryReader.loadedAhead(in, 0)) {
                piece.add(t); // "Farmer's carry 5×5 @ 60 kg; 40 kg × 40 m": the carries of the same exercise
            } else if (t == null || t.is(Type.SEP)) {
                if (!piece.isEmpty()) {
                    entries.add(entry(in.over(piece), training));
                    piece = new ArrayList<>();
                }
                if (t == null) {
                    break;
                }
            } else {
                piece.add(t);
            }
        }
        if (entries.isEmpty()) {
            throw new Refusal(start, end, (text.substring(start, end).isBlank() ? ""
                    : "`" + text.substring(start, end).strip() + "` — ")
                    + "at least one exercise or activity, e.g. Back squat 5x5 @ 100 or run 8 km in 40:12");
        }
        Session session = session(header, entries, training, String.join("\n", notes));
        return new Reading.Understood(session, resolvedBlock, newExercises, start, end);
    }

    /**
     * One entry. A value the domain refuses on the way (a pace slower than movement, a distance past 1,000 km) is
     * refused at the entry's words with the domain's message.
     */
    private ActivityEntry entry(Cursor in, boolean training) {
        try {
            return entryOf(in, training);
        } catch (InvalidValueException e) {
            throw in.refuse(in.firstOfAll(), in.lastOfAll(), e.getMessage());
        }
    }

    private ActivityEntry entryOf(Cursor in, boolean training) {
        Token first = in.peek();
        boolean quoted = in.at(Type.QUOTED);
        Token nameEnd;
        String name;
        if (quoted) {
            nameEnd = in.next();
            name = nameEnd.text();
        } else {
            nameEnd = nameTokens(in);
            if (nameEnd == null) {
                throw in.refuse(first, first.is(Type.DATE) || first.is(Type.CLOCK)
                        ? "a date or start time only at the start of a session; separate sessions with a blank line"
                        : "an exercise or an activity first, e.g. Back squat 5x5 @ 100 or run 8 km in 40:12");
            }
            name = in.source(first, nameEnd);
        }
        Optional<Modality> modality = quoted ? Optional.empty() : Words.modality(name);
        if (modality.isPresent() && in.atDuration()) {
            // "Run 29:02 @ RPE 6": a run has no effort of its own, so this is a timed activity called Run.
            int before = in.position();
            try {
                TimedEntry timed = TimedReader.read(in, name, first);
                if (timed.effort() != null) {
                    return timed;
                }
            } catch (Refusal notTimed) {
                // read as the modality below
            }
            in.reset(before);
        }
        if (modality.isPresent()) {
            if (looksLikeLoadedSets(in)) {
                throw in.refuse(first, in.peek(in.remaining() - 1), "a distance or a time after " + name
                        + ", which means " + activity(modality.get()) + " here; for a lift give its full name, e.g. "
                        + "Barbell row 5x5 @ 60");
            }
            EnduranceReader.Result result = EnduranceReader.read(in, modality.get(), context.units(), first);
            if (result.purpose() == null) {
                return result.entry();
            }
            if (training) {
                entryPurpose = entryPurpose == null ? result.purpose() : entryPurpose;
                return result.entry();
            }
            // A workout has no purpose: the word is kept as the entry's note instead of being dropped.
            EnduranceEntry e = result.entry();
            return new EnduranceEntry(e.modality(), e.distance(), e.duration(), e.averageHeartRate(),
                    e.elevationGain(), e.intervals(), result.purposeText(), e.maxHeartRate(), null);
        }
        if (in.atDuration()) {
            return TimedReader.read(in, name, first);
        }
        Optional<Exercise> exercise = context.catalogue().find(name);
        if (exercise.isEmpty() && !in.done() && !looksLikeSets(in)) {
            return TimedReader.read(in, name, first);
        }
        if (exercise.isEmpty() && in.done()) {
            throw in.refuse(first, nameEnd, "what was done after the name: sets (5x5 @ 100), a distance and a time "
                    + "(run 8 km in 40:12) or a time (45 min)");
        }
        ExerciseId id = exercise.map(Exercise::id).orElseGet(() -> newExercise(first, nameEnd, name));
        List<StrengthSet> sets = StrengthReader.read(in, context.units().mass(), name, first);
        try {
            return new StrengthEntry(id, sets);
        } catch (InvalidValueException e) {
            throw in.refuse(first, in.last(), e.getMessage());
        }
    }

    /** The last token of the name at the cursor (words, dashes between them, a parenthesis of words), or null. */
    static Token nameTokens(Cursor in) {
        Token last = null;
        while (!in.done()) {
            Token t = in.peek();
            if (bodyWeightTimes(in)) {
                break; // "Plank body weight × 1:00": the load of a hold, not part of the name
            }
            if (t.is(Type.WORD) && !in.at(1, Type.COLON)) {
                last = in.next();
            } else if (t.is(Type.DASH) && last != null && in.at(1, Type.WORD)) {
                in.next();
            } else if (t.is(Type.LPAREN) && last != null && wordsInParenthesis(in)) {
                while (!in.at(Type.RPAREN)) {
                    in.next();
                }
                last = in.next();
            } else {
                break;
            }
        }
        return last;
    }

    private static boolean bodyWeightTimes(Cursor in) {
        return in.atWord("bw", "bodyweight") && in.at(1, Type.TIMES)
                || in.atWord("body") && in.peek(1).isWord("weight") && in.at(2, Type.TIMES);
    }

    private static boolean wordsInParenthesis(Cursor in) {
        for (int i = 1; i < in.remaining(); i++) {
            Token t = in.peek(i);
            if (t.is(Type.RPAREN)) {
                return i > 1;
            }
            if (!t.is(Type.WORD)) {
                return false;
            }
        }
        return false;
    }

    /** Sets rather than a time: "5x5", "5, 5, 4", "@ 100". */
    private static boolean looksLikeSets(Cursor in) {
        for (int i = 0; i < in.remaining(); i++) {
            Token t = in.peek(i);
            if (t.is(Type.TIMES) || t.is(Type.AT) || t.is(Type.COMMA) || t.is(Type.PLUS)) {
                return true;
            }
        }
        return false;
    }

    /** "row 5x5 @ 60": sets at a load after a modality's word. */
    private static boolean looksLikeLoadedSets(Cursor in) {
        for (int i = 0; i + 1 < in.remaining(); i++) {
            if (in.peek(i).is(Type.AT) && in.peek(i + 1).is(Type.NUMBER)
                    && (i + 2 >= in.remaining() || !in.peek(i + 2).is(Type.SLASH))) {
                for (int j = 0; j < i; j++) {
                    if (in.peek(j).is(Type.TIMES) && !(j + 2 < in.remaining() && Words.metresPer(in.peek(j + 2)) > 0)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String activity(Modality modality) {
        return switch (modality) {
            case RUN -> "running";
            case WALK -> "walking";
            case RIDE -> "cycling";
            case ROW -> "rowing";
            case SWIM -> "swimming";
            default -> modality.label().toLowerCase(Locale.ROOT);
        };
    }

    private ExerciseId newExercise(Token first, Token last, String name) {
        if (!context.newExercises()) {
            List<String> closest = context.catalogue().closest(name);
            String offer = closest.isEmpty() ? "" : "; did you mean " + orList(closest) + "?";
            throw new Refusal(first.start(), last.end(), "`" + name + "` — an exercise from the catalogue" + offer,
                    closest, name);
        }
        try {
            NewExercise added = new NewExercise(ExerciseId.fromName(name), Checks.name(name, "exercise name"));
            if (!newExercises.contains(added)) {
                newExercises.add(added);
            }
            return added.id();
        } catch (InvalidValueException e) {
            throw new Refusal(first.start(), last.end(), "`" + name + "` — " + e.getMessage());
        }
    }

    static String orList(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private Session session(HeaderReader.Header h, List<ActivityEntry> entries, boolean training, String notes) {
        LocalDate today = context.now().toLocalDate();
        LocalDate day = h.date != null ? h.date : context.date();
        if (day.isAfter(today.plusDays(1)) || !Checks.inLogbookRange(day)) {
            Token at = h.dateToken != null ? h.dateToken : all.get(0);
            throw new Refusal(at.start(), at.end(), "`" + (h.dateToken != null ? at.text() : day.toString())
                    + "` — a day up to tomorrow (" + today.plusDays(1) + ")");
        }
        LocalTime time = h.time != null ? h.time
                : day.equals(today) ? context.now().toLocalTime().truncatedTo(ChronoUnit.MINUTES) : NOON;
        LocalDateTime startAt = day.atTime(time);
        Duration length = h.duration != null ? h.duration : derivedDuration(entries);
        if (h.duration == null && length.compareTo(Checks.MAX_DURATION) > 0) {
            throw new Refusal(start, end, "`" + text.substring(start, end).strip() + "` — the entries add up to "
                    + Durations.clock(length) + ", more than a session can last; give its length, e.g. for 3:00:00");
        }
        Rpe rpe = h.rpe == null ? null : Rpe.of(h.rpe);
        try {
            if (!training) {
                // A workout has no purpose: "easy" before it names the workout instead of being dropped.
                String label = h.label != null ? h.label : h.purposeText != null ? h.purposeText : "";
                return new Workout(SessionId.random(), startAt, length, rpe, notes, entries, label);
            }
            TrainingBlock block = block(h);
            resolvedBlock = block;
            Purpose purpose = h.purpose != null ? h.purpose : entryPurpose != null ? entryPurpose : context.purpose();
            PlannedSession planned = planned(block, day, purpose);
            if (purpose == null && planned != null) {
                purpose = planned.purpose();
            }
            if (purpose == null) {
                Token at = h.blockToken != null ? h.blockToken : h.kindToken != null ? h.kindToken : all.get(0);
                throw new Refusal(at.start(), at.end(), "`" + text.substring(at.start(), at.end()) + "` — a purpose "
                        + "after the block, e.g. training \"" + block.name() + "\" heavy strength");
            }
            return new TrainingSession(SessionId.random(), startAt, length, rpe, notes, entries, block.id(), purpose,
                    planned == null ? null : planned.id());
        } catch (InvalidValueException e) {
            throw new Refusal(start, end, "`" + text.substring(start, end).strip() + "` — " + e.getMessage());
        }
    }

    /** The time of a line that does not say how long the session took: its entries' time, sets counted as above. */
    static Duration derivedDuration(List<ActivityEntry> entries) {
        Duration total = Duration.ZERO;
        for (ActivityEntry e : entries) {
            if (e instanceof StrengthEntry s) {
                for (StrengthSet set : s.sets()) {
                    total = total.plus(SET_WORK).plus(set.restBefore() == null ? SET_REST : set.restBefore());
                }
            } else {
                total = total.plus(e.duration());
            }
        }
        return total;
    }

    /** The block a training session belongs to: named in the line, else the default. */
    private TrainingBlock block(HeaderReader.Header h) {
        if (h.block == null) {
            if (context.block() == null) {
                Token at = h.kindToken != null ? h.kindToken : all.get(0);
                throw new Refusal(at.start(), at.end(), "`" + at.text() + "` — the block's name in quotes after it, "
                        + "e.g. training \"Linear 5×5\" heavy strength");
            }
            return within(context.block(), h);
        }
        String wanted = h.block.strip().toLowerCase(Locale.ROOT);
        List<TrainingBlock> exact = context.blocks().stream()
                .filter(b -> b.name().toLowerCase(Locale.ROOT).equals(wanted)).toList();
        List<TrainingBlock> found = exact.isEmpty() ? context.blocks().stream()
                .filter(b -> b.name().toLowerCase(Locale.ROOT).contains(wanted)).toList() : exact;
        Token at = h.blockToken;
        if (found.size() != 1) {
            List<String> names = (found.isEmpty() ? context.blocks() : found).stream().map(TrainingBlock::name)
                    .toList();
            String typed = text.substring(at.start(), at.end());
            throw new Refusal(at.start(), at.end(), "`" + typed + "` — " + (names.isEmpty()
                    ? "a block, but the logbook has none; log it as a workout or plan a block first"
                    : (found.isEmpty() ? "the name of a block: " : "one block; it could be ") + orList(names)));
        }
        return within(found.get(0), h);
    }

    private TrainingBlock within(TrainingBlock block, HeaderReader.Header h) {
        LocalDate day = h.date != null ? h.date : context.date();
        if (block.weekOf(day).isEmpty()) {
            Token at = h.blockToken != null ? h.blockToken : h.dateToken != null ? h.dateToken : all.get(0);
            throw new Refusal(at.start(), at.end(), "`" + text.substring(at.start(), at.end()) + "` — a day inside "
                    + block.name() + ", which runs from " + block.start() + " to "
                    + block.weekStart(block.weeks()).plusDays(6) + " (the session is on " + day + ")");
        }
        return block;
    }

    /**
     * The planned session of {@code block} on {@code day} this session fulfils, as the log form offers it: the first
     * not logged yet, of the same purpose when one is given.
     */
    private PlannedSession planned(TrainingBlock block, LocalDate day, Purpose purpose) {
        for (PlannedSession p : block.plan()) {
            if (block.dateOf(p).equals(day) && !context.done().contains(p.id()) && !claimed.contains(p.id())
                    && (purpose == null || p.purpose() == purpose)) {
                claimed.add(p.id());
                return p;
            }
        }
        return null;
    }
}

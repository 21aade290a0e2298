package app.overload.exchange.history;

import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.overload.domain.InvalidValueException;
import app.overload.domain.Workout;

/**
 * What reading a GPX and a TCX file have in common: walking the XML, keeping every activity finished before a
 * break and leaving out the one the break falls in, and saying what is wrong in plain words. The subclasses read
 * their elements.
 */
abstract class XmlActivityParser implements XmlInput.Elements {

    protected final String file;
    protected final ZoneId zone;
    protected final List<Problem> problems = new ArrayList<>();
    protected final List<Workout> workouts = new ArrayList<>();
    /** The activity being read; null between activities. */
    protected ActivityDraft draft;
    /** The line the reader is on. */
    protected long line;
    private final List<Problem> warnings = new ArrayList<>();

    protected XmlActivityParser(String file, ZoneId zone) {
        this.file = file;
        this.zone = zone;
    }

    abstract HistoryFormat format();

    /** The local name of the root element: "gpx", "TrainingCenterDatabase". */
    abstract String root();

    /**
     * Builds the activity read, or reports why it was left out in a sentence that begins with {@code what}
     * ("Track \"Evening Run\"", "An activity"). A name the logbook has to cut or clean is kept with a warning.
     */
    protected final void finish(String what) {
        try {
            Workout built = draft.build(zone);
            String name = draft.name.strip();
            if (!name.isEmpty() && !built.label().equals(name)) {
                warnings.add(Problem.atLine(file, draft.firstLine, "The name \"" + Texts.shorten(name) + "\" was"
                        + " read as \"" + Texts.shorten(built.label()) + "\" (cut to length or cleaned of control"
                        + " characters)."));
            }
            workouts.add(built);
        } catch (InvalidValueException | IllegalStateException e) {
            problems.add(Problem.atLine(file, line, what + " was left out: " + e.getMessage()));
        }
        draft = null;
    }

    @Override
    public final void at(long current) {
        line = current;
    }

    final ParsedHistory run(InputStream in) {
        XmlInput.Walk walk = XmlInput.walk(in, root(), this);
        if (walk.failure() instanceof TextInput.Undecodable) {
            return ParsedHistory.unreadable(file, format(), walk.failure().getMessage());
        }
        if (walk.decoding() != null && walk.decoding().badBytes() > 0) {
            warnings.add(0, Problem.atLine(file, walk.decoding().firstBadLine(), walk.decoding().note()));
        }
        if (walk.failed()) {
            if (!walk.sawRoot()) {
                return ParsedHistory.unreadable(file, format(), "Not a readable " + format().label() + " file: "
                        + XmlInput.plainWords(walk.failure(), true) + ".");
            }
            // An activity the break falls in is not finished: its later laps and points are missing.
            problems.add(Problems.damagedAfter(file, Math.max(0, line - 1), XmlInput.plainWords(walk.failure(), false),
                    draft == null ? null : draft.named(zone)));
            draft = null;
        }
        if (!walk.sawRoot()) {
            return ParsedHistory.unreadable(file, format(), "Not a " + format().label() + " file: no <" + root()
                    + "> element.");
        }
        return new ParsedHistory(file, format(), workouts, Map.of(), problems, "", warnings, false);
    }
}

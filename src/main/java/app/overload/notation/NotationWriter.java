package app.overload.notation;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.overload.domain.ActivityEntry;
import app.overload.domain.BlockId;
import app.overload.domain.Distance;
import app.overload.domain.DistanceUnit;
import app.overload.domain.Durations;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.ExerciseNames;
import app.overload.domain.Interval;
import app.overload.domain.Session;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthEntry;
import app.overload.domain.StrengthSet;
import app.overload.domain.TimedEntry;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.domain.Workout;

/**
 * Writes a session in the notation in full, every set and every number, so that reading the line gives the same
 * session back (docs/notation.md says what the line form leaves out). Where the history's summary line is short,
 * this line is complete: "2026-11-23 18:00 workout for 24:00: Back squat w: 1×10 @ 20 kg + 5×5 @ 100 kg rest 3:00".
 */
public final class NotationWriter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final UnitPreferences units;
    private final ExerciseNames names;
    private final Function<BlockId, String> blockNames;

    public NotationWriter(UnitPreferences units, ExerciseNames names, Function<BlockId, String> blockNames) {
        this.units = units;
        this.names = names;
        this.blockNames = blockNames;
    }

    public String write(Session session) {
        StringBuilder text = new StringBuilder();
        text.append(session.date()).append(' ').append(TIME.format(session.start()));
        if (session instanceof Workout w) {
            text.append(" workout");
            if (!w.label().isEmpty()) {
                text.append(' ').append(quoted(w.label()));
            }
        } else {
            TrainingSession t = (TrainingSession) session;
            text.append(" training ").append(quoted(blockNames.apply(t.block()))).append(' ')
                    .append(Words.phrase(t.purpose()));
        }
        text.append(" for ").append(Durations.clock(session.duration()));
        if (session.rpe() != null) {
            text.append(" rpe ").append(UnitPreferences.number(session.rpe().value(), 2));
        }
        text.append(": ").append(session.entries().stream().map(this::entry).collect(Collectors.joining(" · ")));
        if (!session.notes().isBlank()) {
            text.append(" # ").append(session.notes().strip().replaceAll("\\s*\\R\\s*", " "));
        }
        return text.toString();
    }

    public String entry(ActivityEntry entry) {
        if (entry instanceof StrengthEntry s) {
            return name(names.nameOf(s.exercise())) + " " + groups(s.sets()).stream().map(this::group)
                    .collect(Collectors.joining(" + "));
        }
        if (entry instanceof EnduranceEntry e) {
            return endurance(e);
        }
        TimedEntry t = (TimedEntry) entry;
        return name(t.activity()) + " " + Durations.clock(t.duration())
                + (t.effort() == null ? "" : " rpe " + UnitPreferences.number(t.effort().value(), 2));
    }

    /** Runs of sets alike in everything, each written once with its count. */
    private static List<List<StrengthSet>> groups(List<StrengthSet> sets) {
        List<List<StrengthSet>> groups = new ArrayList<>();
        for (StrengthSet s : sets) {
            List<StrengthSet> open = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (open != null && alike(open.get(0), s)) {
                open.add(s);
            } else {
                List<StrengthSet> fresh = new ArrayList<>();
                fresh.add(s);
                groups.add(fresh);
            }
        }
        return groups;
    }

    private static boolean alike(StrengthSet a, StrengthSet b) {
        return a.reps() == b.reps() && a.load().equals(b.load()) && Objects.equals(a.rpe(), b.rpe())
                && Objects.equals(a.restBefore(), b.restBefore()) && a.kind() == b.kind() && a.failed() == b.failed()
                && Objects.equals(a.distance(), b.distance()) && Objects.equals(a.duration(), b.duration());
    }

    private String group(List<StrengthSet> sets) {
        StrengthSet s = sets.get(0);
        StringBuilder text = new StringBuilder();
        if (s.kind() == SetKind.WARM_UP) {
            text.append("w: ");
        }
        if (s.isLift()) {
            text.append(sets.size()).append('×').append(s.reps());
            // "@ bw" rather than "(body weight)": after "w:" a lone "3×1" would read as 3 kg × 1.
            text.append(s.load().isZero() ? " @ bw" : " @ " + units.format(s.load()));
        } else {
            text.append(carry(sets.size(), s));
        }
        if (s.rpe() != null) {
            text.append(" rpe ").append(UnitPreferences.number(s.rpe().value(), 2));
        }
        if (s.restBefore() != null) {
            text.append(" rest ").append(Durations.clock(s.restBefore()));
        }
        if (s.failed()) {
            text.append(" failed");
        }
        if (s.kind() == SetKind.AMRAP) {
            text.append(" amrap");
        } else if (s.kind() == SetKind.DROP) {
            text.append(" drop");
        }
        return text.toString();
    }

    /**
     * "3 sets of 40 kg × 40 m", "bw × 1:00", "100 kg × 20 m in 0:35 reps 10": the distance in metres, or in yards
     * for a user in miles, as the history writes carries.
     */
    private String carry(int count, StrengthSet s) {
        StringBuilder text = new StringBuilder();
        if (count > 1) {
            text.append(count).append(" sets of ");
        }
        text.append(s.load().isZero() ? "bw" : units.format(s.load())).append(" × ");
        if (s.distance() != null) {
            text.append(units.distance() == DistanceUnit.MI
                    ? UnitPreferences.number(s.distance().metres() / Words.YARD, 3) + " yd"
                    : UnitPreferences.number(s.distance().metres(), 3) + " m");
            if (s.duration() != null) {
                text.append(" in ").append(Durations.clock(s.duration()));
            }
        } else {
            text.append(Durations.clock(s.duration()));
        }
        if (s.reps() > 0) {
            text.append(" reps ").append(s.reps());
        }
        return text.toString();
    }

    private String endurance(EnduranceEntry e) {
        StringBuilder text = new StringBuilder(Words.word(e.modality()));
        if (!e.intervals().isEmpty()) {
            text.append(' ').append(e.intervals().stream().map(this::interval).collect(Collectors.joining(" + ")))
                    .append(',');
        }
        e.distanceIfKnown().ifPresent(d -> text.append(' ').append(distance(d)).append(" in"));
        text.append(' ').append(Durations.clock(e.duration()));
        if (e.averageHeartRate() != null) {
            text.append(" hr ").append(e.averageHeartRate());
        }
        if (e.elevationGain() != null) {
            text.append(" elev ").append(units.distance() == DistanceUnit.KM
                    ? UnitPreferences.number(e.elevationGain().metres(), 1) + " m"
                    : UnitPreferences.number(e.elevationGain().metres() / 0.3048, 1) + " ft");
        }
        if (e.maxHeartRate() != null) {
            text.append(", HR ").append(e.maxHeartRate()).append(" max"); // as the summary ends, which reads back
        }
        return text.toString();
    }

    private String interval(Interval i) {
        StringBuilder text = new StringBuilder();
        if (i.repeats() > 1) {
            text.append(i.repeats()).append(" × ");
        }
        if (i.workDistance() != null) {
            text.append(metres(i.workDistance()));
            if (i.workDuration() != null) {
                text.append(" @ ").append(Durations.clock(i.workDuration()));
            }
        } else {
            text.append(Durations.clock(i.workDuration()));
        }
        if (i.recoveryDistance() != null) {
            text.append(" jog ").append(metres(i.recoveryDistance()));
            if (i.recoveryDuration() != null) {
                text.append(" in ").append(Durations.clock(i.recoveryDuration()));
            }
        } else if (i.recoveryDuration() != null) {
            text.append(" rest ").append(Durations.clock(i.recoveryDuration()));
        }
        return text.toString();
    }

    /** In the user's unit, to the metre ("8.046 km", "4.9996 mi"). */
    private String distance(Distance d) {
        int decimals = units.distance() == DistanceUnit.KM ? 3 : 4;
        return UnitPreferences.number(d.in(units.distance()), decimals) + " " + units.distance().symbol();
    }

    /** Track distances in metres, whatever the user's unit, as tracks are measured. */
    private static String metres(Distance d) {
        return UnitPreferences.number(d.metres(), 1) + " m";
    }

    /** The name as typed when it reads back as a name; else in quotes. */
    static String name(String name) {
        return readsAsName(name) ? name : quoted(name);
    }

    /** True when the notation reads {@code name} back as this very name, unquoted. */
    private static boolean readsAsName(String name) {
        if (Words.modality(name).isPresent()) {
            return false;
        }
        List<Token> tokens;
        try {
            tokens = Lexer.lex(name, 0, name.length());
        } catch (Refusal r) {
            return false;
        }
        Cursor in = new Cursor(name, tokens);
        Token last = SessionReader.nameTokens(in);
        return last != null && in.done() && in.source(tokens.get(0), last).equals(name);
    }

    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("”", "\\”") + "\"";
    }
}

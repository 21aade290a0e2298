package app.overload.ui.log;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import app.overload.domain.ActivityEntry;
import app.overload.domain.Checks;
import app.overload.domain.DistanceUnit;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Exercise;
import app.overload.domain.ExerciseId;
import app.overload.domain.HeartRateZones;
import app.overload.domain.InvalidValueException;
import app.overload.domain.MassUnit;
import app.overload.domain.Modality;
import app.overload.domain.PlannedSession;
import app.overload.domain.Purpose;
import app.overload.domain.Rpe;
import app.overload.domain.Session;
import app.overload.domain.SessionId;
import app.overload.domain.StrengthEntry;
import app.overload.domain.TimedEntry;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.domain.Workout;
import app.overload.ui.Field;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The state of the log form, as typed: the session's header (kind, date, time, duration, RPE, notes, label or
 * block / planned session / purpose) and its entries. Builds the domain session when everything is valid. Knows no
 * database; the view model loads and saves.
 */
public final class LogForm {

    /** Workout (stand-alone) or training (in a block, with a purpose). */
    public enum Kind {
        WORKOUT, TRAINING
    }

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Runnable onChange;
    private final Supplier<Instant> now;
    /** The injected clock: "today" and "now" while the date or time field holds none. */
    private final Clock clock;
    private final Supplier<UnitPreferences> units;
    private HeartRateZones zones;
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.WORKOUT);
    private final Field date;
    private final Field time;
    private final Field duration;
    private final Field rpe;
    private final Field label;
    private final Field notes;
    private final Field trainingMessage = new Field(() -> { });
    private final Field entriesMessage = new Field(() -> { });
    private final ObjectProperty<TrainingBlock> block = new SimpleObjectProperty<>(this, "block");
    private final ObjectProperty<PlannedSession> planned = new SimpleObjectProperty<>(this, "planned");
    private final ObjectProperty<Purpose> purpose = new SimpleObjectProperty<>(this, "purpose");
    private final ObservableList<EntryModel> entries = FXCollections.observableArrayList();
    private SessionId id = SessionId.random();
    private boolean editing;

    LogForm(Runnable onChange, Clock clock, Supplier<UnitPreferences> units) {
        this.onChange = onChange;
        this.clock = clock;
        this.now = clock::instant;
        this.units = units;
        date = new Field(onChange);
        time = new Field(onChange);
        duration = new Field(onChange);
        rpe = new Field(onChange);
        label = new Field(onChange);
        notes = new Field(onChange);
        kind.addListener((obs, old, value) -> onChange.run());
        block.addListener((obs, old, value) -> onChange.run());
        planned.addListener((obs, old, value) -> onChange.run());
        purpose.addListener((obs, old, value) -> onChange.run());
        entries.addListener((ListChangeListener<EntryModel>) c -> onChange.run());
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    /** yyyy-MM-dd. */
    public Field date() {
        return date;
    }

    /** HH:mm. */
    public Field time() {
        return time;
    }

    /** Blank means "work it out from the entries". */
    public Field duration() {
        return duration;
    }

    /** Session RPE 0–10 (how hard the whole session was). */
    public Field rpe() {
        return rpe;
    }

    /** A workout's optional label, such as "spin class". */
    public Field label() {
        return label;
    }

    public Field notes() {
        return notes;
    }

    /** Messages about the block or purpose of a training session. */
    public Field trainingMessage() {
        return trainingMessage;
    }

    /** Messages about the entries as a whole ("add at least one exercise or activity"). */
    public Field entriesMessage() {
        return entriesMessage;
    }

    public ObjectProperty<TrainingBlock> blockProperty() {
        return block;
    }

    /** The planned session this fulfils, or null for an unplanned session attached to the block. */
    public ObjectProperty<PlannedSession> plannedProperty() {
        return planned;
    }

    public ObjectProperty<Purpose> purposeProperty() {
        return purpose;
    }

    public ObservableList<EntryModel> entries() {
        return entries;
    }

    SessionId id() {
        return id;
    }

    boolean editing() {
        return editing;
    }

    StrengthModel addExercise(Exercise exercise) {
        StrengthModel model = new StrengthModel(exercise, onChange, now);
        model.addSet();
        entries.add(model);
        return model;
    }

    /** The athlete's heart-rate zones, for the time in zones of an imported entry's recording; null while unknown. */
    void setZones(HeartRateZones athleteZones) {
        zones = athleteZones;
        for (EntryModel e : entries) {
            if (e instanceof EnduranceModel endurance) {
                endurance.showRecording();
            }
        }
    }

    EnduranceModel addEndurance(Modality modality) {
        EnduranceModel model = new EnduranceModel(modality, onChange, units, () -> zones);
        entries.add(model);
        return model;
    }

    TimedModel addTimed() {
        TimedModel model = new TimedModel(onChange);
        entries.add(model);
        return model;
    }

    /** Empties the form for a new session starting {@code start}. */
    void reset(LocalDateTime start) {
        id = SessionId.random();
        editing = false;
        kind.set(Kind.WORKOUT);
        date.set(start.toLocalDate().toString());
        time.set(TIME.format(start));
        for (Field f : List.of(duration, rpe, label, notes)) {
            f.set("");
        }
        block.set(null);
        planned.set(null);
        purpose.set(null);
        entries.clear();
    }

    /**
     * The entries alone, as a routine keeps them, or null when there are none or one is not valid (its fields then
     * show why); the session's date, time and duration do not matter here.
     */
    List<ActivityEntry> buildEntries(Validation v) {
        if (entries.isEmpty()) {
            v.fail("Add an exercise, a run or an activity first.");
            return null;
        }
        List<ActivityEntry> built = new ArrayList<>();
        for (EntryModel e : entries) {
            built.add(e.build(v, units.get()));
        }
        return built.contains(null) ? null : built;
    }

    /** The duration the entries add up to, when they know one: endurance and timed entries. */
    Duration derivedDuration(List<ActivityEntry> built) {
        Duration total = Duration.ZERO;
        for (ActivityEntry e : built) {
            if (e instanceof EnduranceEntry || e instanceof TimedEntry) {
                total = total.plus(e.duration());
            }
        }
        return total;
    }

    /**
     * The session, or null when something is not valid; every field with a problem then shows its message.
     * {@code today} bounds the date: a session can be logged for tomorrow (time zones, a late evening) but no later.
     */
    Session build(Validation v, LocalDate today) {
        LocalDate day = v.field(date, () -> {
            LocalDate d = Inputs.date(date.text());
            if (d.isAfter(today.plusDays(1))) {
                throw new InvalidValueException("date", "Date cannot be later than tomorrow ("
                        + today.plusDays(1) + ").");
            }
            return d;
        });
        LocalTime at = v.field(time, () -> Inputs.time(time.text()));
        List<ActivityEntry> built = new ArrayList<>();
        for (EntryModel e : entries) {
            built.add(e.build(v, units.get()));
        }
        boolean entriesOk = !built.contains(null);
        entriesMessage.setError(entries.isEmpty() ? "Add an exercise, a run or an activity to save the session." : "");
        Duration derived = entriesOk ? derivedDuration(built) : Duration.ZERO;
        duration.hintProperty().set(derived.isZero() ? "h:mm:ss" : "auto " + Inputs.durationText(derived));
        Duration length = v.field(duration, () -> {
            if (duration.isBlank()) {
                if (derived.isZero() && entries.isEmpty()) {
                    return null; // nothing to time yet; the entries message says what to do first
                }
                if (derived.isZero()) {
                    throw new InvalidValueException("duration", entriesOk ? "Duration is required: how long did "
                            + "the session take?" : "Duration is required.");
                }
                return Checks.positiveDuration(derived, "duration");
            }
            return Inputs.duration(duration.text(), "duration", Inputs.Plain.MINUTES, false);
        });
        Rpe sessionRpe = rpe.isBlank() ? v.field(rpe, () -> null) : v.field(rpe, () -> Inputs.rpe(rpe.text(), "RPE"));
        String text = v.field(notes, () -> Checks.notes(notes.text(), "notes"));
        String name = kind.get() == Kind.WORKOUT ? v.field(label, () -> Checks.optionalName(label.text(), "label"))
                : "";
        boolean trainingOk = kind.get() == Kind.WORKOUT || checkTraining(v);
        if (entries.isEmpty()) {
            v.fail(entriesMessage.error());
        }
        if (!v.valid() || day == null || at == null || length == null || text == null || name == null
                || !trainingOk) {
            return null;
        }
        LocalDateTime start = day.atTime(at);
        Map<String, Field> fields = Map.of("date", date, "duration", duration, "notes", notes, "label", label,
                "entries", entriesMessage);
        if (kind.get() == Kind.WORKOUT) {
            return v.build(() -> new Workout(id, start, length, sessionRpe, text, built, name), fields, entriesMessage);
        }
        PlannedSession plan = planned.get();
        return v.build(() -> new TrainingSession(id, start, length, sessionRpe, text, built, block.get().id(),
                purpose.get(), plan == null ? null : plan.id()), fields, entriesMessage);
    }

    private boolean checkTraining(Validation v) {
        String problem = block.get() == null ? "Choose the block this session belongs to, or log it as a workout."
                : purpose.get() == null ? "Choose what this session is for (its purpose)." : "";
        trainingMessage.setError(problem);
        if (!problem.isEmpty()) {
            v.fail(problem);
        }
        return problem.isEmpty();
    }

    /** Fills the form from a saved session, to edit it; saving replaces that session. */
    void fill(Session session, TrainingBlock sessionBlock, Map<ExerciseId, Exercise> catalogue) {
        reset(session.start());
        id = session.id();
        editing = true;
        duration.set(Inputs.durationText(session.duration()));
        rpe.set(session.rpe() == null ? "" : session.rpe().toString());
        notes.set(session.notes());
        if (session instanceof Workout w) {
            label.set(w.label());
        } else {
            TrainingSession t = (TrainingSession) session;
            kind.set(Kind.TRAINING);
            block.set(sessionBlock);
            planned.set(sessionBlock == null || t.plannedSession() == null ? null
                    : sessionBlock.planned(t.plannedSession()).orElse(null));
            purpose.set(t.purpose());
        }
        for (ActivityEntry e : session.entries()) {
            if (e instanceof StrengthEntry s) {
                StrengthModel model = new StrengthModel(catalogue.getOrDefault(s.exercise(),
                        Prefill.unknown(s.exercise())), onChange, now);
                model.fill(s, units.get());
                entries.add(model);
            } else if (e instanceof EnduranceEntry en) {
                addEndurance(en.modality()).fill(en, units.get());
            } else {
                addTimed().fill((TimedEntry) e);
            }
        }
    }

    /** Fills the form with a session typed in the quick-entry box: a new session, saved as a new one. */
    void fillNew(Session session, TrainingBlock sessionBlock, Map<ExerciseId, Exercise> catalogue) {
        fill(session, sessionBlock, catalogue);
        editing = false;
    }

    /** The form as draft text: what was typed, valid or not. */
    String toDraft() {
        DraftText.Writer out = new DraftText.Writer();
        out.put("id", id.toString()).put("editing", editing ? "true" : "").put("kind", kind.get().name())
                .put("units", units.get().mass().name() + "," + units.get().distance().name())
                .put("date", date).put("time", time).put("duration", duration).put("rpe", rpe).put("label", label)
                .put("notes", notes)
                .put("block", block.get() == null ? "" : block.get().id().toString())
                .put("planned", planned.get() == null ? "" : planned.get().id().toString())
                .put("purpose", purpose.get() == null ? "" : purpose.get().name());
        for (int i = 0; i < entries.size(); i++) {
            entries.get(i).write(out, "entry." + i);
        }
        return out.text();
    }

    /** The day in the date field, or today while it holds none: the one reading of the form's date. */
    LocalDate day() {
        try {
            return Inputs.date(date.text());
        } catch (IllegalArgumentException e) {
            return LocalDate.now(clock);
        }
    }

    /** The date and time in their fields, or now while either holds none. */
    LocalDateTime start() {
        try {
            return Inputs.date(date.text()).atTime(Inputs.time(time.text()));
        } catch (IllegalArgumentException e) {
            return LocalDateTime.now(clock);
        }
    }

    /**
     * Restores a draft. {@code blocks} and {@code catalogue} resolve the ids it names; a block that has since been
     * deleted leaves the block empty, for the user to choose again. Returns the units the draft was typed in.
     */
    UnitPreferences fromDraft(String text, List<TrainingBlock> blocks,
            Map<ExerciseId, Exercise> catalogue) {
        DraftText.Reader in = new DraftText.Reader(text);
        reset(LocalDateTime.now(clock));
        id = in.has("id") ? SessionId.parse(in.get("id")) : SessionId.random();
        editing = in.has("editing");
        kind.set(Kind.valueOf(in.get("kind")));
        for (String key : List.of("date", "time", "duration", "rpe", "label", "notes")) {
            in.into(key, fieldNamed(key));
        }
        block.set(blocks.stream().filter(b -> b.id().toString().equals(in.get("block"))).findFirst().orElse(null));
        planned.set(block.get() == null ? null : block.get().plan().stream()
                .filter(p -> p.id().toString().equals(in.get("planned"))).findFirst().orElse(null));
        purpose.set(in.has("purpose") ? Purpose.valueOf(in.get("purpose")) : null);
        int count = in.count("entry", "type");
        for (int i = 0; i < count; i++) {
            String prefix = "entry." + i;
            switch (in.get(prefix + ".type")) {
                case "strength" -> {
                    ExerciseId exercise = ExerciseId.of(
                            in.get(prefix + ".exercise"));
                    StrengthModel model = new StrengthModel(catalogue.getOrDefault(exercise,
                            Prefill.unknown(exercise)), onChange, now);
                    model.read(in, prefix);
                    entries.add(model);
                }
                case "endurance" -> addEndurance(Modality.RUN).read(in, prefix);
                default -> addTimed().read(in, prefix);
            }
        }
        String[] typedIn = in.get("units").split(",");
        return typedIn.length == 2 ? new UnitPreferences(
                MassUnit.valueOf(typedIn[0]), DistanceUnit.valueOf(typedIn[1]))
                : units.get();
    }

    private Field fieldNamed(String key) {
        return switch (key) {
            case "date" -> date;
            case "time" -> time;
            case "duration" -> duration;
            case "rpe" -> rpe;
            case "label" -> label;
            default -> notes;
        };
    }
}

package app.overload.ui.log;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import app.overload.domain.ActivityEntry;
import app.overload.domain.Distance;
import app.overload.domain.Durations;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.HeartRateHistogram;
import app.overload.domain.HeartRateZones;
import app.overload.domain.Interval;
import app.overload.domain.InvalidValueException;
import app.overload.domain.Modality;
import app.overload.domain.Pace;
import app.overload.domain.UnitPreferences;
import app.overload.ui.Field;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A run, ride, row or swim being logged. Distance and duration give the pace as you type; a pace typed with a
 * distance gives the duration. Whichever of duration and pace the user typed last is kept; the other follows.
 */
public final class EnduranceModel extends EntryModel {

    private enum Typed {
        DURATION, PACE
    }

    private final Supplier<UnitPreferences> units;
    private final ObjectProperty<Modality> modality = new SimpleObjectProperty<>(this, "modality", Modality.RUN);
    private final Field distance;
    private final Field duration;
    private final Field pace;
    private final Field heartRate;
    private final Field maxHeartRate;
    private final Field elevation;
    private final Field intervals;
    private final ReadOnlyStringWrapper paceUnit = new ReadOnlyStringWrapper(this, "paceUnit", "");
    private final ReadOnlyStringWrapper recordingText = new ReadOnlyStringWrapper(this, "recording", "");
    private final Supplier<HeartRateZones> zones;
    /** The heart-rate recording of an imported entry: not typed, kept as it is when the entry is saved again. */
    private HeartRateHistogram recording;
    private Typed lastTyped = Typed.DURATION;
    private boolean computing;

    EnduranceModel(Modality initial, Runnable onChange, Supplier<UnitPreferences> units) {
        this(initial, onChange, units, () -> null);
    }

    /** @param zones the athlete's heart-rate zones, or null while unknown: for the time in zones of a recording */
    EnduranceModel(Modality initial, Runnable onChange, Supplier<UnitPreferences> units,
            Supplier<HeartRateZones> zones) {
        this.units = units;
        this.zones = zones;
        modality.set(initial);
        distance = new Field(onChange);
        duration = new Field(onChange);
        pace = new Field(onChange);
        heartRate = new Field(onChange);
        maxHeartRate = new Field(onChange);
        elevation = new Field(onChange);
        intervals = new Field(onChange);
        distance.textProperty().addListener((obs, old, now) -> follow(null));
        duration.textProperty().addListener((obs, old, now) -> follow(Typed.DURATION));
        pace.textProperty().addListener((obs, old, now) -> follow(Typed.PACE));
        modality.addListener((obs, old, now) -> {
            onChange.run();
            updatePaceUnit();
            follow(null);
        });
        updatePaceUnit();
    }

    public ObjectProperty<Modality> modalityProperty() {
        return modality;
    }

    public Field distance() {
        return distance;
    }

    public Field duration() {
        return duration;
    }

    /** Pace per km or mile (per 500 m rowing, per 100 m swimming), or speed for rides. */
    public Field pace() {
        return pace;
    }

    public Field heartRate() {
        return heartRate;
    }

    public Field maxHeartRate() {
        return maxHeartRate;
    }

    public Field elevation() {
        return elevation;
    }

    /**
     * What the recording of an imported entry says: how long, the range of heart rates and the time in each zone;
     * empty for an entry typed in.
     */
    public ReadOnlyStringProperty recordingProperty() {
        return recordingText.getReadOnlyProperty();
    }

    /** Writes {@link #recordingProperty()} again, with the zones of now. */
    void showRecording() {
        if (recording == null) {
            recordingText.set("");
            return;
        }
        String text = "Recorded heart rate: " + Durations.clock(Duration.ofSeconds(recording.totalSeconds())) + ", "
                + recording.lowest() + "–" + recording.highest() + " bpm";
        HeartRateZones z = zones.get();
        if (z == null) {
            recordingText.set(text + ". Set your heart rates in Athlete settings (Ctrl+,) to see the time in each "
                    + "zone.");
            return;
        }
        long[] in = z.secondsIn(recording);
        StringBuilder each = new StringBuilder();
        for (int i = 0; i < in.length; i++) {
            each.append(i == 0 ? "" : " · ").append("Z").append(i + 1).append(' ')
                    .append(Durations.clock(Duration.ofSeconds(in[i])));
        }
        recordingText.set(text + ". " + each + ".");
    }

    public Field intervals() {
        return intervals;
    }

    /** The unit after the pace field: "/km", "km/h", "/500 m". */
    public ReadOnlyStringProperty paceUnitProperty() {
        return paceUnit.getReadOnlyProperty();
    }

    void updatePaceUnit() {
        paceUnit.set(Inputs.paceUnit(modality.get(), units.get().distance()));
    }

    /**
     * Keeps duration and pace consistent after a change. {@code typed} is the field the user just typed into, or
     * null when distance or modality changed: then the one typed last is kept and the other recomputed.
     */
    private void follow(Typed typed) {
        if (computing) {
            return;
        }
        if (typed != null) {
            lastTyped = typed;
        }
        UnitPreferences u = units.get();
        boolean paceFollows = lastTyped == Typed.DURATION || pace.isBlank();
        computing = true;
        try {
            Distance d = distance.isBlank() ? null : Inputs.distance(distance.text(), u.distance());
            if (d == null || d.isZero()) {
                if (paceFollows && !distance.isBlank()) {
                    pace.set(""); // a pace worked out from a distance no longer there would mislead
                }
                return;
            }
            if (!paceFollows) {
                Pace p = Inputs.pace(pace.text(), modality.get(), u.distance());
                duration.set(Inputs.durationText(p.timeFor(d)));
            } else if (!duration.isBlank()) {
                Duration t = Inputs.duration(duration.text(), "duration", Inputs.Plain.MINUTES, false);
                pace.set(Inputs.paceText(Pace.of(d, t), modality.get(), u.distance()));
            } else {
                pace.set("");
            }
        } catch (IllegalArgumentException e) {
            // Half-typed or impossible input: the value that follows from it is blanked rather than left over from
            // what was typed before, and validation puts the message at the field.
            (paceFollows ? pace : duration).set("");
        } finally {
            computing = false;
        }
    }

    @Override
    ActivityEntry build(Validation v, UnitPreferences u) {
        Distance d = distance.isBlank() ? clear(distance) : v.field(distance, () -> Inputs.distance(distance.text(),
                u.distance()));
        Duration t = v.field(duration, () -> {
            if (duration.isBlank()) {
                throw new InvalidValueException("duration",
                        "Duration is required (or a pace with the distance).");
            }
            return Inputs.duration(duration.text(), "duration", Inputs.Plain.MINUTES, false);
        });
        if (!pace.isBlank()) {
            v.field(pace, () -> Inputs.pace(pace.text(), modality.get(), u.distance()));
        } else {
            clear(pace);
        }
        Integer hr = heartRate.isBlank() ? clear(heartRate)
                : v.field(heartRate, () -> Inputs.wholeNumber(heartRate.text(), "heart rate"));
        Integer max = maxHeartRate.isBlank() ? clear(maxHeartRate)
                : v.field(maxHeartRate, () -> Inputs.wholeNumber(maxHeartRate.text(), "max heart rate"));
        Distance climb = elevation.isBlank() ? clear(elevation)
                : v.field(elevation, () -> Inputs.elevation(elevation.text(), u.distance()));
        List<Interval> reps = intervals.isBlank() ? clearList(intervals)
                : v.field(intervals, () -> IntervalText.parse(intervals.text(), u.distance()));
        boolean partsOk = t != null && (distance.isBlank() || d != null) && (heartRate.isBlank() || hr != null)
                && (maxHeartRate.isBlank() || max != null) && (elevation.isBlank() || climb != null) && reps != null
                && pace.error().isEmpty();
        if (!partsOk) {
            return null;
        }
        return v.build(() -> {
            // The domain checks the pace again, but says it in km; this says it in the units the user typed.
            EnduranceEntry.checkPace(modality.get(), d, t, p -> u.format(p, modality.get()));
            return new EnduranceEntry(modality.get(), d, t, hr, climb, reps, notes(), max, recording);
        },
                Map.of("pace", pace, "distance", distance, "duration", duration, "heart rate", heartRate,
                        "max heart rate", maxHeartRate, "elevation", elevation, "intervals", intervals), duration);
    }

    private static <T> T clear(Field field) {
        field.setError("");
        return null;
    }

    private static List<Interval> clearList(Field field) {
        field.setError("");
        return List.of();
    }

    void fill(EnduranceEntry entry, UnitPreferences u) {
        computing = true;
        modality.set(entry.modality());
        distance.set(entry.distance() == null ? "" : UnitPreferences.number(entry.distance().in(u.distance()), 2));
        duration.set(Inputs.durationText(entry.duration()));
        pace.set(entry.pace().map(p -> Inputs.paceText(p, entry.modality(), u.distance())).orElse(""));
        heartRate.set(entry.averageHeartRate() == null ? "" : entry.averageHeartRate().toString());
        maxHeartRate.set(entry.maxHeartRate() == null ? "" : entry.maxHeartRate().toString());
        recording = entry.heartRateHistogram();
        showRecording();
        elevation.set(entry.elevationGain() == null ? "" : Inputs.elevationText(entry.elevationGain(), u.distance()));
        intervals.set(IntervalText.format(entry.intervals(), u));
        setNotes(entry.notes());
        computing = false;
        updatePaceUnit();
    }

    @Override
    void write(DraftText.Writer out, String prefix) {
        out.put(prefix + ".type", "endurance").put(prefix + ".modality", modality.get().name())
                .put(prefix + ".distance", distance).put(prefix + ".duration", duration).put(prefix + ".pace", pace)
                .put(prefix + ".paceTyped", lastTyped == Typed.PACE ? "true" : "")
                .put(prefix + ".heartRate", heartRate).put(prefix + ".maxHeartRate", maxHeartRate)
                .put(prefix + ".recording", recording == null ? "" : recording.text())
                .put(prefix + ".elevation", elevation)
                .put(prefix + ".intervals", intervals).put(prefix + ".notes", notes());
    }

    void read(DraftText.Reader in, String prefix) {
        computing = true;
        modality.set(Modality.valueOf(in.get(prefix + ".modality")));
        in.into(prefix + ".distance", distance);
        in.into(prefix + ".duration", duration);
        in.into(prefix + ".pace", pace);
        in.into(prefix + ".heartRate", heartRate);
        if (in.has(prefix + ".maxHeartRate")) {
            in.into(prefix + ".maxHeartRate", maxHeartRate);
        }
        recording = readRecording(in.has(prefix + ".recording") ? in.get(prefix + ".recording") : "");
        showRecording();
        in.into(prefix + ".elevation", elevation);
        in.into(prefix + ".intervals", intervals);
        lastTyped = in.has(prefix + ".paceTyped") ? Typed.PACE : Typed.DURATION;
        setNotes(in.get(prefix + ".notes"));
        computing = false;
        updatePaceUnit();
    }

    /** A draft's recording; a damaged one is dropped rather than keeping the whole draft from coming back. */
    private static HeartRateHistogram readRecording(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return HeartRateHistogram.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    void convertUnits(UnitPreferences from, UnitPreferences to) {
        if (from.distance() == to.distance()) {
            return;
        }
        computing = true;
        try {
            if (!distance.isBlank()) {
                distance.set(UnitPreferences.number(Inputs.distance(distance.text(), from.distance())
                        .in(to.distance()), 2));
            }
            if (!elevation.isBlank()) {
                elevation.set(Inputs.elevationText(Inputs.elevation(elevation.text(), from.distance()),
                        to.distance()));
            }
            if (!pace.isBlank()) {
                pace.set(Inputs.paceText(Inputs.pace(pace.text(), modality.get(), from.distance()), modality.get(),
                        to.distance()));
            }
        } catch (IllegalArgumentException e) {
            // Something half-typed: leave it as it is; validation shows the message.
        } finally {
            computing = false;
        }
        updatePaceUnit();
    }
}

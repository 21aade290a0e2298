package app.overload.ui.athlete;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.overload.domain.AthleteSettings;
import app.overload.domain.DistanceUnit;
import app.overload.domain.Durations;
import app.overload.domain.HeartRateZones;
import app.overload.domain.InvalidValueException;
import app.overload.domain.LoadMeasure;
import app.overload.domain.Pace;
import app.overload.domain.TrimpCurve;
import app.overload.domain.ZoneBasis;
import app.overload.domain.ZoneScheme;
import app.overload.store.Logbook;
import app.overload.ui.Field;
import app.overload.ui.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Athlete settings being edited: the heart rates and threshold pace (each optional), where zones 2–5 begin, and which
 * load drives fitness and fatigue. The zones follow what is typed at once, in bpm; they are by LTHR when one is
 * given, else by HRmax, and switch to that basis's defaults when the basis changes. Nothing is saved while anything
 * is invalid, and each problem sits at its field.
 */
public final class AthleteViewModel {

    /**
     * One zone as the dialog lists it: its number, where it begins in percent (a field, from zone 2 on; null for zone
     * 1, which is everything below zone 2) and its beats per minute, which follow what is typed.
     */
    public record ZoneRow(int zone, Field from, ReadOnlyStringProperty bpm) {
    }

    private final Logbook logbook;
    private final TaskExecutor executor;
    private final DistanceUnit unit;
    private final Field maxHeartRate = new Field(this::changed);
    private final Field restingHeartRate = new Field(this::changed);
    private final Field thresholdHeartRate = new Field(this::changed);
    private final Field thresholdPace = new Field(this::changed);
    private final List<Field> zoneStarts = List.of(new Field(this::changed), new Field(this::changed),
            new Field(this::changed), new Field(this::changed));
    private final ObjectProperty<LoadMeasure> loadMeasure = new SimpleObjectProperty<>(this, "loadMeasure",
            LoadMeasure.SESSION_RPE);
    private final ObjectProperty<TrimpCurve> trimpCurve = new SimpleObjectProperty<>(this, "trimpCurve",
            TrimpCurve.MEN);
    private final List<ReadOnlyStringWrapper> zoneBeats = new ArrayList<>();
    private final List<ZoneRow> zones = new ArrayList<>();
    private final ReadOnlyStringWrapper basis = new ReadOnlyStringWrapper(this, "basis", "");
    private final ReadOnlyStringWrapper measureNote = new ReadOnlyStringWrapper(this, "measureNote", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final ReadOnlyBooleanWrapper zonesEditable = new ReadOnlyBooleanWrapper(this, "zonesEditable", false);
    private ZoneBasis shownBasis;
    private ZoneScheme saved;
    private boolean filling;
    private Runnable onSaved = () -> { };

    public AthleteViewModel(Logbook logbook, TaskExecutor executor, DistanceUnit unit) {
        this.logbook = logbook;
        this.executor = executor;
        this.unit = unit;
        loadMeasure.addListener((obs, old, now) -> changed());
        trimpCurve.addListener((obs, old, now) -> changed());
        for (int z = 1; z <= ZoneScheme.ZONES; z++) {
            ReadOnlyStringWrapper beats = new ReadOnlyStringWrapper(this, "zone" + z, "");
            zoneBeats.add(beats);
            zones.add(new ZoneRow(z, z == 1 ? null : zoneStarts.get(z - 2), beats.getReadOnlyProperty()));
        }
        changed();
    }

    public Field maxHeartRate() {
        return maxHeartRate;
    }

    public Field restingHeartRate() {
        return restingHeartRate;
    }

    public Field thresholdHeartRate() {
        return thresholdHeartRate;
    }

    /** Per km or per mile, as the user reads paces. */
    public Field thresholdPace() {
        return thresholdPace;
    }

    public String paceUnit() {
        return "/" + unit.symbol();
    }

    public ObjectProperty<LoadMeasure> loadMeasureProperty() {
        return loadMeasure;
    }

    public ObjectProperty<TrimpCurve> trimpCurveProperty() {
        return trimpCurve;
    }

    /** The five zones, in order; their beats follow the heart rates and bounds as they are typed. */
    public List<ZoneRow> zones() {
        return List.copyOf(zones);
    }

    /** "Zones by % of threshold heart rate (LTHR), 170 bpm", or why there are none. */
    public ReadOnlyStringProperty basisProperty() {
        return basis.getReadOnlyProperty();
    }

    /** Why the chosen load cannot be computed yet; empty when it can. */
    public ReadOnlyStringProperty measureNoteProperty() {
        return measureNote.getReadOnlyProperty();
    }

    /** A failure to read or save; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Zones can be moved once there is a heart rate they are shares of. */
    public ReadOnlyBooleanProperty zonesEditableProperty() {
        return zonesEditable.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public void setOnSaved(Runnable action) {
        onSaved = action;
    }

    /** Reads the saved settings in the background and fills the fields. */
    public void load() {
        busy.set(true);
        executor.submit("Reading the athlete settings", p -> logbook.settings().athlete(), this::fill, error -> {
            busy.set(false);
            message.set("The athlete settings could not be read: " + error.getMessage());
        });
    }

    void fill(AthleteSettings athlete) {
        filling = true;
        try {
            maxHeartRate.set(text(athlete.maxHeartRate()));
            restingHeartRate.set(text(athlete.restingHeartRate()));
            thresholdHeartRate.set(text(athlete.thresholdHeartRate()));
            thresholdPace.set(athlete.thresholdPace() == null ? ""
                    : Durations.clock(athlete.thresholdPace().per(unit)));
            loadMeasure.set(athlete.loadMeasure());
            trimpCurve.set(athlete.trimpCurve());
            saved = athlete.zones();
            shownBasis = null;
        } finally {
            filling = false;
            busy.set(false);
        }
        changed();
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }

    /** Puts zones 2–5 back where the basis in effect starts them. */
    public void resetZones() {
        if (shownBasis != null) {
            showScheme(ZoneScheme.defaults(shownBasis));
            changed();
        }
    }

    private void showScheme(ZoneScheme scheme) {
        boolean was = filling;
        filling = true;
        try {
            for (int i = 0; i < zoneStarts.size(); i++) {
                zoneStarts.get(i).set(Integer.toString(scheme.lowerPercents().get(i)));
            }
        } finally {
            filling = was;
        }
    }

    /** Checks every field and rebuilds the zones; the settings when all is well, else empty. */
    private void changed() {
        if (filling) {
            return;
        }
        Optional<AthleteSettings> built = build();
        valid.set(built.isPresent());
    }

    private Optional<AthleteSettings> build() {
        Integer max = whole(maxHeartRate, "max heart rate");
        Integer resting = whole(restingHeartRate, "resting heart rate");
        Integer threshold = whole(thresholdHeartRate, "threshold heart rate");
        Pace pace = pace();
        ZoneBasis basisNow = threshold != null || !thresholdHeartRate.isBlank() ? ZoneBasis.THRESHOLD
                : max != null || !maxHeartRate.isBlank() ? ZoneBasis.MAXIMUM : null;
        zonesEditable.set(basisNow != null);
        if (basisNow != shownBasis) {
            shownBasis = basisNow;
            if (basisNow != null) {
                showScheme(saved != null && saved.basis() == basisNow ? saved : ZoneScheme.defaults(basisNow));
            }
        }
        ZoneScheme scheme = scheme(basisNow);
        boolean partsOk = (maxHeartRate.isBlank() || max != null) && (restingHeartRate.isBlank() || resting != null)
                && (thresholdHeartRate.isBlank() || threshold != null) && (thresholdPace.isBlank() || pace != null)
                && (basisNow == null || scheme != null);
        AthleteSettings athlete = null;
        if (partsOk) {
            try {
                athlete = new AthleteSettings(max, resting, threshold, pace,
                        scheme == null || scheme.isDefault() ? null : scheme, loadMeasure.get(), trimpCurve.get());
            } catch (InvalidValueException e) {
                fieldNamed(e.field()).setError(e.getMessage());
            }
        }
        showZones(athlete, basisNow);
        measureNote.set(athlete == null ? "" : athlete.missingFor(athlete.loadMeasure())
                .map(why -> why + " Until then loads are RPE × minutes.").orElse(""));
        return Optional.ofNullable(athlete);
    }

    private void showZones(AthleteSettings athlete, ZoneBasis basisNow) {
        HeartRateZones bpm = athlete == null ? null : athlete.heartRateZones().orElse(null);
        if (basisNow == null) {
            basis.set("Give a threshold or maximum heart rate to see your zones.");
        } else if (bpm == null) {
            basis.set("Zones by % of " + basisNow.label() + ".");
        } else {
            basis.set("Zones by % of " + basisNow.label() + ", " + bpm.reference() + " bpm.");
        }
        for (int z = 1; z <= ZoneScheme.ZONES; z++) {
            zoneBeats.get(z - 1).set(bpm == null ? "" : bpm.range(z));
        }
    }

    private ZoneScheme scheme(ZoneBasis basisNow) {
        zoneStarts.forEach(f -> f.setError(""));
        if (basisNow == null) {
            return null;
        }
        List<Integer> percents = new ArrayList<>();
        for (int i = 0; i < zoneStarts.size(); i++) {
            Integer percent = whole(zoneStarts.get(i), "zone " + (i + 2));
            if (percent == null) {
                if (zoneStarts.get(i).isBlank()) {
                    zoneStarts.get(i).setError("Zone " + (i + 2) + " needs where it begins, in % of "
                            + basisNow.symbol() + ".");
                }
                return null;
            }
            percents.add(percent);
        }
        try {
            return new ZoneScheme(basisNow, percents);
        } catch (InvalidValueException e) {
            fieldNamed(e.field()).setError(e.getMessage());
            return null;
        }
    }

    private Field fieldNamed(String name) {
        return switch (name) {
            case "max heart rate" -> maxHeartRate;
            case "resting heart rate" -> restingHeartRate;
            case "threshold heart rate" -> thresholdHeartRate;
            case "threshold pace" -> thresholdPace;
            case "zone 2", "zones" -> zoneStarts.get(0);
            case "zone 3" -> zoneStarts.get(1);
            case "zone 4" -> zoneStarts.get(2);
            case "zone 5" -> zoneStarts.get(3);
            default -> maxHeartRate;
        };
    }

    /** A whole number, or null for a blank field or one in error (the message set at the field). */
    private static Integer whole(Field field, String name) {
        field.setError("");
        if (field.isBlank()) {
            return null;
        }
        String text = field.value();
        if (!text.matches("\\d{1,4}")) {
            field.setError(capital(name) + " must be a whole number (was \"" + text + "\").");
            return null;
        }
        return Integer.parseInt(text);
    }

    /** "4:30" per km or mile; null when blank or in error. */
    private Pace pace() {
        thresholdPace.setError("");
        if (thresholdPace.isBlank()) {
            return null;
        }
        String text = thresholdPace.value();
        Matcher m = Pattern.compile("(\\d{1,2}):(\\d{2})").matcher(text);
        if (!m.matches() || Integer.parseInt(m.group(2)) > 59) {
            thresholdPace.setError("Threshold pace is minutes and seconds per " + unit.symbol() + ", such as 4:30 "
                    + "(was \"" + text + "\").");
            return null;
        }
        int seconds = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
        if (seconds == 0) {
            thresholdPace.setError("Threshold pace must be longer than 0:00.");
            return null;
        }
        return Pace.per(Duration.ofSeconds(seconds), unit);
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Saves in the background when everything is valid; {@code onDone} runs after the write. */
    public void save(Runnable onDone) {
        Optional<AthleteSettings> athlete = build();
        valid.set(athlete.isPresent());
        if (athlete.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        executor.submit("Saving the athlete settings", p -> {
            logbook.settings().saveAthlete(athlete.get());
            return athlete.get();
        }, ok -> {
            busy.set(false);
            onSaved.run();
            onDone.run();
        }, error -> {
            busy.set(false);
            message.set("The athlete settings were not saved: " + error.getMessage());
        });
    }
}

package app.overload.ui.plates;

import app.overload.domain.InvalidValueException;
import app.overload.domain.Mass;
import app.overload.domain.MassUnit;
import app.overload.domain.Plates;
import app.overload.domain.UnitPreferences;
import app.overload.ui.Field;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Bar and plates…: the unit the plates are marked in, the bar's weight and the plate sizes, checked as they are
 * typed, with an example of what they make. Set once; the log form's plate calculator and warm-ups use them.
 */
public final class PlatesViewModel {

    private final ObjectProperty<MassUnit> unit = new SimpleObjectProperty<>(this, "unit");
    private final Field bar = new Field(this::check);
    private final Field sizes = new Field(this::check);
    private final ReadOnlyStringWrapper example = new ReadOnlyStringWrapper(this, "example", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private boolean filling;

    /** @param current the bar and plates set before, or null for the standard set of {@code shown} */
    public PlatesViewModel(Plates current, MassUnit shown) {
        fill(current != null ? current : Plates.standard(shown));
        unit.addListener((obs, old, now) -> unitChanged(old, now));
    }

    private void fill(Plates plates) {
        filling = true;
        try {
            unit.set(plates.unit());
            bar.set(UnitPreferences.number(plates.bar(), 2));
            sizes.set(plates.sizesText());
        } finally {
            filling = false;
        }
        check();
    }

    /** A set still as the standard one of the old unit becomes the standard one of the new; a set typed stays. */
    private void unitChanged(MassUnit old, MassUnit now) {
        if (filling || old == null || now == null) {
            return;
        }
        Plates before = Plates.standard(old);
        if (bar.value().equals(UnitPreferences.number(before.bar(), 2)) && sizes.value().equals(before.sizesText())) {
            fill(Plates.standard(now));
        } else {
            check();
        }
    }

    /** Back to the usual bar and plates of the chosen unit. */
    public void useStandard() {
        fill(Plates.standard(unit.get()));
    }

    private void check() {
        if (filling) {
            return;
        }
        Plates plates = build();
        example.set(plates == null ? "" : example(plates));
    }

    /** "100 kg loads as 25 · 15 on each side of the 20 kg bar." */
    private static String example(Plates plates) {
        double target = plates.unit() == MassUnit.KG ? 100 : 225;
        Plates.Loading loading = plates.load(Mass.of(target, plates.unit()));
        String wanted = UnitPreferences.number(target, 0) + " " + plates.unit().symbol();
        String made = UnitPreferences.number(loading.loaded().in(plates.unit()), 2) + " " + plates.unit().symbol();
        return wanted + (loading.exact() ? "" : " cannot be made; " + made) + " loads as " + loading.perSideText()
                + " on each side of the " + UnitPreferences.number(plates.bar(), 2) + " " + plates.unit().symbol()
                + " bar.";
    }

    /** The bar and plates typed, or null with the message at the field that is wrong. */
    public Plates build() {
        bar.setError("");
        sizes.setError("");
        problem.set("");
        double barWeight;
        try {
            barWeight = Double.parseDouble(bar.value().replace(',', '.'));
        } catch (NumberFormatException e) {
            return refuse(bar, "The bar's weight must be a number, such as 20 (was \"" + bar.value() + "\").");
        }
        try {
            return new Plates(unit.get(), barWeight, Plates.parseSizes(sizes.value()));
        } catch (InvalidValueException e) {
            return refuse("bar".equals(e.field()) ? bar : sizes, e.getMessage());
        }
    }

    private Plates refuse(Field at, String message) {
        at.setError(message);
        problem.set(message);
        return null;
    }

    public ObjectProperty<MassUnit> unitProperty() {
        return unit;
    }

    public Field bar() {
        return bar;
    }

    /** The plate sizes, "25 20 15 10 5 2.5 1.25". */
    public Field sizes() {
        return sizes;
    }

    /** What the plates make of a usual load, while they are valid. */
    public ReadOnlyStringProperty exampleProperty() {
        return example.getReadOnlyProperty();
    }

    /** Why the plates cannot be saved; empty when they can. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}

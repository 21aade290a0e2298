package app.overload.ui.log;

import java.util.ArrayList;
import java.util.List;

import app.overload.domain.Mass;
import app.overload.domain.Plates;
import app.overload.domain.SetKind;
import app.overload.domain.StrengthSet;
import app.overload.domain.UnitPreferences;
import app.overload.progression.WarmUpSets;

/**
 * What the form says beside barbell lifts as the lifter types: the plates per side of every set's load, and warm-up
 * sets offered for the first heavy barbell lift of the session. Worked out again after every change; it reads only
 * what is in the form.
 */
final class BarbellHints {

    private BarbellHints() {
    }

    static void update(List<EntryModel> entries, Plates plates, UnitPreferences units) {
        boolean offered = false;
        for (EntryModel entry : entries) {
            if (!(entry instanceof StrengthModel lift)) {
                continue;
            }
            for (SetModel set : lift.sets()) {
                set.plates(lift.barbell() ? platesText(set, plates, units) : "");
            }
            List<StrengthSet> warmUps = List.of();
            if (lift.barbell() && !offered) {
                offered = true;
                Mass work = heaviestWork(lift, units);
                if (work != null && !lift.hasWarmUps()) {
                    warmUps = WarmUpSets.before(work, plates);
                }
            }
            lift.offerWarmUps(warmUps, offerText(warmUps, plates, units));
        }
    }

    /** "25 · 15 per side", "25 · 15 per side (100 kg)" when the load cannot be made exactly, "under the bar". */
    static String platesText(SetModel set, Plates plates, UnitPreferences units) {
        Mass load = readable(set, units);
        if (load == null || load.isZero()) {
            return "";
        }
        Plates.Loading loading = plates.load(load);
        if (loading.belowBar()) {
            return "under the " + UnitPreferences.number(plates.bar(), 2) + " " + plates.unit().symbol() + " bar";
        }
        String unit = plates.unit() == units.mass() ? "" : " " + plates.unit().symbol();
        String text = loading.perSideText() + unit + (loading.perSide().isEmpty() ? "" : " per side");
        return loading.exact() ? text : text + " (" + units.format(loading.loaded()) + ")";
    }

    private static Mass readable(SetModel set, UnitPreferences units) {
        if (set.load().isBlank()) {
            return null;
        }
        try {
            return set.typedLoad(units.mass());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Mass heaviestWork(StrengthModel lift, UnitPreferences units) {
        Mass heaviest = null;
        for (SetModel set : lift.sets()) {
            Mass load = set.kindProperty().get() == SetKind.WARM_UP ? null : readable(set, units);
            if (load != null && (heaviest == null || load.compareTo(heaviest) > 0)) {
                heaviest = load;
            }
        }
        return heaviest;
    }

    /** "Warm-up: bar × 10 · 40 × 5 · 60 × 3 · 80 × 1 kg". */
    static String offerText(List<StrengthSet> warmUps, Plates plates, UnitPreferences units) {
        List<String> parts = new ArrayList<>();
        for (StrengthSet s : warmUps) {
            String load = s.load().sameAs(plates.barWeight()) ? "bar" : units.number(s.load());
            parts.add(load + " × " + s.reps());
        }
        return "Warm-up: " + String.join(" · ", parts) + " " + units.mass().symbol();
    }
}

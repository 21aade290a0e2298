package app.overload.cli;

import java.util.Locale;

import app.overload.domain.DistanceUnit;
import app.overload.domain.MassUnit;
import app.overload.domain.UnitPreferences;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --units} option of every command that prints loads: the units to read them in for this run, instead of
 * the logbook's setting. A command adds it with {@code @Mixin UnitsOption units;} and reads the logbook's setting
 * through {@link #of}. As in the app, the units also decide what a loadable weight is, so {@code suggest} rounds to
 * pound plates under {@code --units lb}.
 */
public final class UnitsOption {

    @Option(names = "--units", paramLabel = "kg|lb", converter = Converter.class,
            description = "Show loads in kg or lb (and, after a comma, distances in km or mi: lb,mi) instead of the "
                    + "logbook's setting.")
    Choice choice;

    /** The units to print in: the logbook's {@code setting} with what {@code --units} named in its place. */
    public UnitPreferences of(UnitPreferences setting) {
        if (choice == null) {
            return setting;
        }
        return new UnitPreferences(choice.mass() != null ? choice.mass() : setting.mass(),
                choice.distance() != null ? choice.distance() : setting.distance());
    }

    /** What was named: a mass unit, a distance unit or both; null for the one left to the logbook. */
    record Choice(MassUnit mass, DistanceUnit distance) {
    }

    /** "kg", "lb", "km", "mi", or a mass and a distance unit with a comma: "lb,mi". */
    static final class Converter implements ITypeConverter<Choice> {
        @Override
        public Choice convert(String value) {
            MassUnit mass = null;
            DistanceUnit distance = null;
            String[] parts = value.split(",", -1);
            if (parts.length > 2) {
                throw refused(value);
            }
            for (String part : parts) {
                switch (part.strip().toLowerCase(Locale.ROOT)) {
                    case "kg" -> mass = once(mass, MassUnit.KG, value);
                    case "lb", "lbs" -> mass = once(mass, MassUnit.LB, value);
                    case "km" -> distance = once(distance, DistanceUnit.KM, value);
                    case "mi" -> distance = once(distance, DistanceUnit.MI, value);
                    default -> throw refused(value);
                }
            }
            return new Choice(mass, distance);
        }

        private static <T> T once(T already, T unit, String value) {
            if (already != null) {
                throw new TypeConversionException("'" + value + "' names two units of the same kind; use kg or lb, "
                        + "and km or mi");
            }
            return unit;
        }

        private static TypeConversionException refused(String value) {
            return new TypeConversionException("'" + value + "' is not a unit; use kg or lb, optionally with km or mi "
                    + "after a comma (lb,mi)");
        }
    }
}

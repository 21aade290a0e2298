package app.overload.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import app.overload.domain.Checks;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters with messages that say what was expected. */
final class Converters {

    private Converters() {
    }

    /**
     * ISO dates only, such as 2026-11-23, within the days a logbook holds. {@code LocalDate.parse} also takes years
     * like 9999 or +999999999, which the store cannot compare or step past; picocli adds the option's name.
     */
    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            LocalDate day;
            try {
                day = LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-23");
            }
            if (!Checks.inLogbookRange(day)) {
                throw new TypeConversionException("'" + value + "' is outside the dates a logbook holds, "
                        + Checks.FIRST_DAY + " to " + Checks.LAST_DAY);
            }
            return day;
        }
    }

    /** Every text option: not blank, no control characters (which a terminal would not show). */
    static final class CleanText implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value.isBlank()) {
                throw new TypeConversionException("it must not be empty");
            }
            if (value.codePoints().anyMatch(Character::isISOControl)) {
                throw new TypeConversionException("it must not contain control characters");
            }
            if (value.length() > 4096) {
                throw new TypeConversionException("it is too long (at most 4,096 characters)");
            }
            return value;
        }
    }

    /** Every file option: an empty path would silently mean the current folder. */
    static final class FilePath implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            String text = new CleanText().convert(value);
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                throw new TypeConversionException("'" + text + "' is not a file path: " + e.getReason());
            }
        }
    }
}

package app.overload.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

import app.overload.exchange.export.ExportException;
import app.overload.store.Logbook;
import app.overload.usecase.ExportHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code overload export-history}: every session of a date range to a CSV other apps read, or a complete JSON. */
@Command(name = "export-history", mixinStandardHelpOptions = true,
        description = {"Export your history: every session of a date range, oldest first.",
            "csv is Strong's layout, which other apps import, with the unit on every row; json holds everything "
                + "(every entry, set, interval and note, and the blocks of training sessions) and imports back "
                + "with import-history. See docs/exports.md."})
final class ExportHistoryCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Mixin
    UnitsOption shownIn;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "File to write (written whole, or not at all).")
    Path out;

    @Option(names = "--replace", description = "Replace FILE if it exists.")
    boolean replace;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (default: the first session).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day, included (default: the last session).")
    LocalDate to;

    @Option(names = "--format", paramLabel = "csv|json", converter = FormatConverter.class,
            description = "csv or json (default: from the file name's extension, else csv).")
    ExportHistory.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (from != null && to != null && from.isAfter(to)) {
            throw new CommandFailure("--from (" + from + ") is after --to (" + to + ").");
        }
        OutFile.check(out, replace);
        ExportHistory.Format chosen = format != null ? format : fromExtension(out);
        try (Logbook logbook = Logbook.openToRead(database.resolve())) {
            ExportHistory.Result result = new ExportHistory(logbook).export(out, chosen, from, to,
                    shownIn.of(logbook.settings().units()), fraction -> { });
            spec.commandLine().getOut().println(result.describe());
        } catch (ExportException e) {
            throw new CommandFailure("Nothing was exported: " + e.getMessage());
        }
        return 0;
    }

    private static ExportHistory.Format fromExtension(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".json") ? ExportHistory.Format.JSON : ExportHistory.Format.CSV;
    }

    /** csv or json; anything else is refused with the choices. */
    static final class FormatConverter implements ITypeConverter<ExportHistory.Format> {
        @Override
        public ExportHistory.Format convert(String value) {
            ExportHistory.Format f = ExportHistory.Format.named(value);
            if (f == null) {
                throw new TypeConversionException("'" + value + "' is not a format; use csv or json");
            }
            return f;
        }
    }
}

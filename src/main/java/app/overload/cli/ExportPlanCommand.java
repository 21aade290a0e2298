package app.overload.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;

import app.overload.domain.TrainingBlock;
import app.overload.exchange.export.ExportException;
import app.overload.store.Logbook;
import app.overload.usecase.ExportPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code overload export-plan}: a block's plan as a calendar file, or its runs and rides as watch workouts. */
@Command(name = "export-plan", mixinStandardHelpOptions = true,
        description = {"Put a block's plan outside the app.",
            "ics: one all-day calendar event per planned session, with its purpose and prescriptions (import it "
                + "into any calendar app; exporting again updates the same events).",
            "fit: one FIT workout file per planned run, walk or ride, with its steps, distances or times and pace or "
                + "heart-rate targets, into the folder --out (copy them to a Garmin watch's NewFiles folder). "
                + "See docs/exports.md."})
final class ExportPlanCommand implements Callable<Integer> {

    enum Format {
        ICS, FIT
    }

    @Mixin
    DatabaseOption database;

    @Mixin
    UnitsOption shownIn;

    @Option(names = "--block", required = true, paramLabel = "NAME", description = "Name of the block (any case).")
    String block;

    @Option(names = "--format", required = true, paramLabel = "ics|fit", converter = FormatConverter.class,
            description = "ics (a calendar file) or fit (watch workouts).")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE|FOLDER",
            description = "The calendar file to write (ics), or the folder for the workout files (fit).")
    Path out;

    @Option(names = "--replace", description = "Replace the calendar file if it exists (workout files in the folder "
            + "are always replaced, so the watch gets the newest).")
    boolean replace;

    @Option(names = "--week", paramLabel = "N", description = "Only week N of the block (default: every week).")
    Integer week;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter printed = spec.commandLine().getOut();
        try (Logbook logbook = Logbook.openToRead(database.resolve())) {
            ExportPlan plan = new ExportPlan(logbook);
            TrainingBlock found = BlockByName.find(logbook, block);
            var units = shownIn.of(logbook.settings().units());
            if (format == Format.ICS) {
                OutFile.check(out, replace);
                printed.println(plan.calendar(found, week, out, units, Clock.systemUTC().instant()).describe());
            } else {
                ExportPlan.WatchResult result = plan.watchWorkouts(found, week, out, units, Clock.systemUTC().instant());
                printed.println(result.describe());
                result.files().forEach(f -> printed.println("  " + f.getFileName()));
            }
        } catch (ExportException e) {
            throw new CommandFailure("Cannot export the plan of \"" + block + "\": " + e.getMessage());
        }
        return 0;
    }

    /** ics or fit; anything else is refused with the choices. */
    static final class FormatConverter implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "ics", "ical", "icalendar" -> Format.ICS;
                case "fit" -> Format.FIT;
                default -> throw new TypeConversionException("'" + value + "' is not a format; use ics or fit");
            };
        }
    }
}

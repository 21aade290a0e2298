package app.overload.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import app.overload.domain.MassUnit;
import app.overload.domain.UnitPreferences;
import app.overload.exchange.history.ExerciseMapping;
import app.overload.exchange.history.ImportOptions;
import app.overload.exchange.history.ImportPlan;
import app.overload.exchange.history.ImportProgress;
import app.overload.exchange.history.ImportResult;
import app.overload.exchange.history.PreviewText;
import app.overload.exchange.history.Problem;
import app.overload.store.Logbook;
import app.overload.usecase.ImportHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code overload import-history}: brings Strong / Hevy CSV exports and GPX / TCX / FIT activities in. */
@Command(name = "import-history", mixinStandardHelpOptions = true,
        description = {"Import history from Strong or Hevy CSV exports and GPX, TCX or FIT activity files, or an "
                + "Overload history file (export-history --format json). Folders stand for the history files inside "
                + "them. Sessions already imported are skipped.",
            "With rows that cannot be read nothing is imported unless --skip-bad is given."})
final class ImportHistoryCommand implements Callable<Integer> {

    /** More problems than this are counted, not listed: the first ones show what is wrong. */
    private static final int PROBLEMS_SHOWN = 50;

    @Mixin
    DatabaseOption database;

    @Mixin
    UnitsOption shownIn;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files or folders to import.")
    List<Path> files;

    @Option(names = "--dry-run", description = "Show what would be imported and write nothing.")
    boolean dryRun;

    @Option(names = "--unit", paramLabel = "kg|lb", converter = UnitConverter.class,
            description = "Unit of weights (and distances: kg and km, or lb and miles) in Strong exports that do not say."
                    + " Without it the loads tell the unit where they can; where they cannot, nothing is imported.")
    MassUnit unit;

    @Option(names = "--skip-bad", description = "Import the rest when some rows or points cannot be read.")
    boolean skipBad;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (Path file : files) {
            if (!Files.exists(file)) {
                throw new CommandFailure(file + " does not exist; nothing was imported.");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (HistoryFileImport.applies(files)) {
            return HistoryFileImport.run(files, database.resolve(), dryRun, out);
        }
        ImportOptions options = ImportOptions.defaults().withUnit(unit);
        Path target = database.resolve();
        try (PreviewLogbook opened = PreviewLogbook.open(target, dryRun, "overload import-history")) {
            Logbook logbook = opened.logbook();
            ImportHistory importHistory = new ImportHistory(logbook);
            ImportPlan plan = importHistory.preview(files, options, ImportProgress.NONE);
            UnitPreferences units = shownIn.of(logbook.settings().units());
            print(out, plan, units);
            if (dryRun) {
                out.println("Dry run: nothing was written." + (opened.stillToBeCreated() ? " " + target.getFileName()
                        + " does not exist yet and was not created." : ""));
            }
            // a dry run ends as the real run would: refused with the same words and exit code, or allowed
            Optional<String> refused = plan.refusal(skipBad);
            if (refused.isPresent()) {
                throw new CommandFailure(forTheCommandLine(refused.get()));
            }
            if (dryRun) {
                if (plan.readNothing()) {
                    throw new CommandFailure("Nothing could be read from " + (files.size() == 1 ? "the file"
                            : "the files") + "; a real run would import nothing.");
                }
                return 0;
            }
            ImportResult result = importHistory.apply(plan, skipBad);
            if (plan.readNothing()) {
                throw new CommandFailure(result.message());
            }
            out.println(result.message());
            return 0;
        }
    }

    /** The app's words for what to do, as the command line does it. */
    private static String forTheCommandLine(String message) {
        return message.replace("Choose the unit.", "Run again with --unit kg or --unit lb.")
                .replace("accept skipping them", "run again with --skip-bad");
    }

    private static void print(PrintWriter out, ImportPlan plan, UnitPreferences units) {
        for (ImportPlan.FileSummary f : plan.files()) {
            out.printf("%s: %s, %s%s%s%n", f.file(), f.format() == null ? "unreadable" : f.format().label(),
                    count(f.sessions(), "session", "sessions"), f.problems() == 0 ? ""
                            : ", " + count(f.problems(), "problem", "problems"), f.warnings() == 0 ? ""
                            : ", " + count(f.warnings(), "warning", "warnings"));
            if (!f.unitNote().isEmpty()) {
                out.println("  " + forTheCommandLine(f.unitNote().replace("Choose the unit if that is wrong.",
                        "Pass --unit kg or --unit lb if that is wrong.")));
            }
        }
        out.println(PreviewText.totals(plan.totals(), units));
        String duplicates = PreviewText.duplicates(plan.duplicatesSkipped());
        if (!duplicates.isEmpty()) {
            out.println(duplicates);
        }
        if (!plan.mappings().isEmpty()) {
            out.println("Exercises:");
            for (ExerciseMapping m : plan.mappings()) {
                out.println("  " + PreviewText.mapping(m));
            }
        }
        list(out, plan.warnings(), "warning: changed on the way in", "warnings: changed on the way in");
        list(out, plan.problems(), "problem", "problems");
    }

    private static void list(PrintWriter out, List<Problem> items, String one, String many) {
        if (items.isEmpty()) {
            return;
        }
        out.println(count(items.size(), one, many) + ":");
        items.stream().limit(PROBLEMS_SHOWN).forEach(p -> out.println("  " + p));
        if (items.size() > PROBLEMS_SHOWN) {
            out.printf("  … and %d more.%n", items.size() - PROBLEMS_SHOWN);
        }
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** kg or lb, as on the command line; anything else is refused with the choices. */
    static final class UnitConverter implements ITypeConverter<MassUnit> {
        @Override
        public MassUnit convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "kg" -> MassUnit.KG;
                case "lb", "lbs" -> MassUnit.LB;
                default -> throw new TypeConversionException("'" + value + "' is not a unit; use kg or lb");
            };
        }
    }
}

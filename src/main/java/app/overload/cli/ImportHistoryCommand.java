package app.overload.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import app.overload.domain.MassUnit;
import app.overload.domain.UnitPreferences;
import app.overload.exchange.history.ExerciseMapping;
import app.overload.exchange.history.HistoryImporter;
import app.overload.exchange.history.ImportOptions;
import app.overload.exchange.history.ImportPlan;
import app.overload.exchange.history.ImportProgress;
import app.overload.exchange.history.ImportResult;
import app.overload.exchange.history.PreviewText;
import app.overload.exchange.history.Problem;
import app.overload.store.Logbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

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
            description = "Unit of weights in Strong exports that do not say (default: guessed from the loads).")
    MassUnit unit;

    @Option(names = "--skip-bad", description = "Import the rest when some rows or points cannot be read.")
    boolean skipBad;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (Path file : files) {
            if (!java.nio.file.Files.exists(file)) {
                throw new CommandFailure(file + " does not exist; nothing was imported.");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (HistoryFileImport.applies(files)) {
            return HistoryFileImport.run(files, database.resolve(), dryRun, out);
        }
        ImportOptions options = ImportOptions.defaults().withUnit(unit);
        Path target = database.resolve();
        try (PreviewLogbook opened = PreviewLogbook.open(target, dryRun)) {
            Logbook logbook = opened.logbook();
            ImportPlan plan = new HistoryImporter(options).preview(files, logbook, ImportProgress.NONE);
            UnitPreferences units = shownIn.of(logbook.settings().units());
            print(out, plan, units);
            if (dryRun) {
                out.println("Dry run: nothing was written." + (opened.stillToBeCreated() ? " " + target.getFileName()
                        + " does not exist yet and was not created." : ""));
                return 0;
            }
            ImportResult result = plan.apply(logbook, skipBad);
            if (!result.written() && !plan.problems().isEmpty() && !skipBad) {
                throw new CommandFailure(result.message().replace("accept skipping them",
                        "run again with --skip-bad"));
            }
            out.println(result.message());
            return 0;
        }
    }

    private static void print(PrintWriter out, ImportPlan plan, UnitPreferences units) {
        for (ImportPlan.FileSummary f : plan.files()) {
            out.printf("%s: %s, %d session%s%s%n", f.file(), f.format() == null ? "unreadable" : f.format().label(),
                    f.sessions(), f.sessions() == 1 ? "" : "s", f.problems() == 0 ? ""
                            : ", " + f.problems() + " problem" + (f.problems() == 1 ? "" : "s"));
            if (!f.unitNote().isEmpty()) {
                out.println("  " + f.unitNote().replace("Choose the unit", "Pass --unit kg or --unit lb"));
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
        List<Problem> problems = plan.problems();
        if (!problems.isEmpty()) {
            out.printf("%d problem%s:%n", problems.size(), problems.size() == 1 ? "" : "s");
            problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> out.println("  " + p));
            if (problems.size() > PROBLEMS_SHOWN) {
                out.printf("  … and %d more.%n", problems.size() - PROBLEMS_SHOWN);
            }
        }
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

package app.overload.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import app.overload.domain.Checks;
import app.overload.domain.EnduranceEntry;
import app.overload.domain.Modality;
import app.overload.domain.StrengthEntry;
import app.overload.sample.SampleLogbook;
import app.overload.store.Logbook;
import app.overload.usecase.WriteSampleLogbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code overload demo}: writes a realistic sample logbook, for trying the app and for the benchmark. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Write a realistic sample logbook (strength and running blocks, workouts) into an empty "
                + "logbook. The same seed gives the same logbook.")
final class DemoCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--years", paramLabel = "N", defaultValue = "1",
            description = "How many years of history, 1 to " + SampleLogbook.MAX_YEARS + " (default: ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--until", paramLabel = "DATE", description = "Last day of the logbook (default: today).")
    LocalDate until;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (years < 1 || years > SampleLogbook.MAX_YEARS) {
            throw new CommandFailure("--years must be between 1 and " + SampleLogbook.MAX_YEARS + " (was " + years + ").");
        }
        long started = System.nanoTime();
        LocalDate last = until != null ? until : LocalDate.now();
        if (last.minusYears(years).isBefore(Checks.FIRST_DAY)) {
            throw new CommandFailure(years + (years == 1 ? " year" : " years") + " up to " + last + " would start "
                    + "before " + Checks.FIRST_DAY + ", the first day a logbook holds; choose a later --until.");
        }
        try (Logbook logbook = Logbook.openToWrite(database.resolve(), "overload demo")) {
            WriteSampleLogbook.Outcome outcome = new WriteSampleLogbook(logbook).write(years, seed, last);
            if (!outcome.written()) {
                throw new CommandFailure(logbook.file() + " already holds " + outcome.existingSessions()
                        + " sessions; the sample is only written into an empty logbook.");
            }
            SampleLogbook sample = outcome.sample();
            long sets = sample.sessions().stream().flatMap(s -> s.entries().stream())
                    .filter(StrengthEntry.class::isInstance).mapToLong(e -> ((StrengthEntry) e).sets().size()).sum();
            long runs = sample.sessions().stream().flatMap(s -> s.entries().stream())
                    .filter(e -> e instanceof EnduranceEntry en && en.modality() == Modality.RUN)
                    .count();
            spec.commandLine().getOut().printf("Wrote %d sessions (%d sets, %d runs) in %d blocks to %s in %.1f s.%n",
                    sample.sessions().size(), sets, runs, sample.blocks().size(), logbook.file(),
                    (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }
}

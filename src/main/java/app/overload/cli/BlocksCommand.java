package app.overload.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import app.overload.domain.BlockStatus;
import app.overload.domain.UnitPreferences;
import app.overload.planning.BlockReport;
import app.overload.planning.GoalText;
import app.overload.store.Logbook;
import app.overload.usecase.BlockOverview;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code overload blocks}: the training blocks with their goal, dates, current week, compliance and progress. */
@Command(name = "blocks", mixinStandardHelpOptions = true,
        description = "List the training blocks: active first, then planned, finished and archived, each with its "
                + "goal, dates, current week, compliance with the plan and progress toward the goal.")
final class BlocksCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Mixin
    UnitsOption shownIn;

    @Option(names = "--json", description = "Print a JSON array instead of text (shape in docs/blocks.md).")
    boolean json;

    @Option(names = "--today", paramLabel = "DATE", description = "Take this day as today (default: today).")
    LocalDate today;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalDate day = today != null ? today : LocalDate.now();
        try (Logbook logbook = Logbook.openToRead(database.resolve())) {
            UnitPreferences units = shownIn.of(logbook.settings().units());
            List<BlockReport> summaries = new BlockOverview(logbook).reports(day, units);
            GoalText text = new GoalText(units, logbook.exercises().names());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(BlockJson.rows(summaries, text)));
            } else if (summaries.isEmpty()) {
                out.println("No training blocks in " + logbook.file().getFileName() + ".");
            } else {
                summaries.forEach(s -> print(out, s, text));
                out.printf("%d blocks.%n", summaries.size());
            }
        }
        return 0;
    }

    private static void print(PrintWriter out, BlockReport s, GoalText text) {
        String when = s.when();
        String lower = Character.toLowerCase(when.charAt(0)) + when.substring(1);
        String status = s.status() == BlockStatus.ACTIVE || s.status() == BlockStatus.PLANNED
                ? s.status().name().toLowerCase(Locale.ROOT) + ", " + lower : lower;
        out.printf("%s  [%s]%n", s.block().name(), status);
        out.printf("  goal      %s by %s (from %s, %d weeks)%n", text.target(s.block().goal()), s.block().goalDate(),
                s.block().start(), s.block().weeks());
        out.printf("  plan      %s%n", s.complianceText());
        out.printf("  progress  %s%n", text.line(s.progress()));
        if (s.status() == BlockStatus.ARCHIVED) {
            out.printf("  outcome   %s%s%n", s.block().outcome().goalMet() ? "met: " : "not met: ",
                    s.block().outcome().summary());
        }
    }
}

package app.overload.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.planning.GoalOutlook;
import app.overload.planning.GoalText;
import app.overload.store.Logbook;
import app.overload.usecase.BlockOutlook;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code overload outlook}: the expected result on a block's goal date, its range, and the chance of the target. */
@Command(name = "outlook", mixinStandardHelpOptions = true,
        description = "Show what a block's goal looks like on the goal date: the expected result with a range, and "
                + "the chance of reaching the target, from the trend of logged efforts and the plan.")
final class OutlookCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Mixin
    UnitsOption shownIn;

    @Option(names = "--block", paramLabel = "NAME", required = true, description = "The training block, by name.")
    String blockName;

    @Option(names = "--today", paramLabel = "DATE", description = "Take this day as today (default: today).")
    LocalDate today;

    @Option(names = "--json", description = "Print JSON instead of text (shape in docs/replan.md).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalDate day = today != null ? today : LocalDate.now();
        try (Logbook logbook = Logbook.openToRead(database.resolve())) {
            BlockOutlook outlooks = new BlockOutlook(logbook);
            TrainingBlock block = BlockByName.find(logbook, blockName);
            UnitPreferences units = shownIn.of(logbook.settings().units());
            GoalOutlook outlook = outlooks.outlook(block, day, units);
            GoalText goals = new GoalText(units, outlooks.names());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(ReplanJson.outlook(block, outlook, goals)));
            } else {
                out.printf("%s: %s%n", block.name(), goals.target(block.goal()) + " by " + block.goalDate());
                out.println(outlook.measured() ? outlook.sentence(units) : outlook.missing());
                if (outlook.measured()) {
                    out.println(outlook.basis());
                }
            }
        }
        return 0;
    }
}

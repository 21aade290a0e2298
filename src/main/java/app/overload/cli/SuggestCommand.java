package app.overload.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;

import app.overload.domain.PlannedSession;
import app.overload.domain.PrescriptionText;
import app.overload.domain.TrainingBlock;
import app.overload.domain.WeekKind;
import app.overload.progression.Insight;
import app.overload.progression.Suggestion;
import app.overload.progression.VolumeCheck;
import app.overload.progression.WeekPlan;
import app.overload.progression.WeekRequest;
import app.overload.store.Logbook;
import app.overload.usecase.SuggestWeek;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code overload suggest}: next week's prescriptions of a block from the logged history, each with its reason. */
@Command(name = "suggest", mixinStandardHelpOptions = true,
        description = "Suggest a block week's loads and paces from the logged history, with the reason for each, "
                + "and warnings on volume, monotony, load and rest.")
final class SuggestCommand implements Callable<Integer> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    @Mixin
    DatabaseOption database;

    @Mixin
    UnitsOption shownIn;

    @Option(names = "--block", paramLabel = "NAME", required = true, description = "The training block, by name.")
    String blockName;

    @Option(names = "--week", paramLabel = "N",
            description = "Block week to suggest (default: the week after the one today falls in).")
    Integer week;

    @Option(names = "--today", paramLabel = "DATE", description = "Take this day as today (default: today).")
    LocalDate today;

    @Option(names = "--json", description = "Print JSON instead of text (shape in docs/suggestions.md).")
    boolean json;

    @Option(names = "--accept", description = "Write every suggested change into the block's plan.")
    boolean accept;

    @Option(names = "--allow-volume-jump",
            description = "Allow distance increases that take a week more than 30 %% over the week before last.")
    boolean allowVolumeJump;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalDate day = today != null ? today : LocalDate.now();
        try (Logbook logbook = accept ? Logbook.openToWrite(database.resolve(), "overload suggest --accept")
                : Logbook.openToRead(database.resolve())) {
            SuggestWeek suggestWeek = new SuggestWeek(logbook);
            TrainingBlock block = BlockByName.find(logbook, blockName);
            int n = chooseWeek(block, day);
            SuggestWeek.SuggestedWeek suggested = suggestWeek.suggest(block, n, day, allowVolumeJump,
                    shownIn.of(logbook.settings().units()));
            WeekPlan plan = suggested.plan();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(SuggestionJson.of(block, plan, suggested.text())));
            } else {
                print(out, block, plan, suggested.text());
            }
            if (accept) {
                int changes = suggestWeek.acceptAll(block, plan);
                (json ? spec.commandLine().getErr() : out).printf("Accepted %d %s into week %d of \"%s\".%n",
                        changes, changes == 1 ? "change" : "changes", n, block.name());
            }
        }
        return 0;
    }

    private int chooseWeek(TrainingBlock block, LocalDate day) {
        if (week != null) {
            if (week < 1 || week > block.weeks()) {
                throw new CommandFailure("--week must be between 1 and " + block.weeks() + " for \"" + block.name()
                        + "\" (was " + week + ").");
            }
            return week;
        }
        return WeekRequest.nextWeek(block, day).orElseThrow(() -> new CommandFailure("\"" + block.name()
                + "\" has no week after " + day + " (it ends on " + block.goalDate() + "); give --week 1 to "
                + block.weeks() + " to look at one of its weeks."));
    }

    private static void print(PrintWriter out, TrainingBlock block, WeekPlan plan, PrescriptionText text) {
        String kind = plan.kind() == WeekKind.NORMAL ? "" : " (" + plan.kind().name().toLowerCase(Locale.ROOT) + ")";
        out.printf("%s, week %d of %d%s, from %s. History read up to %s.%n", block.name(), plan.week(),
                block.weeks(), kind, plan.weekStart(), plan.historyUntil().minusDays(1));
        if (plan.suggestions().isEmpty()) {
            out.println("Nothing is planned in this week.");
        }
        for (Suggestion s : plan.suggestions()) {
            String session = block.planned(s.plannedSession()).map(PlannedSession::displayName).orElse("");
            String change = s.changesPlan() ? text.describe(s.prescribed()) + " → " + text.describe(s.suggested())
                    : text.describe(s.prescribed()) + " (unchanged)";
            out.printf("%s  %s: %s [%s] %s%n", DAY.format(s.date()), session, change, s.decision().label(),
                    s.reason());
        }
        for (VolumeCheck v : plan.volume()) {
            out.printf("Volume (%s): %s%n", v.severity().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    v.sentence());
        }
        for (Insight i : plan.insights()) {
            out.printf("Insight (%s): %s%n", i.severity().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    i.sentence());
        }
        out.printf("%d suggestions, %d would change the plan.%n", plan.suggestions().size(), plan.changes().size());
    }
}

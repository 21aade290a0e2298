package app.overload.cli;

import java.io.PrintWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import app.overload.domain.PrescriptionText;
import app.overload.domain.SessionId;
import app.overload.domain.TrainingBlock;
import app.overload.domain.UnitPreferences;
import app.overload.planning.GoalText;
import app.overload.progression.SessionChange;
import app.overload.progression.Suggestion;
import app.overload.progression.WhatIf;
import app.overload.store.Logbook;
import app.overload.usecase.ReplanBlock;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code overload replan}: the rest of a block re-planned from what was logged, session by session, with reasons. */
@Command(name = "replan", mixinStandardHelpOptions = true,
        description = "Re-plan the sessions of a block still to come from what was logged (missed, failed, extra or "
                + "better sessions), under the same guards as next week's suggestions; say what the goal then looks "
                + "like.")
final class ReplanCommand implements Callable<Integer> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

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

    @Option(names = "--accept", description = "Write the whole re-plan into the block.")
    boolean accept;

    @Option(names = "--skip-next-week", description = "Preview leaving out the week after this one.")
    boolean skipNextWeek;

    @Option(names = "--long-run-on", paramLabel = "DAY", description = "Preview the long runs on another day "
            + "(monday … sunday).")
    DayOfWeek longRunOn;

    @Option(names = "--add-weeks", paramLabel = "N", description = "Preview N more weeks before the goal, moving "
            + "the goal date.")
    Integer addWeeks;

    @Option(names = "--lower-target", description = "Aim at what is expected by the goal date, when the goal is out "
            + "of safe reach.")
    boolean lowerTarget;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalDate day = today != null ? today : LocalDate.now();
        try (Logbook logbook = accept ? Logbook.openToWrite(database.resolve(), "overload replan --accept")
                : Logbook.openToRead(database.resolve())) {
            ReplanBlock replanBlock = new ReplanBlock(logbook);
            TrainingBlock block = BlockByName.find(logbook, blockName);
            UnitPreferences units = shownIn.of(logbook.settings().units());
            List<WhatIf> whatIfs = whatIfs(block, day);
            ReplanBlock.Proposal proposal = replanBlock.replan(block, day, units, whatIfs);
            if (lowerTarget) {
                if (proposal.reach() == null) {
                    throw new CommandFailure("The goal of \"" + block.name() + "\" is within reach; --lower-target "
                            + "is for a goal out of safe reach.");
                }
                whatIfs.add(new WhatIf.SetGoal(proposal.reach().lower()));
                proposal = replanBlock.replan(block, day, units, whatIfs);
            }
            GoalText goals = new GoalText(units, proposal.text().names());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(ReplanJson.replan(proposal, goals)));
            } else {
                print(out, proposal, goals);
            }
            if (accept) {
                ReplanBlock.Accepted accepted = replanBlock.acceptAll(proposal.replan());
                (json ? spec.commandLine().getErr() : out).printf("Accepted %d %s into \"%s\".%n",
                        accepted.sessions(), accepted.sessions() == 1 ? "change" : "changes", block.name());
            }
        }
        return 0;
    }

    private List<WhatIf> whatIfs(TrainingBlock block, LocalDate day) {
        List<WhatIf> whatIfs = new ArrayList<>();
        if (skipNextWeek) {
            whatIfs.add(WhatIf.skipNextWeek(block, day));
        }
        if (longRunOn != null) {
            whatIfs.add(new WhatIf.MoveLongRuns(longRunOn));
        }
        if (addWeeks != null) {
            whatIfs.add(new WhatIf.AddWeeks(addWeeks));
        }
        return whatIfs;
    }

    private static void print(PrintWriter out, ReplanBlock.Proposal proposal, GoalText goals) {
        PrescriptionText text = proposal.text();
        TrainingBlock block = proposal.replan().source();
        List<SessionChange> changes = proposal.replan().changes();
        String previews = proposal.replan().whatIfs().isEmpty() ? ""
                : " with " + proposal.replan().describeWhatIfs();
        out.printf("%s, re-planned on %s%s: %s.%n", block.name(), proposal.replan().today(), previews,
                changes.isEmpty() ? "nothing to change, the plan is on track"
                        : changes.size() + (changes.size() == 1 ? " session changes" : " sessions change"));
        for (SessionChange c : changes) {
            out.printf("%s  %s%s%n", DAY.format(c.date()), c.name(), kind(c));
            if (!c.note().isEmpty()) {
                out.printf("    %s%n", c.note());
            }
            for (Suggestion s : c.lines()) {
                out.printf("    %s → %s [%s] %s%n", text.describe(s.prescribed()), text.describe(s.suggested()),
                        s.decision().label(), s.reason());
            }
            if (!c.basedOn().isEmpty()) {
                out.printf("    read: %s%n", String.join(", ", c.basedOn().stream().map(id -> read(id, proposal))
                        .toList()));
            }
        }
        if (!proposal.replan().replanned().goal().equals(block.goal())) {
            out.printf("New target: %s.%n", goals.target(proposal.replan().replanned().goal()));
        }
        out.printf("Outlook: %s%n", proposal.outlook().measured() ? proposal.outlook().sentence(goals.units()) + " "
                + proposal.outlook().basis() : proposal.outlook().missing());
        if (proposal.reach() != null) {
            ReplanBlock.Reach reach = proposal.reach();
            out.printf("Out of safe reach: %s%n", reach.sentence());
            out.printf("  keep the goal: --accept%n");
            if (reach.weeks() > 0) {
                out.printf("  move the goal date: --add-weeks %d --accept%n", reach.weeks());
            }
            out.printf("  aim at %s: --lower-target --accept%n", goals.target(reach.lower()));
        }
    }

    private static String kind(SessionChange c) {
        switch (c.kind()) {
            case MOVED:
                return " (moved from " + DAY.format(c.dateBefore()) + ")";
            case SKIPPED:
                return " (skipped)";
            case ADDED:
                return " (added)";
            default:
                return "";
        }
    }

    private static String read(SessionId id, ReplanBlock.Proposal proposal) {
        LocalDate day = proposal.cited().get(id);
        return day == null ? id.toString() : DAY.format(day);
    }
}

package app.overload.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import app.overload.domain.Exercise;
import app.overload.domain.Purpose;
import app.overload.domain.TrainingBlock;
import app.overload.notation.NotationContext;
import app.overload.notation.NotationParser;
import app.overload.notation.NotationWriter;
import app.overload.notation.Problem;
import app.overload.usecase.LogSessions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code overload log}: sessions typed in the notation, from the command line or standard input. Prints each session
 * as understood, in full, then saves them all in one transaction; a line that cannot be read saves nothing.
 */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = {"Log sessions written as one line each (docs/notation.md), e.g.",
            "  overload log \"Back squat 5x5 @ 100 · Bench press 3x8 @ 60 rpe 8\"",
            "  overload log --date 2026-11-20 \"run 8 km in 40:12\"",
            "Without TEXT, reads standard input: one session per line, or sessions separated by blank lines.",
            "Prints what it understood, then saves every session in one transaction, or nothing when a line is "
                    + "refused."})
final class LogCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = "--date", paramLabel = "DATE", description = "The day of lines that give none (default: today).")
    LocalDate date;

    @Option(names = "--training", paramLabel = "BLOCK",
            description = "Lines that do not say workout or training are training in this block.")
    String block;

    @Option(names = "--purpose", paramLabel = "P",
            description = "The purpose of those training sessions when a line names none, e.g. \"heavy strength\", "
                    + "tempo, easy.")
    String purpose;

    @Option(names = "--dry-run", description = "Only show what would be logged; write nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the sessions as a JSON array instead of text.")
    boolean json;

    @Option(names = "--new-exercise",
            description = "Add exercises the catalogue lacks, named as typed, instead of refusing the line.")
    boolean newExercise;

    @Parameters(paramLabel = "TEXT", arity = "0..*", converter = Text.class,
            description = "The session, as words on the command line (quote it: # and ; mean something to shells).")
    List<String> words;

    @Spec
    CommandSpec spec;

    /** Where the text comes from without TEXT; tests give their own. */
    InputStream input = System.in;

    @Override
    public Integer call() throws IOException {
        Purpose forPurpose = purpose();
        String text = text();
        Path target = database.resolve();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (PreviewLogbook opened = PreviewLogbook.open(target, dryRun, "overload log")) {
            LogSessions log = new LogSessions(opened.logbook(), Clock.systemDefaultZone());
            NotationContext context = log.context(new LogSessions.Options(date, block, forPurpose, newExercise));
            LogSessions.Result result = LogSessions.read(text, context);
            if (!result.understood()) {
                problems(result, err);
                return 1;
            }
            NotationWriter writer = new NotationWriter(context.units(), context.catalogue().names(),
                    id -> context.blocks().stream().filter(b -> b.id().equals(id)).map(TrainingBlock::name)
                            .findFirst().orElse(id.toString()));
            PrintWriter said = json ? err : out;
            if (json) {
                out.println(SessionJson.write(result.sessions(), context, writer));
            } else {
                result.sessions().forEach(u -> out.println(writer.write(u.session())));
            }
            List<Exercise> added = result.newExercises();
            if (dryRun) {
                said.println("Dry run: " + count(result.sessions().size()) + added(added, "would add")
                        + "; nothing was written to " + target.getFileName()
                        + (opened.stillToBeCreated() ? ", which does not exist yet and was not created." : "."));
                return 0;
            }
            log.save(result);
            said.println("Saved " + count(result.sessions().size()) + added(added, "added") + ".");
        }
        return 0;
    }

    /** TEXT as given; {@link #text()} checks it, since picocli reports a refused word only as "unmatched". */
    static final class Text implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return value;
        }
    }

    private Purpose purpose() {
        if (purpose == null) {
            return null;
        }
        if (block == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--purpose is for training: name the block "
                    + "with --training as well.");
        }
        return NotationParser.purpose(purpose).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "--purpose '" + purpose + "' is not a purpose; one of: " + Arrays.stream(
                        Purpose.values()).map(NotationParser::phrase).collect(Collectors.joining(", "))));
    }

    private String text() throws IOException {
        boolean fromInput = words == null || words.isEmpty() || words.equals(List.of("-"));
        if (!fromInput) {
            String typed = String.join(" ", words);
            // Line breaks and tabs are fine ("$(cat week.txt)" passes several lines); what a terminal hides is not.
            if (typed.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                throw new CommandFailure("TEXT must not contain control characters.");
            }
            return typed;
        }
        if (input == System.in && System.console() != null) {
            throw new CommandFailure("Type the session after log, e.g. overload log \"Back squat 5x5 @ 100\", or "
                    + "pipe lines into it.");
        }
        String read = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        if (read.isBlank()) {
            throw new CommandFailure("Nothing to log: standard input was empty.");
        }
        return read;
    }

    /** Each problem with its line and a mark under the words at fault; then that nothing was saved. */
    private void problems(LogSessions.Result result, PrintWriter err) {
        String text = result.text();
        for (Problem p : result.problems()) {
            err.println("overload: " + p.describe() + (p.unknownExercise() == null ? ""
                    : " (--new-exercise adds it to the catalogue)"));
            int lineStart = text.lastIndexOf('\n', Math.max(0, p.start() - 1)) + 1;
            if (p.start() < lineStart) {
                lineStart = 0;
            }
            int lineEnd = text.indexOf('\n', p.start());
            String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).replace('\t', ' ');
            int from = p.start() - lineStart;
            int width = Math.max(1, Math.min(p.end(), lineStart + line.length()) - p.start());
            err.println("  " + line);
            err.println("  " + " ".repeat(from) + "^".repeat(width));
        }
        int refused = result.problems().size();
        err.println("overload: nothing was saved: " + refused + " of " + result.readings().size()
                + (result.readings().size() == 1 ? " session" : " sessions") + " could not be read.");
    }

    private static String count(int sessions) {
        return sessions + (sessions == 1 ? " session" : " sessions");
    }

    private static String added(List<Exercise> exercises, String verb) {
        if (exercises.isEmpty()) {
            return "";
        }
        return " and " + verb + " " + exercises.size() + (exercises.size() == 1 ? " exercise (" : " exercises (")
                + exercises.stream().map(Exercise::name).collect(Collectors.joining(", ")) + ")";
    }
}

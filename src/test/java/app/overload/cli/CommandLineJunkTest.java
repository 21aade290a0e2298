package app.overload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import app.overload.store.Logbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * Junk in every option of every command: an empty value, a huge number, control characters, a wrong unit. Each
 * gets one clear line naming what was wrong (no stack trace), a non-zero exit code, and the logbook unchanged.
 */
class CommandLineJunkTest {

    @TempDir
    Path folder;

    private String db;

    @BeforeEach
    void sample() {
        db = folder.resolve("junk.db").toString();
        run("demo", "--db", db, "--until", "2026-11-23");
    }

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = OverloadCommand.commandLine(path -> { });
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    /** Arguments separated by '|'; "DB" stands for the logbook; "\\a" for a control character. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            sessions|--db|DB|--from|;                                        --from
            sessions|--db|DB|--from|2026-13-45;                              --from
            sessions|--db|DB|--to|yesterday;                                 --to
            sessions|--db|;                                                  --db
            sessions|--db|a\\ab.db;                                          control characters
            demo|--db|DB|--years|99999999999;                                --years
            demo|--db|DB|--years|-3;                                         --years
            demo|--db|DB|--seed|abc;                                         --seed
            demo|--db|DB|--until|1900-06-30;                                 --until
            suggest|--db|DB|--block|;                                        --block
            suggest|--db|DB|--block|No such block;                           No such block
            suggest|--db|DB|--block|Half marathon (Oct 2026)|--week|0;       --week
            suggest|--db|DB|--block|Half marathon (Oct 2026)|--week|999;     --week
            suggest|--db|DB|--block|Half marathon (Oct 2026)|--week|1e9;     --week
            suggest|--db|DB|--block|a\\ab;                                   control characters
            export|--db|DB|--block|Half marathon (Oct 2026)|--out|;          --out
            export|--db|DB|--block|;                                         --block
            import|--db|DB|;                                                 FILE
            import|--db|DB|does-not-exist.json;                              does-not-exist.json
            import-history|--db|DB|--unit|stone|x.csv;                       --unit
            import-history|--db|DB|does-not-exist.csv;                       does-not-exist.csv
            backup|--db|DB|--to|;                                            --to
            restore|--db|DB|--from|;                                         --from
            restore|--db|DB|--from|does-not-exist.db|--yes;                  does-not-exist.db
            log|--db|DB|--date|2026-13-45|yoga 45 min;                       --date
            log|--db|DB|--training||yoga 45 min;                             --training
            log|--db|DB|--training|No such block|yoga 45 min;                No such block
            log|--db|DB|--training|Half marathon (Oct 2026)|--purpose|sprint|yoga 45 min; --purpose
            log|--db|DB|yoga 45 min a\\ab;                                  control characters
            log|--db|DB|Back squat 5x;                                       `5x` — reps after the x
            log|--db|DB|2999-12-31 yoga 45 min;                              `2999-12-31` — a day up to tomorrow
            """)
    void junkGetsOneClearLineAndChangesNothing(String args, String mentions) {
        List<String> argv = new ArrayList<>();
        for (String a : args.split("\\|", -1)) {
            argv.add(a.equals("DB") ? db : a.replace("\\a", "\u0007"));
        }
        int before = sessions();

        String[] result = run(argv.toArray(String[]::new));

        assertThat(Integer.parseInt(result[0])).as(result[2]).isIn(1, 2);
        assertThat(result[2]).contains(mentions).doesNotContain("Exception", "\tat ");
        assertThat(sessions()).isEqualTo(before);
    }

    /**
     * Every date option of every command, with days the logbook cannot hold: as far as java.time reaches, and
     * just past each edge. Columns: the command and its other arguments (split on '|'), the date option, the value.
     */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = ';', textBlock = """
            sessions;                                   --from;  9999-12-31
            sessions;                                   --to;    9999-12-31
            sessions;                                   --from;  +999999999-01-01
            sessions;                                   --to;    +999999999-12-31
            sessions;                                   --from;  1899-12-31
            sessions;                                   --to;    -999999999-01-01
            blocks;                                     --today; 3000-01-01
            blocks;                                     --today; +999999999-12-31
            blocks;                                     --today; 0001-01-01
            suggest|--block|Half marathon (Oct 2026);   --today; 3000-01-01
            suggest|--block|Half marathon (Oct 2026);   --today; +999999999-12-31
            suggest|--block|Half marathon (Oct 2026);   --today; 1899-12-31
            demo;                                       --until; 3000-01-01
            demo;                                       --until; +999999999-12-31
            demo;                                       --until; 1899-12-31
            log|yoga 45 min;                            --date;  3000-01-01
            log|yoga 45 min;                            --date;  1899-12-31
            """)
    void aDateTheLogbookCannotHoldIsRefusedNamingTheOptionAndTheValue(String command, String option, String value) {
        List<String> argv = new ArrayList<>(List.of(command.split("\\|")));
        argv.addAll(1, List.of("--db", db));
        argv.addAll(List.of(option, value));
        int before = sessions();

        String[] result = run(argv.toArray(String[]::new));

        assertThat(Integer.parseInt(result[0])).as(result[2]).isEqualTo(2);
        String first = result[2].lines().findFirst().orElse("");
        assertThat(first).contains(option, "'" + value + "'", "1900-01-01 to 2999-12-31")
                .doesNotContain("Exception");
        assertThat(result[2]).doesNotContain("\tat ");
        assertThat(sessions()).isEqualTo(before);
    }

    @Test
    void theFirstAndLastDayTheLogbookHoldsAreAccepted() {
        String all = lastLine(run("sessions", "--db", db)[1]);

        String[] edges = run("sessions", "--db", db, "--from", "1900-01-01", "--to", "2999-12-31");
        assertThat(edges[0]).as(edges[2]).isEqualTo("0");
        assertThat(lastLine(edges[1])).isEqualTo(all).matches("\\d{3} sessions\\.");
        assertThat(run("sessions", "--db", db, "--from", "2999-12-31")[1]).startsWith("No sessions in that range.");
        assertThat(run("blocks", "--db", db, "--today", "2999-12-31")[0]).isEqualTo("0");
        assertThat(run("suggest", "--db", db, "--block", "Half marathon (Oct 2026)", "--week", "1", "--today",
                "1900-01-01")[0]).isEqualTo("0");
        String[] late = run("demo", "--db", folder.resolve("late.db").toString(), "--until", "2999-12-31");
        assertThat(late[0]).as(late[2]).isEqualTo("0");
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private int sessions() {
        try (Logbook logbook = Logbook.open(Path.of(db))) {
            return logbook.sessions().count();
        }
    }
}

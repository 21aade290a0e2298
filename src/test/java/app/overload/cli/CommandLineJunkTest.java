package app.overload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.overload.store.Logbook;
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

    private int sessions() {
        try (Logbook logbook = Logbook.open(Path.of(db))) {
            return logbook.sessions().count();
        }
    }
}

package app.overload.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import app.overload.domain.Session;
import app.overload.domain.SessionSummary;
import app.overload.domain.TrainingSession;
import app.overload.domain.UnitPreferences;
import app.overload.store.Logbook;
import app.overload.usecase.SessionHeartRates;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code overload sessions}: lists the sessions in a date range, as text or JSON. */
@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = {"List sessions, oldest first, with their kind (workout or training) and a summary.",
                "With --json each session also carries its heart rate: average, maximum, seconds in your five "
                        + "zones, TRIMP and hrTSS (null where not known)."})
final class SessionsCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Mixin
    DatabaseOption database;

    @Mixin
    UnitsOption shownIn;

    @Option(names = "--from", paramLabel = "DATE", description = "First day to list (default: the first session).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day to list, included (default: the last session).")
    LocalDate to;

    @Option(names = "--json", description = "Print a JSON array instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (from != null && to != null && from.isAfter(to)) {
            throw new CommandFailure("--from (" + from + ") is after --to (" + to + ").");
        }
        try (Logbook logbook = Logbook.openToRead(database.resolve())) {
            var span = logbook.sessions().span();
            List<Session> sessions = span.isEmpty() ? List.of()
                    : logbook.sessions().between(from != null ? from : span.get().first(),
                            to != null ? to : span.get().last());
            UnitPreferences units = shownIn.of(logbook.settings().units());
            SessionSummary summary = new SessionSummary(units, logbook.exercises().names());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                printJson(out, sessions, summary, new SessionHeartRates(logbook));
            } else if (sessions.isEmpty()) {
                out.println("No sessions" + (span.isEmpty() ? " in " + logbook.file() + "." : " in that range."));
            } else {
                for (Session s : sessions) {
                    String what = SessionSummary.purposeOrLabel(s);
                    out.printf("%s  %-8s  %-18s  %s%n", TIME.format(s.start()), SessionSummary.kind(s),
                            what.isEmpty() ? "-" : what, summary.describe(s));
                }
                out.printf("%d sessions.%n", sessions.size());
            }
        }
        return 0;
    }

    private static void printJson(PrintWriter out, List<Session> sessions, SessionSummary summary,
            SessionHeartRates heartRates) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Session s : sessions) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", s.id().toString());
            row.put("start", s.start().toString());
            row.put("kind", SessionSummary.kind(s).toLowerCase(Locale.ROOT));
            if (s instanceof TrainingSession t) {
                row.put("block", t.block().toString());
                row.put("purpose", t.purpose().name());
            } else {
                row.put("label", SessionSummary.purposeOrLabel(s));
            }
            row.put("durationSeconds", s.duration().toSeconds());
            row.put("rpe", s.rpe() == null ? null : s.rpe().value());
            row.put("summary", summary.describe(s));
            row.put("heartRate", heartRates.of(s).map(SessionsCommand::heartRate).orElse(null));
            rows.add(row);
        }
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
    }

    /** Average and maximum, seconds in zones 1–5 (null while no zones are set) and the heart-rate loads. */
    private static Map<String, Object> heartRate(SessionHeartRates.Summary hr) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("averageBpm", hr.averageBpm());
        json.put("maxBpm", hr.maxBpm());
        json.put("secondsInZones", hr.secondsInZones());
        json.put("zonesFrom", hr.zonesFrom() == null ? null : hr.zonesFrom().label());
        json.put("trimp", oneDecimal(hr.trimp()));
        json.put("hrTss", oneDecimal(hr.hrTss()));
        return json;
    }

    private static Double oneDecimal(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }
}

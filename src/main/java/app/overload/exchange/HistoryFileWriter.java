package app.overload.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;

import app.overload.domain.Exercise;
import app.overload.domain.MassUnit;
import app.overload.domain.Session;
import app.overload.domain.TrainingBlock;
import app.overload.domain.TrainingSession;
import app.overload.domain.Workout;
import app.overload.exchange.HistoryDocument.HistoryBlockJson;
import app.overload.exchange.HistoryDocument.HistorySessionJson;
import app.overload.exchange.Values.Kebab;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a history file session by session, so ten years of history never sit in memory as one JSON tree. The
 * layout is the block file's (two-space indents, sets on one line each); the same history always gives the same
 * text.
 */
public final class HistoryFileWriter {

    private static final String ITEM_INDENT = "    ";
    /** Always with seconds, as in block files; LocalDateTime.toString drops them when they are zero. */
    private static final DateTimeFormatter START =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private final Writer out;
    /** Loads that are round numbers in it are written in it (loadLb), the others in kilograms, as in block files. */
    private final MassUnit unit;
    private final ObjectMapper json = BlockFormat.json();
    private boolean firstSession = true;
    private boolean open;

    public HistoryFileWriter(OutputStream out, MassUnit unit) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.unit = unit;
    }

    /**
     * Writes everything before the sessions.
     *
     * @param from      the first day asked for, or null for "from the first session"
     * @param to        the last day asked for, or null
     * @param exercises every exercise the sessions and blocks name, chain targets included
     * @param blocks    the blocks the training sessions belong to, with their plans
     */
    public void begin(LocalDate from, LocalDate to, Collection<Exercise> exercises, Collection<TrainingBlock> blocks)
            throws IOException {
        out.write("{\n");
        out.write("  \"format\": \"" + HistoryFormat.NAME + "\",\n");
        out.write("  \"version\": \"" + HistoryFormat.VERSION + "\",\n");
        if (from != null) {
            out.write("  \"from\": \"" + from + "\",\n");
        }
        if (to != null) {
            out.write("  \"to\": \"" + to + "\",\n");
        }
        list("exercises", exercises.stream().map(e -> BlockToJson.exercise(e, unit)).toList());
        list("blocks", blocks.stream()
                .map(b -> new HistoryBlockJson(BlockToJson.block(b, unit), b.plan().stream()
                        .map(p -> PlanToJson.planned(p, unit)).toList()))
                .toList());
        out.write("  \"sessions\": [");
        open = true;
    }

    public void write(Session session) throws IOException {
        if (!open) {
            throw new IllegalStateException("begin() first");
        }
        out.write(firstSession ? "\n" : ",\n");
        firstSession = false;
        item(session(session, unit));
    }

    /** Closes the document and flushes; the caller closes the stream. */
    public void end() throws IOException {
        out.write(firstSession ? "]\n}\n" : "\n  ]\n}\n");
        out.flush();
        open = false;
    }

    static HistorySessionJson session(Session s, MassUnit unit) {
        String start = START.format(s.start());
        List<BlockDocument.EntryJson> entries = s.entries().stream().map(e -> SessionsToJson.entry(e, unit)).toList();
        if (s instanceof Workout w) {
            return new HistorySessionJson(s.id().toString(), "workout", start, BlockToJson.seconds(s.duration()),
                    BlockToJson.rpe(s.rpe()), w.label(), null, null, null, s.notes(), entries);
        }
        TrainingSession t = (TrainingSession) s;
        return new HistorySessionJson(s.id().toString(), "training", start, BlockToJson.seconds(s.duration()),
                BlockToJson.rpe(s.rpe()), null, t.block().toString(), Kebab.of(t.purpose()),
                t.plannedSession() == null ? null : t.plannedSession().toString(), s.notes(), entries);
    }

    private void list(String name, List<?> items) throws IOException {
        if (items.isEmpty()) {
            return; // optional values are left out, as in block files
        }
        out.write("  \"" + name + "\": [");
        for (int i = 0; i < items.size(); i++) {
            out.write(i == 0 ? "\n" : ",\n");
            item(items.get(i));
        }
        out.write("\n  ],\n");
    }

    /** One list item laid out as in a block file, indented to sit inside the top-level list. */
    private void item(Object value) throws IOException {
        String text = JsonLayout.layout(json.valueToTree(value)).stripTrailing();
        out.write(ITEM_INDENT);
        out.write(text.replace("\n", "\n" + ITEM_INDENT));
    }
}

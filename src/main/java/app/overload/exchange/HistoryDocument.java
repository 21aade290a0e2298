package app.overload.exchange;

import java.util.List;

import app.overload.exchange.BlockDocument.BlockJson;
import app.overload.exchange.BlockDocument.EntryJson;
import app.overload.exchange.BlockDocument.ExerciseJson;
import app.overload.exchange.BlockDocument.PlannedJson;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The shape of a history file ({@code overload-history}), as documented in docs/history-format.md: every session of
 * a date range with every entry, set, interval and note, the exercises they name, and the blocks their training
 * sessions belong to. Exercises, blocks, plans, entries and sets are the block file's own objects, so the two
 * formats cannot drift apart.
 */
@JsonPropertyOrder({"format", "version", "from", "to", "exercises", "blocks", "sessions"})
record HistoryDocument(String format, String version, String from, String to, List<ExerciseJson> exercises,
        List<HistoryBlockJson> blocks, List<HistorySessionJson> sessions) {

    /** A block as a block file holds it: the block object and its plan. */
    @JsonPropertyOrder({"block", "plan"})
    record HistoryBlockJson(BlockJson block, List<PlannedJson> plan) {
    }

    /**
     * kind: workout (label) | training (block, purpose, plannedSession). The rest is a block file's session.
     */
    @JsonPropertyOrder({"id", "kind", "start", "durationS", "rpe", "label", "block", "purpose", "plannedSession",
            "notes", "entries"})
    record HistorySessionJson(String id, String kind, String start, Double durationS, Double rpe, String label,
            String block, String purpose, String plannedSession, String notes, List<EntryJson> entries) {
    }
}

package app.overload.store;

import java.util.ArrayList;
import java.util.List;

import app.overload.domain.BlockId;
import app.overload.domain.Modality;

/**
 * Which sessions a history page shows: by kind, by a modality one of its entries used, by block. Each part may be
 * left open (null). Becomes a condition on the {@code session} table aliased {@code s}.
 *
 * @param kind     null for both kinds
 * @param modality null for any
 * @param block    null for any
 */
public record SessionFilter(Kind kind, Modality modality, BlockId block) {

    /** Every session. */
    public static final SessionFilter NONE = new SessionFilter(null, null, null);

    public static final SessionFilter ALL = new SessionFilter(null, null, null);

    /** The two kinds of session as the history filter offers them. */
    public enum Kind {
        WORKOUT, TRAINING
    }

    public boolean isAll() {
        return kind == null && modality == null && block == null;
    }

    /** The SQL condition (never empty) and its parameters, appended to {@code params}. */
    String where(List<Object> params) {
        List<String> terms = new ArrayList<>();
        terms.add("1 = 1");
        if (kind != null) {
            terms.add("s.kind = ?");
            params.add(kind.name());
        }
        if (modality != null) {
            terms.add("EXISTS (SELECT 1 FROM entry m WHERE m.session_id = s.id AND m.modality = ?)");
            params.add(modality.name());
        }
        if (block != null) {
            terms.add("s.block_id = (SELECT id FROM training_block WHERE uuid = ?)");
            params.add(block.toString());
        }
        return String.join(" AND ", terms);
    }
}

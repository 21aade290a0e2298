package app.overload.exchange;

import java.util.List;

/**
 * A block file as read: where it came from, the format version it declared, its contents, and what was read
 * with a warning (unknown fields, a newer minor version).
 */
public record BlockFile(String source, String version, BlockContents contents, List<FileWarning> warnings) {

    public BlockFile {
        if (source == null || version == null || contents == null) {
            throw new IllegalArgumentException("A read block file needs its source, version and contents.");
        }
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
    }
}

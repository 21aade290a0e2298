package app.overload.exchange.history;

import java.time.ZoneId;
import java.util.Objects;

import app.overload.domain.MassUnit;

/**
 * Choices that change how files are read.
 *
 * @param unit     the unit of weights (and, with it, distances) in files that do not say; null to tell it from
 *                 the loads where they can tell it and to ask where they cannot (docs/history-import.md)
 * @param zone     the time zone that GPS times (always UTC in the files) are shown in
 * @param maxBytes files larger than this are refused without being read
 */
public record ImportOptions(MassUnit unit, ZoneId zone, long maxBytes) {

    /** 200 MB: ten years of daily CSV rows are well under 50 MB; a larger file is almost surely not an export. */
    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;

    public ImportOptions {
        Objects.requireNonNull(zone, "zone");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, ZoneId.systemDefault(), DEFAULT_MAX_BYTES);
    }

    public ImportOptions withUnit(MassUnit value) {
        return new ImportOptions(value, zone, maxBytes);
    }

    public ImportOptions withZone(ZoneId value) {
        return new ImportOptions(unit, value, maxBytes);
    }

    public ImportOptions withMaxBytes(long value) {
        return new ImportOptions(unit, zone, value);
    }
}
